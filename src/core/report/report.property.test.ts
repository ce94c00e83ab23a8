import fc from 'fast-check';
import { nastyStringOf } from '../../../test/fakes/arbitraries';
import { describe, expect, it } from 'vitest';
import { captureHeaders } from '../capture';
import { classify } from '../classify';
import type { Header, Observation } from '../observation';
import { toRecord, type FailureRecord, type TabLog } from '../tab-log';
import { addFailure, emptyTabLog } from '../../../test/fakes/logs';
import { curlCommand } from './curl';
import { harFromLog } from './har';
import { jsonExport } from './json';
import { markdownReport, type MarkdownReportInput, type ReportGroup } from './markdown';
import { redactText, redactUrl } from './redact';
import { shellWords } from '../../../test/fakes/shell-words';

/**
 * Property-based tests of everything HTTP Why copies or exports: whatever URLs,
 * headers and error texts the pages and servers produced, the exports never
 * throw, never carry a secret, and the cURL command stays one inert line.
 */

const NASTY = [
  '\u0000',
  '\n',
  '\r',
  '\t',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u200f',
  '\u202e',
  '\u2066',
  '\u2028',
  '\ufeff',
  '\ud800',
  '\udc00',
  '😀',
  'ع',
  "'",
  '"',
  '`',
  '$(id)',
  '\\',
  '%',
  '%2',
  '%E0%A4%A',
  '%00',
  '+',
  '&',
  '=',
  '?',
  '#',
  ';',
  '@',
  '[',
  '{',
  '<',
  ' ',
  '-',
  'eyJ',
];

const nastyString = (maxLength: number): fc.Arbitrary<string> => nastyStringOf(NASTY, maxLength, 2);

const SCHEMES = [
  'https://',
  'http://',
  'HTTPS://',
  'wss://',
  'https:',
  'https:\\\\',
  'data:text/html,',
  'blob:https://a.example/',
  'file:///',
  'chrome-extension://abc/',
  'javascript:',
  '//',
  '',
  '-',
];

/** Any string a URL field may hold: URL-shaped or not, sometimes 100 KB long. */
const urlArb: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...SCHEMES),
        fc.constantFrom('a.example', 'u:p@a.example', 'xn--mnchen-3ya.de', 'пример.рф', '[::1]:8080', ''),
        nastyString(40),
        fc.oneof(
          { weight: 9, arbitrary: fc.constant(0) },
          { weight: 1, arbitrary: fc.integer({ min: 1, max: 100_000 }) },
        ),
      )
      .map(([s, h, rest, pad]) => `${s}${h}/${rest}${'a'.repeat(pad)}`),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
);

// ---- Secrets --------------------------------------------------------------------

/** Parameter names that must always lose their values, as services spell them. */
const SECRET_NAMES = [
  'token',
  'TOKEN',
  'password',
  'Password',
  'api_key',
  'apiKey',
  'access_token',
  'id_token',
  'refresh_token',
  'key',
  'secret',
  'client_secret',
  'sig',
  'signature',
  'X-Amz-Signature',
  'x-goog-signature',
  'session',
  'sessionid',
  'PHPSESSID',
  'jsessionid',
  'code',
  'auth',
  'csrfToken',
  'otp',
  'jwt',
  'access%5Ftoken',
  'user[password]',
];

/** A secret value: alphanumeric (so no escaping can disguise it), with a digit, unlikely anywhere else. */
const secretArb: fc.Arbitrary<string> = fc.stringMatching(/^[A-Za-z0-9]{10,24}$/).map((s) => `Zq9${s}`);

/** Parameters that are not secret, with values of any shape. */
const noiseArb: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.constantFrom('q', 'page', 'v', 'utm_source', 'lang', 'next', 'state', 'nonce'),
      fc.oneof(fc.stringMatching(/^[A-Za-z0-9._~-]{0,12}$/), nastyString(12)),
    ),
    { maxLength: 3 },
  )
  .map((pairs) => pairs.map(([n, v]) => `${n}=${v}`).join('&'));

type Place = 'query' | 'fragment' | 'fragment-route' | 'path' | 'userinfo' | 'nested' | 'nested-encoded';

