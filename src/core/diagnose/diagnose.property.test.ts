import fc from 'fast-check';
import { nastyStringOf } from '../../../test/fakes/arbitraries';
import { describe, expect, it } from 'vitest';
import { captureHeaders, MAX_HEADER_VALUE, MAX_HEADERS } from '../capture';
import { classify } from '../classify';
import type { Header, Observation } from '../observation';
import { toRecord, type FailureRecord } from '../tab-log';
import { requestContext } from './context';
import { diagnose } from './diagnose';
import { translate } from '../../../test/fakes/translate';
import { formatCountdown, hintText } from './format';
import { readHints } from './hints';
import { detectPlatforms } from './platforms';

/**
 * Property-based tests: the diagnosis reads response headers a server chose and
 * URLs a page chose. Whatever they hold, it must not throw, and every line it
 * writes for the popup must be one bounded line of plain text.
 */

/** C0 and C1 controls and DEL: they break lines, ring bells, move cursors. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** Bidi embeddings, overrides and isolates: they reorder the text around them ("Trojan Source"). */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;

const NASTY = [
  '\u0000',
  '\u0007',
  '\t',
  '\n',
  '\r\n',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u2028',
  '\ufeff',
  '\ud800',
  '😀',
  'ع',
  '"',
  '\\',
  ',',
  ';',
  '=',
  '<',
  '>',
  ' ',
];

const nastyString = (maxLength: number): fc.Arbitrary<string> => nastyStringOf(NASTY, maxLength, 2);

/** Header names the diagnosis reads, in the case servers send them and some they do not. */
const NAMES = [
  'server',
  'Server',
  'SERVER',
  'via',
  'x-powered-by',
  'retry-after',
  'Retry-After',
  'allow',
  'www-authenticate',
  'WWW-Authenticate',
  'proxy-authenticate',
  'link',
  'content-type',
  'x-cache',
  'x-served-by',
  'x-fastly-request-id',
  'cf-ray',
  'cf-cache-status',
  'cf-mitigated',
  'x-amz-cf-id',
  'x-amzn-waf-action',
  'x-vercel-cache',
  'x-request-id',
  ' Server ',
];

/** Values shaped like the ones the readers parse, so the parsers go deep, then spoiled. */
const SHAPED = [
  'cloudflare',
  'nginx/1.25.3',
  'Apache/2.4.62 (Debian)',
  '1.1 vegur',
  '120',
  '0',
  '99999999999999999999',
  'Wed, 21 Oct 2015 07:28:00 GMT',
  'Sun, 06 Nov 1994 08:49:37 GMT',
  'Sunday, 06-Nov-94 08:49:37 GMT',
  'Sun Nov  6 08:49:37 1994',
  'GET, HEAD, POST',
  'Basic realm="x"',
  'Bearer realm="api", error="invalid_token", error_description="expired"',
  'Bearer error="insufficient_scope", scope="read write"',
  'Digest realm="r", nonce="n"',
  'Negotiate',
  'Newauth realm="apps", type=1, title="Login to \\"apps\\"", Basic realm="simple"',
  '<https://blocker.example/>; rel="blocked-by"',
  '<//evil.example/x>; rel=blocked-by',
  '<javascript:alert(1)>; rel="blocked-by"',
  'text/html; charset=utf-8',
  'Error from cloudfront',
  'HIT',
  'MISS, HIT',
  'cache-ams21',
  'challenge',
  'CAPTCHA',
];

const valueArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: nastyString(60) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...SHAPED), nastyString(8)).map(([s, n]) => s + n) },
  { weight: 2, arbitrary: fc.tuple(nastyString(8), fc.constantFrom(...SHAPED)).map(([n, s]) => n + s) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t') },
  // Very long: what a header can be before the capture step cuts it.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...SHAPED), fc.integer({ min: 300, max: 20_000 }), fc.constantFrom('a', '\u0001', 'é,'))
      .map(([s, n, c]) => s + c.repeat(n)),
  },
);

/** Names with the values their readers look for, so every reader gets to parse something. */
const PAIRS: readonly Header[] = [
  ['retry-after', '120'],
  ['Retry-After', '3600000'],
  ['retry-after', 'Wed, 21 Oct 2015 07:28:00 GMT'],
  ['retry-after', 'Fri, 01 Jan 2100 00:00:00 GMT'],
  ['allow', 'GET, HEAD'],
  ['allow', ''],
  ['www-authenticate', 'Bearer realm="api", error="invalid_token", error_description="expired"'],
  ['proxy-authenticate', 'Basic realm="proxy"'],
  ['link', '<https://blocker.example/>; rel="blocked-by"'],
  ['link', '</legal>; rel="blocked-by"'],
  ['content-type', 'text/html; charset=utf-8'],
  ['x-cache', 'Error from cloudfront'],
  ['cf-cache-status', 'HIT'],
  ['x-vercel-cache', 'STALE'],
  ['x-fastly-request-id', 'f1'],
  ['x-served-by', 'cache-ams21'],
  ['x-cache', 'MISS, HIT'],
  ['cf-mitigated', 'challenge'],
  ['x-amzn-waf-action', 'captcha'],
  ['cf-ray', '8f1e2d3c4b5a6978-AMS'],
];

