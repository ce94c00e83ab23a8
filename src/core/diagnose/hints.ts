import type { FailureRecord } from '../tab-log';
import { parseFirstChallenge } from './auth-challenge';
import { normaliseHeaders, printable, valuesOf } from './headers';
import { parseHttpDate } from './http-date';
import type { PlatformId } from './platforms';

/**
 * What a failed response tells beyond its status, read from the headers the
 * capture step keeps. Every reader ignores values it cannot make sense of.
 */
export type Hint =
  | RetryAfterHint
  | AllowHint
  | AuthChallengeHint
  | BotChallengeHint
  | BlockedByHint
  | ContentTypeHint
  | MethodHint
  | CdnCachedHint
  | RequestIdHint;

export interface RetryAfterHint {
  readonly kind: 'retry-after';
  /** When the server said to retry, epoch ms. */
  readonly at: number;
  /** Seconds from `now` at reading time, never negative. */
  readonly seconds: number;
  /** The HTTP-date given is already past: retrying now is fine. */
  readonly past: boolean;
}

export interface AllowHint {
  readonly kind: 'allow';
  /** Upper-cased, deduplicated; empty when the server allows nothing right now. */
  readonly methods: string[];
}

export interface AuthChallengeHint {
  readonly kind: 'auth-challenge';
  /** From Proxy-Authenticate (a proxy on the way asks), not WWW-Authenticate (the site asks). */
  readonly proxy: boolean;
  readonly scheme: string;
  readonly realm?: string;
  readonly error?: string;
  readonly errorDescription?: string;
  readonly scope?: string;
}

export type BotChallengeHint =
  | { readonly kind: 'bot-challenge'; readonly platform: 'cloudflare' }
  | { readonly kind: 'bot-challenge'; readonly platform: 'aws-waf'; readonly action: WafAction };

export type WafAction = 'captcha' | 'challenge' | 'block';

/** RFC 7725: a 451 names the entity that blocks access with Link rel="blocked-by". */
export interface BlockedByHint {
  readonly kind: 'blocked-by';
  readonly url: string;
}

export interface ContentTypeHint {
  readonly kind: 'content-type';
  /** Media type of the error answer, lower case, without parameters. */
  readonly value: string;
}

export interface MethodHint {
  readonly kind: 'method';
  readonly method: string;
  readonly status: 405 | 501;
}

export type CdnPlatform = Extract<PlatformId, 'cloudfront' | 'cloudflare' | 'vercel' | 'fastly'>;

export interface CdnCachedHint {
  readonly kind: 'cdn-cached';
  readonly platform: CdnPlatform;
  /** The header that says so, "x-cache: Hit from cloudfront". */
  readonly detail: string;
}

export interface RequestIdHint {
  readonly kind: 'request-id';
  readonly label: string;
  readonly header: string;
  readonly value: string;
}

/** A Retry-After further than this is treated as nonsense. */
export const MAX_RETRY_AFTER_SECONDS = 365 * 24 * 3600;

/** Request ids worth quoting to support, in the order they are listed. */
export const REQUEST_ID_HEADERS: readonly (readonly [header: string, label: string])[] = [
  ['cf-ray', 'Cloudflare Ray ID'],
  ['x-amz-cf-id', 'CloudFront request ID'],
  ['x-amz-request-id', 'Amazon S3 request ID'],
  ['x-amzn-requestid', 'AWS request ID'],
  ['x-vercel-id', 'Vercel request ID'],
  ['x-nf-request-id', 'Netlify request ID'],
  ['x-azure-ref', 'Azure reference'],
  ['x-github-request-id', 'GitHub request ID'],
  ['x-fastly-request-id', 'Fastly request ID'],
  ['x-request-id', 'Request ID'],
];

type Headers = [string, string][];

