import fc from 'fast-check';
import { nastyStringOf } from '../../test/fakes/arbitraries';
import { describe, expect, it } from 'vitest';
import {
  classify,
  classifyError,
  classifyStatus,
  MAX_ERROR_LENGTH,
  normaliseError,
  type FailureClass,
} from './classify';
import type { Header, Observation } from './observation';

/**
 * Property-based tests: classify sees whatever the browser adapter hands over,
 * and the adapter passes on what servers and pages send. Whatever comes in, it
 * must answer null or a valid class with a short key, and never throw.
 */

const CLASSES: ReadonlySet<FailureClass> = new Set(['client', 'server', 'odd-status', 'network', 'aborted', 'blocked']);

/** Characters that break naive code: controls, bidi overrides, lone surrogates, markup, shell. */
const NASTY = [
  '\u0000',
  '\u0007',
  '\n',
  '\r',
  '\t',
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
  '\u061c',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ud800',
  '\udfff',
  '😀',
  'ع',
  'ש',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'",
  '"',
  '`',
  '$(id)',
  '%00',
  '%E0%A4%A',
  '\\',
  ' ',
];

const nastyString = (maxLength: number): fc.Arbitrary<string> => nastyStringOf(NASTY, maxLength, 1);

const SCHEMES = [
  'http://',
  'https://',
  'HTTPS://',
  'ws://',
  'wss://',
  'https:',
  'data:text/html,',
  'blob:https://a.example/',
  'file:///',
  'chrome-extension://abcdefghijklmnopabcdefghijklmnop/',
  'moz-extension://0b1d2e3f/',
  'about:',
  'javascript:',
  'ftp://',
  ' https://',
  '',
];
const WEB = new Set(['http://', 'https://', 'HTTPS://', 'ws://', 'wss://', 'https:']);

const HOSTS = [
  'example.com',
  'xn--mnchen-3ya.de',
  'münchen.de',
  'пример.рф',
  'مثال.إختبار',
  '例子.测试',
  'shop.example.co.uk',
  '127.0.0.1:8080',
  '[::1]',
  'user:pass@host.example',
  'EXAMPLE.COM.',
  'a..b',
  '%41.example',
  '',
];

/** Any URL a request may carry, now and then 1 KB to 100 KB long. */
const urlArb: fc.Arbitrary<{ url: string; web: boolean }> = fc
  .tuple(
    fc.constantFrom(...SCHEMES),
    fc.oneof(fc.constantFrom(...HOSTS), nastyString(30)),
    nastyString(60),
    fc.oneof(
      { weight: 8, arbitrary: fc.constant(0) },
      { weight: 1, arbitrary: fc.integer({ min: 1000, max: 100_000 }) },
    ),
  )
  .map(([scheme, host, path, pad]) => ({ url: `${scheme}${host}/${path}${'x'.repeat(pad)}`, web: WEB.has(scheme) }));

/** Status codes: every 0-999, and what a buggy browser or a test double could pass. */
const statusArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 999 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      -0,
      -1,
      -404,
      404.5,
      499.999,
      1e21,
      2 ** 53,
      2 ** 53 + 2,
      Number.MAX_VALUE,
      Number.MIN_VALUE,
    ),
  },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer() },
  // Not numbers at all: what a missing field or a loose cast gives.
  {
    weight: 1,
    arbitrary: fc.constantFrom(undefined, null, '404', '', {}) as fc.Arbitrary<unknown> as fc.Arbitrary<number>,
  },
);

const REAL_ERRORS = [
  'net::ERR_CONNECTION_REFUSED',
  'net::ERR_NAME_NOT_RESOLVED',
  'net::ERR_ABORTED',
  'net::ERR_BLOCKED_BY_CLIENT',
  'net::ERR_IO_PENDING',
  'net::ERR_FAILED',
  'NS_ERROR_UNKNOWN_HOST',
  'NS_BINDING_ABORTED',
  'NS_BINDING_REDIRECTED',
  'NS_BINDING_RETARGETED',
  'NS_ERROR_ABORT',
  'NS_ERROR_TRACKING_URI',
  'NS_ERROR_FINGERPRINTING_URI',
  'Peer’s Certificate has expired.',
  '  net::ERR_TIMED_OUT  ',
  '',
];

const errorArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...REAL_ERRORS) },
  { weight: 4, arbitrary: nastyString(300) },
  { weight: 1, arbitrary: fc.integer({ min: 201, max: 100_000 }).map((n) => 'E'.repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, 42, {}) as fc.Arbitrary<unknown> as fc.Arbitrary<string> },
);

const headerArb: fc.Arbitrary<Header> = fc.tuple(
  fc.oneof(fc.constantFrom('Server', 'server', 'SERVER', 'Retry-After', 'Set-Cookie', 'CF-RAY'), nastyString(20)),
  fc.oneof(
    nastyString(80),
    // binaryValue headers, as the adapter turns them into strings: one char per byte.
    fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 64 }).map((b) => String.fromCharCode(...b)),
  ),
);

const tabIdArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 5 }) },
  { weight: 1, arbitrary: fc.constantFrom(-1, -2, Number.NaN, 2 ** 31, 0.5) },
);

const TYPES = ['main_frame', 'sub_frame', 'image', 'script', 'xmlhttprequest', 'websocket', 'other', ''];

