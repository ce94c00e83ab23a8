import type { FailureRecord } from '../tab-log';
import { siteOf } from './site';

/**
 * Where a failed request sits relative to the page: whose it is, what it was
 * for, and patterns that point at a cause the status alone does not show.
 */
export type ContextHint =
  | { readonly kind: 'party'; readonly party: 'first' | 'third'; readonly site: string; readonly pageSite: string }
  | { readonly kind: 'role'; readonly role: RequestRole }
  | { readonly kind: 'resource'; readonly resource: ResourceKind }
  | { readonly kind: 'cors-likely'; readonly requestOrigin: string; readonly pageOrigin: string }
  | { readonly kind: 'mixed-content' }
  | { readonly kind: 'repeated'; readonly count: number };

/** The page's own document, a frame inside it, or something the page loads. */
export type RequestRole = 'document' | 'subframe' | 'subresource';

export type ResourceKind = 'api' | 'image' | 'script' | 'stylesheet' | 'font' | 'media' | 'other';

/** From this many failures of one address on, say it repeats. */
export const REPEATED_FROM = 3;

const RESOURCE_KINDS: Readonly<Record<string, ResourceKind>> = {
  xmlhttprequest: 'api',
  fetch: 'api',
  websocket: 'api',
  image: 'image',
  imageset: 'image', // Firefox's name for <img srcset> / <picture>
  script: 'script',
  stylesheet: 'stylesheet',
  font: 'font',
  media: 'media',
};

/** What browsers report when a cross-origin call is refused by CORS: no status, a bare failure. */
const CORS_ERRORS = new Set(['net::ERR_FAILED', 'NS_ERROR_DOM_BAD_URI']);

function parse(url: string | undefined): URL | undefined {
  if (typeof url !== 'string' || url === '') return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

const WEB = new Set(['http:', 'https:', 'ws:', 'wss:']);

/** Loopback counts as secure: browsers allow http://localhost from https pages. */
function isLoopback(hostname: string): boolean {
  const h = hostname.toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || /^127\./.test(h) || h === '[::1]';
}

export function requestContext(record: FailureRecord, pageUrl: string, sameUrlCount: number): ContextHint[] {
  const out: ContextHint[] = [];
  const req = parse(record.url);
  const page = parse(pageUrl);
  const type = typeof record.type === 'string' ? record.type : 'other';
  const role: RequestRole = type === 'main_frame' ? 'document' : type === 'sub_frame' ? 'subframe' : 'subresource';

  if (role !== 'document' && req && page && WEB.has(req.protocol) && WEB.has(page.protocol)) {
    const site = siteOf(req.hostname);
    const pageSite = siteOf(page.hostname);
    if (site !== '' && pageSite !== '') {
      out.push({ kind: 'party', party: site === pageSite ? 'first' : 'third', site, pageSite });
    }
  }

  out.push({ kind: 'role', role });
  if (role === 'subresource') {
    const resource = Object.hasOwn(RESOURCE_KINDS, type) ? RESOURCE_KINDS[type] : undefined;
    out.push({ kind: 'resource', resource: resource ?? 'other' });
  }

  // CORS is checked against the document that made the call: the initiator when
  // the browser gives it (a frame's origin), else the page.
  const initiator = parse(record.initiator);
  const caller = initiator && WEB.has(initiator.protocol) ? initiator : page;
  if (
    (type === 'xmlhttprequest' || type === 'fetch') &&
    record.status === undefined &&
    typeof record.error === 'string' &&
    CORS_ERRORS.has(record.error) &&
    req &&
    caller &&
    req.origin !== caller.origin
  ) {
    out.push({ kind: 'cors-likely', requestOrigin: req.origin, pageOrigin: caller.origin });
  }

  // Mixed content is blocked before any answer, so only a failure without a status fits.
  if (
    role !== 'document' &&
    record.status === undefined &&
    req &&
    page &&
    page.protocol === 'https:' &&
    (req.protocol === 'http:' || req.protocol === 'ws:') &&
    !isLoopback(req.hostname)
  ) {
    out.push({ kind: 'mixed-content' });
  }

  if (Number.isFinite(sameUrlCount) && sameUrlCount >= REPEATED_FROM) {
    out.push({ kind: 'repeated', count: Math.floor(sameUrlCount) });
  }
  return out;
}