const headerArb: fc.Arbitrary<Header> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.tuple(
      fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...NAMES) }, { weight: 1, arbitrary: nastyString(20) }),
      valueArb,
    ),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...PAIRS),
        fc.oneof({ weight: 2, arbitrary: fc.constant('') }, { weight: 1, arbitrary: nastyString(6) }),
      )
      .map(([[name, value], spoil]): Header => [name, value + spoil]),
  },
);

/** Lists with duplicates (the same name many times), and junk entries a loose cast could carry. */
const headersArb: fc.Arbitrary<readonly Header[]> = fc.oneof(
  { weight: 6, arbitrary: fc.array(headerArb, { maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.tuple(headerArb, fc.integer({ min: 2, max: 50 })).map(([h, n]) => Array.from({ length: n }, () => h)),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      undefined,
      null,
      7,
      'server: nginx',
      [['server']],
      [[1, 2]],
      [null],
    ) as fc.Arbitrary<unknown> as fc.Arbitrary<readonly Header[]>,
  },
);

const urlArb: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('https://', 'http://', 'ws://', 'wss://', 'data:,', 'blob:https://a.example/', 'file:///', ''),
      fc.constantFrom(
        'a.example',
        'cdn.a.example',
        'other.example',
        'xn--mnchen-3ya.de',
        'пример.рф',
        'localhost',
        '127.0.0.1',
        '[::1]',
        '',
      ),
      nastyString(30),
    )
    .map(([s, h, p]) => `${s}${h}/${p}`),
  nastyString(40),
);

const statusArb: fc.Arbitrary<number | undefined> = fc.oneof(
  fc.constantFrom(401, 403, 405, 406, 407, 415, 429, 451, 500, 501, 502, 503),
  fc.integer({ min: 0, max: 999 }),
  fc.constantFrom(undefined, Number.NaN, -1, 404.5, 1e21, Number.POSITIVE_INFINITY),
);

const TYPES = [
  'main_frame',
  'sub_frame',
  'xmlhttprequest',
  'fetch',
  'image',
  'script',
  'stylesheet',
  'font',
  'media',
  'websocket',
  'other',
  'constructor',
  '',
];

