import type { Observation } from './observation';

/**
 * What kind of failure a finished request is:
 * - client / server: an HTTP answer with a 4xx / 5xx status;
 * - odd-status: an answer of 600 or more (some servers send 999);
 * - network: no HTTP answer at all (DNS, connection, TLS, protocol...);
 * - aborted: the page, a navigation or the browser cancelled it;
 * - blocked: another extension or the browser's tracking protection stopped it.
 * Aborted and blocked are noise: recorded, shown apart, not counted by default.
 */
export type FailureClass = 'client' | 'server' | 'odd-status' | 'network' | 'aborted' | 'blocked';

export interface Classification {
  readonly cls: FailureClass;
  /** Groups failures in the popup and the badge title: "404" or the error name. */
  readonly key: string;
}

/** Longest error string kept; real names are far shorter, sentences are about 120 characters. */
export const MAX_ERROR_LENGTH = 200;

const ABORTED = new Set(['net::ERR_ABORTED', 'NS_BINDING_ABORTED', 'NS_BINDING_CANCELLED_OLD_LOAD']);

/** NS_ERROR_ABORT is what Firefox reports when a webRequest listener cancels a request. */
const BLOCKED = new Set(['net::ERR_BLOCKED_BY_CLIENT', 'NS_ERROR_ABORT']);

/** Firefox tracking protection: the browser's own blocking, same as an ad blocker's. */
const FIREFOX_PROTECTION = /^NS_ERROR_(TRACKING|FINGERPRINTING|CRYPTOMINING|SOCIALTRACKING|EMAILTRACKING)_URI$/;

/** Firefox names for requests handed elsewhere: not failures. */
const NOT_FAILURES = new Set(['NS_BINDING_REDIRECTED', 'NS_BINDING_RETARGETED', 'net::ERR_IO_PENDING']);

const WEB_SCHEME = /^(https?|wss?):/i;

/**
 * Whether a request was started by the extension itself. Chrome's initiator is an
 * origin ("chrome-extension://id"), Firefox's originUrl a full URL; the extension's
 * own origin may come with or without its trailing slash.
 */
export function isOwn(initiator: unknown, ownOrigin: string): boolean {
  if (typeof initiator !== 'string' || ownOrigin === '') return false;
  // The worker passes the origin without the slash: no regex on its hot path.
  const own = ownOrigin.endsWith('/') ? ownOrigin.replace(/\/+$/, '') : ownOrigin;
  return initiator === own || (initiator.startsWith(own) && initiator.charCodeAt(own.length) === 0x2f);
}

/** Tidies an error string from the browser: trimmed, bounded, never empty. */
export function normaliseError(error: unknown): string {
  const s = typeof error === 'string' ? error.trim() : '';
  if (s === '') return 'unknown network error';
  return s.length > MAX_ERROR_LENGTH ? s.slice(0, MAX_ERROR_LENGTH) : s;
}

export function classifyStatus(status: number): FailureClass | null {
  if (!Number.isInteger(status) || status < 400) return null;
  if (status < 500) return 'client';
  if (status < 600) return 'server';
  return 'odd-status';
}

export function classifyError(error: string): FailureClass | null {
  if (NOT_FAILURES.has(error)) return null;
  if (ABORTED.has(error)) return 'aborted';
  if (BLOCKED.has(error) || FIREFOX_PROTECTION.test(error)) return 'blocked';
  return 'network';
}

/**
 * Decides whether an observation is a failure worth recording. Returns null for
 * successes, redirects, requests of no tab and non-web schemes. `ownOrigin` is the
 * extension's own origin: requests it starts are never recorded.
 */
export function classify(obs: Observation, ownOrigin?: string): Classification | null {
  const out = obs.outcome;
  // Hot path: most events are successful responses; leave before anything else.
  if (out.kind === 'response' && !(out.statusCode >= 400)) return null;
  if (!(obs.tabId >= 0)) return null;
  if (typeof obs.url !== 'string' || !WEB_SCHEME.test(obs.url)) return null;
  if (ownOrigin !== undefined && isOwn(obs.initiator, ownOrigin)) return null;
  if (out.kind === 'response') {
    const cls = classifyStatus(out.statusCode);
    return cls ? { cls, key: String(out.statusCode) } : null;
  }
  const error = normaliseError(out.error);
  const cls = classifyError(error);
  return cls ? { cls, key: error } : null;
}