/** A URL carrying `secret` as the value of a secret-named parameter, somewhere. */
const secretUrlArb: fc.Arbitrary<{ url: string; secret: string }> = fc
  .record({
    scheme: fc.constantFrom('https://', 'http://', 'wss://', 'HTTPS://'),
    host: fc.constantFrom('a.example', 'xn--mnchen-3ya.de', 'пример.рф', '127.0.0.1:8080'),
    path: fc.stringMatching(/^[a-z0-9/._-]{0,20}$/),
    name: fc.constantFrom(...SECRET_NAMES),
    secret: secretArb,
    before: noiseArb,
    after: noiseArb,
    place: fc.constantFrom<Place>(
      'query',
      'fragment',
      'fragment-route',
      'path',
      'userinfo',
      'nested',
      'nested-encoded',
    ),
  })
  .map(({ scheme, host, path, name, secret, before, after, place }) => {
    const origin = `${scheme}${host}`;
    const pair = `${name}=${secret}`;
    const q = (inner: string): string => [before, inner, after].filter((p) => p !== '').join('&');
    switch (place) {
      case 'query':
        return { url: `${origin}/${path}?${q(pair)}`, secret };
      case 'fragment':
        return { url: `${origin}/${path}?${before}#${q(pair)}`, secret };
      case 'fragment-route':
        return { url: `${origin}/${path}#/callback?${q(pair)}`, secret };
      case 'path':
        return { url: `${origin}/app;${pair}/${path}?${before}`, secret };
      case 'userinfo':
        return { url: `${scheme}user:${secret}@${host}/${path}?${before}`, secret };
      case 'nested':
        return { url: `${origin}/login?${q(`next=https://b.example/cb?${pair}`)}`, secret };
      case 'nested-encoded':
        return { url: `${origin}/login?${q(`next=${encodeURIComponent(`https://b.example/cb?${pair}`)}`)}`, secret };
    }
  })
  // Noise is random: it must not happen to hold the secret itself.
  .filter(({ url, secret }) => url.split(secret).length === 2);

/** Text that quotes a secret the way error messages, headers and logs do. */
const secretTextArb: fc.Arbitrary<{ text: string; secret: string }> = fc
  .tuple(secretUrlArb, fc.constantFrom(...SECRET_NAMES.filter((n) => /^[a-z_]+$/i.test(n))), fc.nat(4))
  .map(([{ url, secret }, name, form]) => {
    const texts = [
      `Failed to load ${url}.`,
      `redirect to <${url}>`,
      `${name}=${secret} user=bob`,
      `{"${name}": "${secret}"}`,
      `Authorization: Bearer ${secret}`,
    ];
    return { text: texts[form] ?? url, secret };
  });

// ---- Logs -----------------------------------------------------------------------

let seq = 0;

interface ObsOptions {
  type?: string;
  status?: number;
  statusLine?: string;
  error?: string;
  headers?: Header[];
  initiator?: string;
  method?: string;
}

function observation(url: string, over: ObsOptions): Observation {
  seq++;
  const status = over.status ?? 404;
  return {
    requestId: String(seq),
    tabId: 1,
    frameId: 0,
    parentFrameId: -1,
    url,
    method: over.method ?? 'GET',
    type: over.type ?? 'xmlhttprequest',
    timeStamp: 1_700_000_000_000 + seq,
    ...(over.initiator !== undefined ? { initiator: over.initiator } : {}),
    outcome:
      over.error !== undefined
        ? { kind: 'error', error: over.error }
        : {
            kind: 'response',
            statusCode: status,
            statusLine: over.statusLine ?? `HTTP/1.1 ${status}`,
            fromCache: false,
            headers: over.headers ?? [],
          },
  };
}

/** A tab log built the way the recorder builds it. */
function logOf(pageUrl: string, observations: readonly Observation[]): TabLog {
  let log = emptyTabLog(1, pageUrl, 1_700_000_000_000);
  for (const o of observations) {
    const c = classify(o);
    if (!c) continue;
    log = addFailure(
      log,
      toRecord(o, c, o.outcome.kind === 'response' ? captureHeaders(o.outcome.headers) : undefined),
    );
  }
  return log;
}

const observationArb: fc.Arbitrary<Observation> = fc
  .record({
    url: urlArb.map((u) => (/^(https?|wss?):/i.test(u) ? u : `https://a.example/${u}`)),
    type: fc.constantFrom('main_frame', 'sub_frame', 'image', 'script', 'xmlhttprequest'),
    status: fc.integer({ min: 0, max: 999 }),
    error: fc.option(fc.oneof(fc.constantFrom('net::ERR_FAILED', 'NS_ERROR_UNKNOWN_HOST'), nastyString(60)), {
      nil: undefined,
    }),
    headers: fc.array(
      fc.tuple(fc.constantFrom('Server', 'Location', 'Link', 'Content-Type', 'X-Request-Id'), nastyString(80)),
      {
        maxLength: 5,
      },
    ),
    initiator: fc.option(urlArb, { nil: undefined }),
    method: fc.oneof(fc.constantFrom('GET', 'POST', 'HEAD'), nastyString(20)),
  })
  .map(({ url, type, status, error, headers, initiator, method }) =>
    observation(url, {
      type,
      status: status < 400 ? 400 + status : status,
      headers,
      method,
      ...(error !== undefined ? { error } : {}),
      ...(initiator !== undefined ? { initiator } : {}),
    }),
  );

const logArb: fc.Arbitrary<TabLog> = fc
  .tuple(urlArb, fc.array(observationArb, { maxLength: 12 }))
  .map(([page, obs]) => logOf(page, obs));

const CLASSES = ['client', 'server', 'odd-status', 'network', 'aborted', 'blocked'] as const;

/** A log as storage could hand it back: the shape parseStoredTab accepts, every other field anything. */
const storedRecordArb: fc.Arbitrary<FailureRecord> = fc
  .record({
    requestId: fc.string(),
    key: nastyString(20),
    cls: fc.constantFrom(...CLASSES),
    url: urlArb,
    type: nastyString(12),
    time: fc.oneof(fc.double(), fc.integer()),
    method: fc.anything(),
    status: fc.oneof(fc.double(), fc.anything()),
    statusLine: fc.oneof(nastyString(40), fc.anything()),
    error: fc.oneof(nastyString(40), fc.anything()),
    ip: fc.anything(),
    initiator: fc.anything(),
    headers: fc.oneof(fc.array(fc.tuple(nastyString(10), nastyString(40))), fc.anything()),
  })
  .map((r) => r as unknown as FailureRecord);

const storedLogArb: fc.Arbitrary<TabLog> = fc
  .record({
    pageUrl: urlArb,
    startedAt: fc.double(),
    dropped: fc.oneof(fc.nat(), fc.double()),
    recent: fc.array(storedRecordArb, { maxLength: 6 }),
    mainDocument: fc.option(storedRecordArb, { nil: undefined }),
    groups: fc.dictionary(
      nastyString(10),
      fc.record({
        key: nastyString(10),
        cls: fc.constantFrom(...CLASSES),
        count: fc.oneof(fc.nat(), fc.double({ min: 0 })),
        types: fc.dictionary(nastyString(8), fc.anything()),
      }),
      { maxKeys: 4 },
    ),
  })
  .map(({ mainDocument, ...rest }) => ({ tabId: 1, ...rest, ...(mainDocument ? { mainDocument } : {}) }) as TabLog);

const META = { browserName: 'TestBrowser', browserVersion: '1.0', creatorVersion: '0.1.0' };

/** Report groups from a log, the way the popup builds them (without the knowledge base). */
function reportInput(log: TabLog, extraText: readonly string[] = []): MarkdownReportInput {
  const byKey = new Map<string, FailureRecord[]>();
  for (const r of [...(log.mainDocument ? [log.mainDocument] : []), ...log.recent]) {
    byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);
  }
  const groups: ReportGroup[] = Object.values(log.groups).map((g) => {
    const requests = byKey.get(g.key) ?? [];
    return {
      label: g.key,
      count: g.count,
      counted: g.cls !== 'aborted' && g.cls !== 'blocked',
      entryTitle: g.key,
      summary: requests[0]?.statusLine ?? '',
      leads: [
        ...extraText,
        ...requests.flatMap((r) => (Array.isArray(r.headers) ? r.headers : []).map((h) => String(h))),
      ],
      requestIds: requests.map((r) => r.error ?? r.requestId),
      requests: requests.map((r) => ({ method: r.method, url: r.url, type: r.type, time: r.time })),
    };
  });
  return {
    pageUrl: log.pageUrl,
    browser: 'TestBrowser 1.0',
    generatedAt: 1_700_000_000_000,
    verdict: 'v',
    groups,
    droppedDetails: log.dropped,
  };
}