export function readHints(record: FailureRecord, now: number): Hint[] {
  const headers = normaliseHeaders(record.headers);
  const status = typeof record.status === 'number' ? record.status : undefined;
  const hints: Hint[] = [];
  const add = (h: Hint | undefined): void => {
    if (h) hints.push(h);
  };
  add(retryAfter(headers, now));
  add(allow(headers));
  add(challenge(headers, 'www-authenticate'));
  add(challenge(headers, 'proxy-authenticate'));
  hints.push(...botChallenges(headers));
  if (status === 451) add(blockedBy(headers, record.url));
  if (status === 405 || status === 406 || status === 415 || status === 501) add(contentType(headers));
  if (status === 405 || status === 501) {
    const method = typeof record.method === 'string' ? record.method.trim().toUpperCase() : '';
    if (/^[A-Z0-9!#$%&'*+\-.^_`|~]{1,16}$/.test(method)) hints.push({ kind: 'method', method, status });
  }
  if (status !== undefined && status >= 400) hints.push(...cdnCached(headers));
  hints.push(...requestIds(headers));
  return hints;
}

function retryAfter(headers: Headers, now: number): RetryAfterHint | undefined {
  if (!Number.isFinite(now)) return undefined;
  for (const v of valuesOf(headers, 'retry-after')) {
    if (/^\d+$/.test(v)) {
      const seconds = Number(v);
      if (seconds > MAX_RETRY_AFTER_SECONDS) continue;
      return { kind: 'retry-after', at: now + seconds * 1000, seconds, past: false };
    }
    const at = parseHttpDate(v);
    if (at === undefined) continue;
    const ms = at - now;
    if (ms > MAX_RETRY_AFTER_SECONDS * 1000) continue;
    return ms <= 0
      ? { kind: 'retry-after', at, seconds: 0, past: true }
      : { kind: 'retry-after', at, seconds: Math.ceil(ms / 1000), past: false };
  }
  return undefined;
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function allow(headers: Headers): AllowHint | undefined {
  const values = valuesOf(headers, 'allow');
  if (values.length === 0) return undefined;
  const methods: string[] = [];
  let garbage = false;
  for (const v of values) {
    for (const part of v.split(',')) {
      const m = part.trim();
      if (m === '') continue;
      if (!TOKEN.test(m) || m.length > 32) {
        garbage = true;
        continue;
      }
      const up = m.toUpperCase();
      if (!methods.includes(up)) methods.push(up);
    }
  }
  // An empty Allow is meaningful (nothing allowed now); one with only junk is not.
  if (methods.length === 0 && garbage) return undefined;
  return { kind: 'allow', methods };
}

function challenge(headers: Headers, name: 'www-authenticate' | 'proxy-authenticate'): AuthChallengeHint | undefined {
  for (const v of valuesOf(headers, name)) {
    const c = parseFirstChallenge(v);
    if (!c) continue;
    const p = c.params;
    return {
      kind: 'auth-challenge',
      proxy: name === 'proxy-authenticate',
      scheme: c.scheme,
      ...(p['realm'] !== undefined ? { realm: p['realm'] } : {}),
      ...(p['error'] ? { error: p['error'] } : {}),
      ...(p['error_description'] ? { errorDescription: p['error_description'] } : {}),
      ...(p['scope'] ? { scope: p['scope'] } : {}),
    };
  }
  return undefined;
}

const WAF_ACTIONS: readonly WafAction[] = ['captcha', 'challenge', 'block'];

function botChallenges(headers: Headers): BotChallengeHint[] {
  const out: BotChallengeHint[] = [];
  if (valuesOf(headers, 'cf-mitigated').some((v) => v.toLowerCase() === 'challenge')) {
    out.push({ kind: 'bot-challenge', platform: 'cloudflare' });
  }
  for (const v of valuesOf(headers, 'x-amzn-waf-action')) {
    const action = WAF_ACTIONS.find((a) => a === v.toLowerCase());
    if (action) {
      out.push({ kind: 'bot-challenge', platform: 'aws-waf', action });
      break;
    }
  }
  return out;
}

/** Link: <https://blocker.example/>; rel="blocked-by" (RFC 8288; several links per value). */
function blockedBy(headers: Headers, base: string): BlockedByHint | undefined {
  for (const v of valuesOf(headers, 'link')) {
    const re = /<([^>]*)>([^<]*)/g;
    for (let m = re.exec(v); m; m = re.exec(v)) {
      const rel = /(?:^|;)\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(m[2] ?? '');
      const rels = (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/);
      if (!rels.includes('blocked-by')) continue;
      const url = absoluteHttpUrl(m[1] ?? '', base);
      if (url) return { kind: 'blocked-by', url };
    }
  }
  return undefined;
}

function absoluteHttpUrl(ref: string, base: string): string | undefined {
  try {
    const u = new URL(ref.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function contentType(headers: Headers): ContentTypeHint | undefined {
  const v = valuesOf(headers, 'content-type')[0];
  if (v === undefined) return undefined;
  const essence = (v.split(';')[0] ?? '').trim().toLowerCase();
  if (!/^[!#$%&'*+\-.^_`|~0-9a-z]+\/[!#$%&'*+\-.^_`|~0-9a-z]+$/.test(essence)) return undefined;
  return { kind: 'content-type', value: essence };
}

function has(headers: Headers, name: string): boolean {
  return headers.some(([n, v]) => n === name && v !== '');
}

/** Error answers a CDN served from its cache: the origin may be fine again already. */
function cdnCached(headers: Headers): CdnCachedHint[] {
  const out: CdnCachedHint[] = [];
  const first = (platform: CdnPlatform, name: string, test: (v: string) => boolean): void => {
    const v = valuesOf(headers, name).find(test);
    if (v !== undefined) out.push({ kind: 'cdn-cached', platform, detail: `${name}: ${printable(v)}` });
  };
  first('cloudflare', 'cf-cache-status', (v) => /^(hit|stale|updating)$/i.test(v));
  // "Error from cloudfront" says the answer was an error, not where it came from:
  // only Hit and RefreshHit mean CloudFront's cache answered.
  first('cloudfront', 'x-cache', (v) => /^(hit|refreshhit) from cloudfront$/i.test(v));
  first('vercel', 'x-vercel-cache', (v) => /^(hit|stale)$/i.test(v));
  // Fastly appends one entry per cache node ("MISS, HIT"); any HIT means a cache answered.
  if (has(headers, 'x-fastly-request-id') || valuesOf(headers, 'x-served-by').some((v) => /^cache-/i.test(v))) {
    first('fastly', 'x-cache', (v) => v.split(',').some((p) => p.trim().toUpperCase() === 'HIT'));
  }
  return out;
}

function requestIds(headers: Headers): RequestIdHint[] {
  const out: RequestIdHint[] = [];
  for (const [header, label] of REQUEST_ID_HEADERS) {
    const value = valuesOf(headers, header).find((v) => v !== '');
    if (value !== undefined) out.push({ kind: 'request-id', label, header, value: printable(value).slice(0, 256) });
  }
  return out;
}
