import type { Header } from './observation';

/**
 * Response headers worth keeping with a failure: they identify the platform that
 * answered or carry a hint (Retry-After, Allow, WWW-Authenticate...). Everything
 * else is dropped, cookies and credentials above all.
 */
export const DIAGNOSTIC_HEADERS: ReadonlySet<string> = new Set([
  'server',
  'via',
  'x-powered-by',
  'x-aspnet-version',
  'content-type',
  'content-length',
  'retry-after',
  'allow',
  'www-authenticate',
  'proxy-authenticate',
  'link',
  'location',
  'cache-control',
  'age',
  'x-cache',
  'x-cache-status',
  'x-served-by',
  'x-fastly-request-id',
  'cf-ray',
  'cf-cache-status',
  'cf-mitigated',
  'x-amz-cf-id',
  'x-amz-cf-pop',
  'x-amz-request-id',
  'x-amz-id-2',
  'x-amzn-requestid',
  'x-amzn-errortype',
  'x-amzn-waf-action',
  'x-akamai-transformed',
  'x-vercel-id',
  'x-vercel-cache',
  'x-vercel-error',
  'x-nf-request-id',
  'x-azure-ref',
  'x-msedge-ref',
  'x-cloud-trace-context',
  'x-github-request-id',
  'x-request-id',
  'x-correlation-id',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'ratelimit',
  'ratelimit-policy',
  'access-control-allow-origin',
  'content-security-policy',
  'strict-transport-security',
  'x-frame-options',
  'cross-origin-resource-policy',
  'x-content-type-options',
  'alt-svc',
]);

export const MAX_HEADER_VALUE = 256;
export const MAX_HEADERS = 32;

/**
 * Keeps the diagnostic headers of a failed response: names lower-cased, values
 * trimmed and cut, at most MAX_HEADERS. Never throws on odd input.
 */
export function captureHeaders(headers: readonly Header[] | undefined): Header[] {
  const kept: Header[] = [];
  if (!Array.isArray(headers)) return kept;
  for (const h of headers as readonly unknown[]) {
    if (kept.length >= MAX_HEADERS) break;
    if (!Array.isArray(h)) continue;
    const [rawName, rawValue] = h as unknown[];
    if (typeof rawName !== 'string' || typeof rawValue !== 'string') continue;
    const name = rawName.trim().toLowerCase();
    if (!DIAGNOSTIC_HEADERS.has(name)) continue;
    const value = rawValue.trim();
    kept.push([name, value.length > MAX_HEADER_VALUE ? value.slice(0, MAX_HEADER_VALUE - 1) + '…' : value]);
  }
  return kept;
}