// ---- Checks ---------------------------------------------------------------------

/** C0/C1 controls, DEL, line and paragraph separators, bidi overrides and isolates. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const RUNS = { numRuns: 300 };

describe('exports (property-based)', () => {
  it('redactUrl and redactText never throw and always return a string', () => {
    fc.assert(
      fc.property(fc.oneof(urlArb, nastyString(200), fc.anything() as fc.Arbitrary<string>), (s) => {
        expect(typeof redactUrl(s)).toBe('string');
        expect(typeof redactText(s)).toBe('string');
      }),
      { numRuns: 500 },
    );
  });

  it('redactUrl (and redactText) is idempotent', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          urlArb,
          secretUrlArb.map((s) => s.url),
        ),
        (url) => {
          const once = redactUrl(url);
          expect(redactUrl(once)).toBe(once);
          const text = redactText(url);
          expect(redactText(text)).toBe(text);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never lets the value of a secret-named parameter through redactUrl or redactText', () => {
    fc.assert(
      fc.property(secretUrlArb, secretTextArb, ({ url, secret }, t) => {
        expect(redactUrl(url)).not.toContain(secret);
        expect(redactText(url)).not.toContain(secret);
        expect(redactText(t.text)).not.toContain(t.secret);
      }),
      { numRuns: 500 },
    );
  });

  it('curlCommand is one line a shell reads as inert words, for any method and URL', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          urlArb,
          secretUrlArb.map((s) => s.url),
        ),
        fc.oneof(
          fc.constantFrom('GET', 'HEAD', 'POST', 'DELETE'),
          nastyString(20),
          fc.anything() as fc.Arbitrary<string>,
        ),
        (url, method) => {
          const cmd = curlCommand({ method, url });
          expect(cmd).not.toMatch(/[\n\r]/);
          expect(cmd).not.toMatch(UNSAFE);
          const words = shellWords(cmd);
          expect(words[0]).toBe('curl');
          // curl, [-I | -X METHOD], [-g], [--url], URL
          expect(words.length).toBeLessThanOrEqual(6);
        },
      ),
      RUNS,
    );
  });

  it('markdownReport, harFromLog and jsonExport never throw on logs storage could hold', () => {
    fc.assert(
      fc.property(storedLogArb, (log) => {
        const md = markdownReport(reportInput(log));
        expect(md.endsWith('\n')).toBe(true);
        expect(md.replace(/\n/g, '')).not.toMatch(UNSAFE);
        const har = harFromLog(log, META);
        expect(har.log.entries).toHaveLength(log.recent.length + (log.mainDocument ? 1 : 0));
        expect(() => JSON.stringify(har)).not.toThrow();
        const json = jsonExport(log, { generatedAt: Number.NaN, extensionVersion: '0.1.0' });
        expect(json.failures).toHaveLength(har.log.entries.length);
        expect(() => JSON.stringify(json)).not.toThrow();
      }),
      RUNS,
    );
  });

  it('markdownReport is plain text lines of bounded length, whatever the servers sent', () => {
    fc.assert(
      fc.property(logArb, fc.array(nastyString(3000), { maxLength: 3 }), (log, texts) => {
        const md = markdownReport(reportInput(log, texts));
        for (const line of md.split('\n')) {
          expect(line).not.toMatch(UNSAFE);
          expect(line.length).toBeLessThanOrEqual(8000);
        }
      }),
      RUNS,
    );
  });

  it('HAR and JSON exports of recorded logs survive the JSON round trip unchanged', () => {
    fc.assert(
      fc.property(logArb, (log) => {
        const har = harFromLog(log, META);
        expect(JSON.parse(JSON.stringify(har))).toEqual(har);
        for (const e of har.log.entries) expect(e.request.url).toBe(redactUrl(e.request.url));
        const json = jsonExport(log, { generatedAt: 1_700_000_000_000, extensionVersion: '0.1.0' });
        expect(JSON.parse(JSON.stringify(json))).toEqual(json);
      }),
      RUNS,
    );
  });

  it('no export carries a secret, wherever the page or the server put it', () => {
    fc.assert(
      fc.property(
        secretUrlArb,
        fc.array(secretUrlArb, { minLength: 1, maxLength: 4 }),
        secretUrlArb,
        secretTextArb,
        fc.constantFrom('url', 'initiator', 'location', 'link', 'error', 'status-line'),
        (page, requests, ref, text, where) => {
          const secrets = [page.secret, ref.secret, text.secret, ...requests.map((r) => r.secret)];
          const obs = requests.map(({ url }, i) => {
            const type = i === 0 ? 'main_frame' : 'image';
            switch (where) {
              case 'initiator':
                // Firefox reports the document's full URL (originUrl) as the initiator.
                return observation(url, { type, initiator: page.url });
              case 'location':
                return observation(url, { type, headers: [['Location', ref.url]] });
              case 'link':
                return observation(url, { type, status: 451, headers: [['Link', `<${ref.url}>; rel="blocked-by"`]] });
              case 'error':
                return observation(url, { type, error: text.text });
              case 'status-line':
                return observation(url, { type, status: 503, statusLine: `HTTP/1.1 503 ${text.text}` });
              default:
                return observation(url, { type });
            }
          });
          const log = logOf(page.url, obs);
          const outputs = [
            markdownReport(reportInput(log, [text.text])),
            JSON.stringify(harFromLog(log, META)),
            JSON.stringify(jsonExport(log, { generatedAt: 1, extensionVersion: '0.1.0' })),
            ...[...log.recent, ...(log.mainDocument ? [log.mainDocument] : [])].map((r) => curlCommand(r)),
          ];
          for (const out of outputs) for (const s of secrets) expect(out).not.toContain(s);
        },
      ),
      { numRuns: 300 },
    );
  });
});