/** Any clock: now, the epoch, and values no clock gives. */
const nowArb: fc.Arbitrary<number> = fc.oneof(
  fc.constant(Date.UTC(2025, 0, 15, 12)),
  fc.integer({ min: 0, max: 4_102_444_800_000 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 8.64e15, 1e300),
);

/** A record as storage could hand it back: any field, typed loosely. */
const rawRecordArb: fc.Arbitrary<FailureRecord> = fc
  .record(
    {
      requestId: fc.string(),
      key: fc.string(),
      cls: fc.constantFrom('client', 'server', 'odd-status', 'network', 'aborted', 'blocked'),
      url: urlArb,
      method: fc.oneof(fc.constantFrom('GET', 'POST', 'DELETE', 'get', ''), nastyString(30)),
      type: fc.oneof(fc.constantFrom(...TYPES), nastyString(20)),
      frameId: fc.integer({ min: -1, max: 5 }),
      parentFrameId: fc.integer({ min: -1, max: 5 }),
      time: fc.double(),
      status: statusArb,
      error: fc.oneof(
        fc.constantFrom('net::ERR_FAILED', 'NS_ERROR_DOM_BAD_URI', 'net::ERR_CONNECTION_REFUSED'),
        nastyString(40),
      ),
      initiator: urlArb,
      headers: headersArb,
    },
    { requiredKeys: ['requestId', 'key', 'cls', 'url', 'method', 'type', 'frameId', 'parentFrameId', 'time'] },
  )
  .map((r) => r as FailureRecord);

/** A record built the way the recorder builds it: classified, headers captured, fields clipped. */
const capturedRecordArb: fc.Arbitrary<FailureRecord> = fc
  .record({
    url: urlArb.map((u) => (/^(https?|wss?):/i.test(u) ? u : `https://a.example/${u}`)),
    method: fc.oneof(fc.constantFrom('GET', 'POST', 'DELETE'), nastyString(30)),
    type: fc.constantFrom(...TYPES),
    status: fc.oneof(
      fc.constantFrom(401, 405, 407, 429, 451, 501, 503),
      fc.integer({ min: 400, max: 999 }),
      fc.constant(0),
    ),
    error: fc.oneof(fc.constantFrom('net::ERR_FAILED', 'NS_ERROR_DOM_BAD_URI'), nastyString(300)),
    headers: fc.array(headerArb, { maxLength: 60 }),
    initiator: fc.option(urlArb, { nil: undefined }),
  })
  .map(({ url, method, type, status, error, headers, initiator }) => {
    const obs: Observation = {
      requestId: '1',
      tabId: 1,
      frameId: 0,
      parentFrameId: -1,
      url,
      method,
      type,
      timeStamp: 1,
      ...(initiator !== undefined ? { initiator } : {}),
      outcome:
        status === 0
          ? { kind: 'error', error }
          : { kind: 'response', statusCode: status, statusLine: '', fromCache: false, headers },
    };
    const c = classify(obs) ?? { cls: 'network' as const, key: 'unknown network error' };
    return toRecord(obs, c, obs.outcome.kind === 'response' ? captureHeaders(obs.outcome.headers) : undefined);
  });

/** Total length of every string a record carries: what any output may reasonably grow with. */
function inputSize(rec: FailureRecord, pageUrl: string): number {
  let n = pageUrl.length;
  for (const v of Object.values(rec)) if (typeof v === 'string') n += v.length;
  const headers: unknown = rec.headers;
  if (Array.isArray(headers)) {
    for (const h of headers as unknown[]) {
      if (Array.isArray(h)) for (const part of h as unknown[]) if (typeof part === 'string') n += part.length;
    }
  }
  return n;
}

/** The lines the popup and the report would show for a diagnosis. */
function lines(rec: FailureRecord, pageUrl: string, now: number, same: number, later: number): string[] {
  const d = diagnose(rec, pageUrl, now, same);
  return [...d.hints, ...d.context].flatMap((h) => [hintText(h, now, translate), hintText(h, later, translate)]);
}

function expectOneLineOfText(s: string): void {
  expect(typeof s).toBe('string');
  expect(s).not.toMatch(CONTROL);
  expect(s).not.toMatch(BIDI);
}

const RUNS = { numRuns: 400 };

describe('diagnose (property-based)', () => {
  it('never throws, in any of its parts, on any record, page and clock', () => {
    fc.assert(
      fc.property(rawRecordArb, urlArb, nowArb, fc.double(), (rec, pageUrl, now, same) => {
        // diagnose catches a part that throws; each part must not need it.
        expect(() => detectPlatforms(rec.headers ?? [])).not.toThrow();
        expect(() => readHints(rec, now)).not.toThrow();
        expect(() => requestContext(rec, pageUrl, same)).not.toThrow();
        const d = diagnose(rec, pageUrl, now, same);
        expect(Array.isArray(d.platforms) && Array.isArray(d.hints) && Array.isArray(d.context)).toBe(true);
      }),
      RUNS,
    );
  });

  it('writes every hint as one line of plain text, whatever the headers hold', () => {
    fc.assert(
      fc.property(
        rawRecordArb,
        urlArb,
        nowArb,
        fc.integer({ min: 0, max: 400_000_000 }),
        fc.nat(10),
        (rec, pageUrl, now, dt, same) => {
          const size = inputSize(rec, pageUrl);
          for (const line of lines(rec, pageUrl, now, same, now + dt)) {
            expectOneLineOfText(line);
            // Nothing grows beyond what came in (plus the sentence around it).
            expect(line.length).toBeLessThanOrEqual(4 * size + 200);
          }
        },
      ),
      RUNS,
    );
  });

  it('keeps every hint of a recorded failure within a fixed bound', () => {
    // Captured headers are at most MAX_HEADERS values of MAX_HEADER_VALUE characters.
    const bound = 2 * MAX_HEADERS * MAX_HEADER_VALUE + 200;
    fc.assert(
      fc.property(capturedRecordArb, urlArb, nowArb, fc.nat(10), (rec, pageUrl, now, same) => {
        for (const line of lines(rec, pageUrl, now, same, now + 61_000)) {
          expectOneLineOfText(line);
          expect(line.length).toBeLessThanOrEqual(bound);
        }
      }),
      RUNS,
    );
  });

  it('formatCountdown gives a short countdown for any number', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double(), fc.integer({ min: -10, max: 400 * 24 * 3600 }), fc.constantFrom(1e21, Number.MAX_VALUE)),
        (seconds) => {
          const s = formatCountdown(seconds);
          expectOneLineOfText(s);
          expect(s).toMatch(/^(\d+:\d\d|\d+ h( \d+ min)?|\d[\d.e+]* d( \d+ h)?)$/);
          expect(s.length).toBeLessThanOrEqual(40);
        },
      ),
      RUNS,
    );
  });
});