/** Fields of an observation that may be missing (the outcome never is: the adapter always builds it). */
const OPTIONAL_KEYS = [
  'requestId',
  'tabId',
  'frameId',
  'parentFrameId',
  'url',
  'method',
  'type',
  'timeStamp',
  'initiator',
] as const;

interface Generated {
  readonly obs: Observation;
  readonly web: boolean;
}

const obsArb: fc.Arbitrary<Generated> = fc
  .record({
    requestId: fc.oneof(fc.string(), fc.nat().map(String)),
    tabId: tabIdArb,
    frameId: fc.integer({ min: -1, max: 10 }),
    parentFrameId: fc.integer({ min: -1, max: 10 }),
    u: urlArb,
    method: fc.oneof(fc.constantFrom('GET', 'POST', 'HEAD'), nastyString(20)),
    type: fc.oneof(fc.constantFrom(...TYPES), nastyString(40)),
    timeStamp: fc.oneof(fc.double(), fc.constant(1_700_000_000_000)),
    initiator: fc.option(
      fc.oneof(
        urlArb.map((u) => u.url),
        fc.constant('chrome-extension://own'),
      ),
      {
        nil: undefined,
      },
    ),
    outcome: fc.oneof(
      fc.record({
        kind: fc.constant('response' as const),
        statusCode: statusArb,
        statusLine: nastyString(100),
        fromCache: fc.boolean(),
        headers: fc.array(headerArb, { maxLength: 12 }),
      }),
      fc.record(
        {
          kind: fc.constant('error' as const),
          error: errorArb,
          ip: fc.string(),
          fromCache: fc.boolean(),
        },
        { requiredKeys: ['kind', 'error'] },
      ),
    ),
    missing: fc.subarray([...OPTIONAL_KEYS], { maxLength: 3 }),
  })
  .map(({ u, missing, ...rest }) => {
    const obs: Record<string, unknown> = { ...rest, url: u.url };
    for (const k of missing) delete obs[k];
    if (obs['initiator'] === undefined) delete obs['initiator'];
    return { obs: obs as unknown as Observation, web: u.web && !missing.includes('url') };
  });

const RUNS = { numRuns: 500 };

describe('classify (property-based)', () => {
  it('never throws and returns null or a valid class with a bounded, non-empty key', () => {
    fc.assert(
      fc.property(obsArb, ({ obs }) => {
        const c = classify(obs);
        if (c === null) return;
        expect(CLASSES.has(c.cls)).toBe(true);
        expect(typeof c.key).toBe('string');
        expect(c.key.length).toBeGreaterThan(0);
        expect(c.key.length).toBeLessThanOrEqual(MAX_ERROR_LENGTH);
      }),
      RUNS,
    );
  });

  it('agrees with a simple model of what counts', () => {
    fc.assert(
      fc.property(obsArb, ({ obs, web }) => {
        const c = classify(obs);
        const tabOk = typeof obs.tabId === 'number' && obs.tabId >= 0;
        const out = obs.outcome;
        if (!tabOk || !web) {
          expect(c).toBeNull();
          return;
        }
        if (out.kind === 'response') {
          const s: unknown = out.statusCode;
          const failing = typeof s === 'number' && Number.isInteger(s) && s >= 400;
          if (!failing) {
            expect(c).toBeNull();
            return;
          }
          expect(c).toEqual({ cls: s < 500 ? 'client' : s < 600 ? 'server' : 'odd-status', key: String(s) });
          return;
        }
        const raw: unknown = out.error;
        const trimmed = typeof raw === 'string' ? raw.trim() : '';
        const key = trimmed === '' ? 'unknown network error' : trimmed.slice(0, MAX_ERROR_LENGTH);
        if (['NS_BINDING_REDIRECTED', 'NS_BINDING_RETARGETED', 'net::ERR_IO_PENDING'].includes(key)) {
          expect(c).toBeNull();
          return;
        }
        expect(c?.key).toBe(key);
        expect(c?.cls).toBe(classifyError(key));
      }),
      RUNS,
    );
  });

  it('never records non-web schemes, requests of no tab, or the extension’s own requests', () => {
    fc.assert(
      fc.property(
        obsArb,
        fc.constantFrom('data:,x', 'blob:https://a.example/1', 'file:///etc/passwd', 'chrome-extension://id/p.html'),
        tabIdArb,
        ({ obs }, nonWeb, tabId) => {
          expect(classify({ ...obs, url: nonWeb })).toBeNull();
          if (!(tabId >= 0)) expect(classify({ ...obs, tabId })).toBeNull();
          const own = 'chrome-extension://own';
          expect(classify({ ...obs, initiator: `${own}/popup.html` }, own)).toBeNull();
        },
      ),
      RUNS,
    );
  });

  it('classifyStatus is total over numbers; normaliseError over anything', () => {
    fc.assert(
      fc.property(statusArb, errorArb, (status, error) => {
        const cls = classifyStatus(status);
        expect(cls === null || CLASSES.has(cls)).toBe(true);
        if (cls !== null) expect(Number.isInteger(status) && status >= 400).toBe(true);
        const e = normaliseError(error);
        expect(e.length).toBeGreaterThan(0);
        expect(e.length).toBeLessThanOrEqual(MAX_ERROR_LENGTH);
      }),
      RUNS,
    );
  });
});
