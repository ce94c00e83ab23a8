import type { FailureRecord, TabLog } from '../tab-log';
import type { Har, HarEntry, HarNameValue, HarResponse } from './har-types';
import { isoTime } from './iso-time';
import { redactText, redactUrl } from './redact';

export interface HarMeta {
  browserName: string;
  browserVersion: string;
  creatorVersion: string;
}

const PAGE_ID = 'page_1';

/** Never exported, even if a future capture list let one through. */
const NEVER_EXPORTED = new Set(['cookie', 'set-cookie', 'set-cookie2', 'authorization', 'proxy-authorization']);

/** "HTTP/1.1 404 Not Found" -> version and reason; HTTP/2 lines have no reason. */
const STATUS_LINE = /^\s*(HTTP\/\d+(?:\.\d+)?)(?:\s+\d{3})?(?:\s+(.*?))?\s*$/i;

function parseStatusLine(line: string | undefined): { httpVersion: string; statusText: string } {
  const m = typeof line === 'string' ? STATUS_LINE.exec(line) : null;
  if (!m) return { httpVersion: '', statusText: '' };
  return { httpVersion: m[1]?.toUpperCase() ?? '', statusText: redactText(m[2] ?? '') };
}

/** The query of a (redacted) URL as HAR name/value pairs, decoded as a browser would. */
export function queryStringOf(url: string): HarNameValue[] {
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt < 0 ? url : url.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  if (queryAt < 0) return [];
  const out: HarNameValue[] = [];
  for (const [name, value] of new URLSearchParams(beforeHash.slice(queryAt + 1))) out.push({ name, value });
  return out;
}

function headersOf(rec: FailureRecord): HarNameValue[] {
  const out: HarNameValue[] = [];
  for (const h of Array.isArray(rec.headers) ? (rec.headers as readonly unknown[]) : []) {
    if (!Array.isArray(h)) continue;
    const [name, value] = h as unknown[];
    if (typeof name !== 'string' || typeof value !== 'string') continue;
    if (NEVER_EXPORTED.has(name.toLowerCase())) continue;
    out.push({ name, value: redactText(value) });
  }
  return out;
}

function responseOf(rec: FailureRecord): HarResponse {
  const headers = headersOf(rec);
  const contentType = headers.find((h) => h.name.toLowerCase() === 'content-type')?.value;
  const common = {
    cookies: [],
    headers,
    content: { size: 0, mimeType: contentType || 'x-unknown' },
    redirectURL: '',
    headersSize: -1,
    bodySize: -1,
  };
  if (typeof rec.error === 'string') {
    const error = redactText(rec.error);
    return { status: 0, statusText: error, httpVersion: '', ...common, _error: error };
  }
  const status = typeof rec.status === 'number' && Number.isInteger(rec.status) && rec.status >= 0 ? rec.status : 0;
  return { status, ...parseStatusLine(rec.statusLine), ...common };
}

function entryOf(rec: FailureRecord): HarEntry {
  const url = redactUrl(rec.url);
  const response = responseOf(rec);
  return {
    pageref: PAGE_ID,
    startedDateTime: isoTime(rec.time),
    // Only the end of a request is observed: no phase is known, so the total is the sum of none.
    time: 0,
    request: {
      method: typeof rec.method === 'string' && rec.method !== '' ? rec.method : 'GET',
      url,
      httpVersion: response.httpVersion,
      cookies: [],
      headers: [],
      queryString: queryStringOf(url),
      headersSize: -1,
      bodySize: -1,
    },
    response,
    cache: {},
    timings: { blocked: -1, dns: -1, connect: -1, send: 0, wait: 0, receive: 0, ssl: -1 },
    ...(typeof rec.ip === 'string' && rec.ip !== '' ? { serverIPAddress: rec.ip } : {}),
    _resourceType: typeof rec.type === 'string' ? rec.type : 'other',
  };
}

/**
 * A tab's failures as a HAR 1.2 archive: one page (the tab's page) and one entry per
 * detailed record, the page's own document first. URLs are redacted, no cookies or
 * request headers are included, and the response headers are the diagnostic ones
 * HTTP Why kept. Sizes and timings it never saw are -1 (or 0 where HAR requires a
 * non-negative number).
 */
export function harFromLog(log: TabLog, meta: HarMeta): Har {
  const records = [...(log.mainDocument ? [log.mainDocument] : []), ...log.recent];
  return {
    log: {
      version: '1.2',
      creator: { name: 'HTTP Why', version: meta.creatorVersion },
      browser: { name: meta.browserName, version: meta.browserVersion },
      pages: [
        {
          startedDateTime: isoTime(log.startedAt),
          id: PAGE_ID,
          title: redactUrl(log.pageUrl),
          pageTimings: { onContentLoad: -1, onLoad: -1 },
        },
      ],
      entries: records.map(entryOf),
    },
  };
}
