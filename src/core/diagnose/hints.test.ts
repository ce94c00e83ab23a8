import { describe, expect, it } from 'vitest';
import type { FailureRecord } from '../tab-log';
import { readHints, type Hint } from './hints';

const NOW = Date.UTC(2025, 0, 15, 12, 0, 0);

/** A failed response as the tab log keeps it. */
function rec(status: number, headers: [string, string][], over: Partial<FailureRecord> = {}): FailureRecord {
  return {
    requestId: '1',
    key: String(status),
    cls: status >= 500 ? 'server' : 'client',
    url: 'https://shop.example.com/api/cart',
    method: 'GET',
    type: 'xmlhttprequest',
    frameId: 0,
    parentFrameId: -1,
    time: NOW,
    status,
    statusLine: `HTTP/1.1 ${status}`,
    headers,
    ...over,
  };
}

const of = <K extends Hint['kind']>(hints: Hint[], kind: K): Extract<Hint, { kind: K }>[] =>
  hints.filter((h): h is Extract<Hint, { kind: K }> => h.kind === kind);

const retry = (value: string) => of(readHints(rec(429, [['retry-after', value]]), NOW), 'retry-after');

describe('Retry-After', () => {
  it('reads delay seconds', () => {
    expect(retry('120')).toEqual([{ kind: 'retry-after', at: NOW + 120_000, seconds: 120, past: false }]);
    expect(retry('0')).toEqual([{ kind: 'retry-after', at: NOW, seconds: 0, past: false }]);
  });

  it('tolerates surrounding spaces the capture did not trim', () => {
    const hints = readHints(rec(503, [['Retry-After', '  120 ']]), NOW);
    expect(of(hints, 'retry-after')[0]?.seconds).toBe(120);
  });

  it.each(['-5', 'abc', '99999999999', '1.5', '12 0', '', '0x10', `${365 * 24 * 3600 + 1}`])('ignores %j', (v) => {
    expect(retry(v)).toEqual([]);
  });

  it('accepts up to one year', () => {
    expect(retry(`${365 * 24 * 3600}`)[0]?.seconds).toBe(365 * 24 * 3600);
  });

  it('reads an HTTP-date in the future', () => {
    const at = NOW + 2 * 3600_000 + 5 * 60_000;
    expect(retry(new Date(at).toUTCString())).toEqual([{ kind: 'retry-after', at, seconds: 7500, past: false }]);
  });

  it('rounds a date partway through a second up', () => {
    expect(readHints(rec(503, [['retry-after', 'Wed, 15 Jan 2025 12:00:10 GMT']]), NOW - 500)[0]).toMatchObject({
      seconds: 11,
    });
  });

  it('says a past date means now', () => {
    expect(retry('Wed, 21 Oct 2015 07:28:00 GMT')).toEqual([
      { kind: 'retry-after', at: Date.UTC(2015, 9, 21, 7, 28, 0), seconds: 0, past: true },
    ]);
    expect(retry(new Date(NOW - 1000).toUTCString())[0]).toMatchObject({ seconds: 0, past: true });
  });

  it('ignores a date more than a year ahead and dates it cannot read', () => {
    expect(retry('Wed, 21 Oct 2099 07:28:00 GMT')).toEqual([]);
    expect(retry('2025-01-15T12:02:00Z')).toEqual([]);
  });

  it('takes the first usable of duplicate headers', () => {
    const hints = readHints(
      rec(429, [
        ['retry-after', 'soon'],
        ['retry-after', '30'],
        ['retry-after', '60'],
      ]),
      NOW,
    );
    expect(of(hints, 'retry-after').map((h) => h.seconds)).toEqual([30]);
  });

  it('needs a usable clock', () => {
    expect(readHints(rec(429, [['retry-after', '30']]), Number.NaN)).toEqual([]);
  });
});

describe('Allow', () => {
  const allow = (...values: string[]) =>
    of(
      readHints(
        rec(
          405,
          values.map((v) => ['allow', v]),
        ),
        NOW,
      ),
      'allow',
    );

  it('upper-cases, deduplicates and merges duplicates', () => {
    expect(allow('GET, HEAD')).toEqual([{ kind: 'allow', methods: ['GET', 'HEAD'] }]);
    expect(allow('get,head , GET,,options', 'POST, head')[0]?.methods).toEqual(['GET', 'HEAD', 'OPTIONS', 'POST']);
  });

  it('keeps valid tokens only', () => {
    expect(allow('GET, <script>, PO ST, HEAD, DEL…')[0]?.methods).toEqual(['GET', 'HEAD']);
    expect(allow('<b>nope</b>')).toEqual([]);
  });

  it('reports an empty Allow: nothing is allowed right now', () => {
    expect(allow('')).toEqual([{ kind: 'allow', methods: [] }]);
  });
});

describe('WWW-Authenticate and Proxy-Authenticate', () => {
  const auth = (value: string, name = 'www-authenticate') =>
    of(readHints(rec(401, [[name, value]]), NOW), 'auth-challenge');

  it('Basic with a realm', () => {
    expect(auth('Basic realm="Secure Area"')).toEqual([
      { kind: 'auth-challenge', proxy: false, scheme: 'Basic', realm: 'Secure Area' },
    ]);
  });

  it('Bearer with an expired token', () => {
    expect(auth('Bearer realm="example", error="invalid_token", error_description="The access token expired"')).toEqual(
      [
        {
          kind: 'auth-challenge',
          proxy: false,
          scheme: 'Bearer',
          realm: 'example',
          error: 'invalid_token',
          errorDescription: 'The access token expired',
        },
      ],
    );
  });

  it('Bearer with too narrow a scope', () => {
    expect(auth('Bearer error="insufficient_scope", scope="read write"')).toEqual([
      { kind: 'auth-challenge', proxy: false, scheme: 'Bearer', error: 'insufficient_scope', scope: 'read write' },
    ]);
  });

  it('Negotiate and Digest', () => {
    expect(auth('Negotiate')).toEqual([{ kind: 'auth-challenge', proxy: false, scheme: 'Negotiate' }]);
    expect(auth('Digest realm="x", qop="auth", nonce="abc"')).toEqual([
      { kind: 'auth-challenge', proxy: false, scheme: 'Digest', realm: 'x' },
    ]);
  });

  it('an escaped quote in a realm', () => {
    expect(auth('Basic realm="a\\"b"')[0]?.realm).toBe('a"b');
  });

  it('a proxy asking', () => {
    expect(auth('Basic realm="corp proxy"', 'proxy-authenticate')).toEqual([
      { kind: 'auth-challenge', proxy: true, scheme: 'Basic', realm: 'corp proxy' },
    ]);
  });

  it('the first of several headers and challenges', () => {
    const hints = readHints(
      rec(401, [
        ['www-authenticate', ''],
        ['www-authenticate', 'Negotiate, NTLM'],
        ['www-authenticate', 'Basic realm="fallback"'],
      ]),
      NOW,
    );
    expect(of(hints, 'auth-challenge').map((h) => h.scheme)).toEqual(['Negotiate']);
  });
});

describe('bot challenges', () => {
  it('Cloudflare cf-mitigated: challenge', () => {
    expect(of(readHints(rec(403, [['cf-mitigated', 'challenge']]), NOW), 'bot-challenge')).toEqual([
      { kind: 'bot-challenge', platform: 'cloudflare' },
    ]);
    expect(of(readHints(rec(403, [['cf-mitigated', 'Challenge ']]), NOW), 'bot-challenge')).toHaveLength(1);
    expect(of(readHints(rec(403, [['cf-mitigated', 'block']]), NOW), 'bot-challenge')).toEqual([]);
  });

  it.each(['captcha', 'challenge', 'block'] as const)('AWS WAF %s', (action) => {
    expect(of(readHints(rec(405, [['x-amzn-waf-action', action.toUpperCase()]]), NOW), 'bot-challenge')).toEqual([
      { kind: 'bot-challenge', platform: 'aws-waf', action },
    ]);
  });

  it('ignores other WAF actions', () => {
    expect(of(readHints(rec(403, [['x-amzn-waf-action', 'allow']]), NOW), 'bot-challenge')).toEqual([]);
  });
});

describe('Link rel="blocked-by" on 451', () => {
  const blocked = (link: string, status = 451) => of(readHints(rec(status, [['link', link]]), NOW), 'blocked-by');

  it('keeps the blocking entity', () => {
    expect(blocked('<https://isp.example.net/legal>; rel="blocked-by"')).toEqual([
      { kind: 'blocked-by', url: 'https://isp.example.net/legal' },
    ]);
  });

  it('finds it among other links and relation types, and resolves relative references', () => {
    expect(
      blocked('<https://shop.example.com/style.css>; rel=preload; as=style, </legal/notice>; rel="blocked-by other"'),
    ).toEqual([{ kind: 'blocked-by', url: 'https://shop.example.com/legal/notice' }]);
    expect(blocked('<https://a.example/x,y>; REL=blocked-by')[0]?.url).toBe('https://a.example/x,y');
  });

  it('drops non-http URLs, other relations and other statuses', () => {
    expect(blocked('<javascript:alert(1)>; rel="blocked-by"')).toEqual([]);
    expect(blocked('<data:text/html,hi>; rel="blocked-by"')).toEqual([]);
    expect(blocked('<https://a.example/>; rel="blocked"')).toEqual([]);
    expect(blocked('<https://a.example/>; title="rel=blocked-by"')).toEqual([]);
    expect(blocked('<https://a.example/>; rel="blocked-by"', 403)).toEqual([]);
    expect(blocked('garbage')).toEqual([]);
  });
});

describe('Content-Type and method for 405/406/415/501', () => {
  it.each([405, 406, 415, 501])('%i gives the answer media type', (status) => {
    const hints = readHints(rec(status, [['content-type', 'Application/JSON; charset=utf-8']]), NOW);
    expect(of(hints, 'content-type')).toEqual([{ kind: 'content-type', value: 'application/json' }]);
  });

  it('not for other statuses, nor for junk values', () => {
    expect(of(readHints(rec(404, [['content-type', 'text/html']]), NOW), 'content-type')).toEqual([]);
    expect(of(readHints(rec(415, [['content-type', 'html']]), NOW), 'content-type')).toEqual([]);
  });

  it('405 and 501 name the request method', () => {
    expect(of(readHints(rec(405, [], { method: 'post' }), NOW), 'method')).toEqual([
      { kind: 'method', method: 'POST', status: 405 },
    ]);
    expect(of(readHints(rec(501, [], { method: 'PROPFIND' }), NOW), 'method')).toEqual([
      { kind: 'method', method: 'PROPFIND', status: 501 },
    ]);
    expect(of(readHints(rec(415, [], { method: 'POST' }), NOW), 'method')).toEqual([]);
    expect(of(readHints(rec(405, [], { method: 'GE T' }), NOW), 'method')).toEqual([]);
  });
});

describe('errors served from a CDN cache', () => {
  const cached = (headers: [string, string][], status = 503) => of(readHints(rec(status, headers), NOW), 'cdn-cached');

  it('CloudFront', () => {
    expect(cached([['x-cache', 'Hit from cloudfront']])).toEqual([
      { kind: 'cdn-cached', platform: 'cloudfront', detail: 'x-cache: Hit from cloudfront' },
    ]);
    expect(cached([['x-cache', 'RefreshHit from cloudfront']])[0]?.platform).toBe('cloudfront');
    // An error CloudFront passed on or produced, not necessarily from its cache.
    expect(cached([['x-cache', 'Error from cloudfront']])).toEqual([]);
    expect(cached([['x-cache', 'Miss from cloudfront']])).toEqual([]);
  });

  it('Cloudflare HIT and STALE, not MISS or DYNAMIC', () => {
    expect(cached([['cf-cache-status', 'HIT']])).toEqual([
      { kind: 'cdn-cached', platform: 'cloudflare', detail: 'cf-cache-status: HIT' },
    ]);
    expect(cached([['cf-cache-status', 'stale']])).toHaveLength(1);
    expect(cached([['cf-cache-status', 'MISS']])).toEqual([]);
    expect(cached([['cf-cache-status', 'DYNAMIC']])).toEqual([]);
  });

  it('Vercel', () => {
    expect(cached([['x-vercel-cache', 'HIT']])[0]?.platform).toBe('vercel');
    expect(cached([['x-vercel-cache', 'MISS']])).toEqual([]);
  });

  it('Fastly only when Fastly answered', () => {
    expect(
      cached([
        ['x-served-by', 'cache-iad-kiad7000025-IAD, cache-lhr7380-LHR'],
        ['x-cache', 'MISS, HIT'],
      ]),
    ).toEqual([{ kind: 'cdn-cached', platform: 'fastly', detail: 'x-cache: MISS, HIT' }]);
    expect(
      cached([
        ['x-fastly-request-id', 'abc'],
        ['x-cache', 'MISS, MISS'],
      ]),
    ).toEqual([]);
    expect(cached([['x-cache', 'HIT']])).toEqual([]);
    expect(
      cached([
        ['x-served-by', 'cache-fra-eddf8230042-FRA'],
        ['x-cache', 'HITS'],
      ]),
    ).toEqual([]);
  });

  it('only on an error status', () => {
    expect(cached([['cf-cache-status', 'HIT']], 304)).toEqual([]);
  });
});

describe('request ids', () => {
  it('lists the ids to quote to support, labelled', () => {
    const hints = readHints(
      rec(502, [
        ['server', 'cloudflare'],
        ['cf-ray', '8f1e2d3c4b5a6978-LHR'],
        ['x-request-id', 'f1d2c3b4-aaaa-bbbb-cccc-0123456789ab'],
        ['x-nf-request-id', '01JHB6W7Y8Z9'],
      ]),
      NOW,
    );
    expect(of(hints, 'request-id')).toEqual([
      { kind: 'request-id', label: 'Cloudflare Ray ID', header: 'cf-ray', value: '8f1e2d3c4b5a6978-LHR' },
      { kind: 'request-id', label: 'Netlify request ID', header: 'x-nf-request-id', value: '01JHB6W7Y8Z9' },
      {
        kind: 'request-id',
        label: 'Request ID',
        header: 'x-request-id',
        value: 'f1d2c3b4-aaaa-bbbb-cccc-0123456789ab',
      },
    ]);
  });

  it.each([
    ['x-amz-cf-id', 'CloudFront request ID'],
    ['x-amz-request-id', 'Amazon S3 request ID'],
    ['x-amzn-requestid', 'AWS request ID'],
    ['x-vercel-id', 'Vercel request ID'],
    ['x-azure-ref', 'Azure reference'],
    ['x-github-request-id', 'GitHub request ID'],
    ['x-fastly-request-id', 'Fastly request ID'],
  ])('%s is labelled %s', (header, label) => {
    expect(of(readHints(rec(500, [[header, 'id-1']]), NOW), 'request-id')).toEqual([
      { kind: 'request-id', label, header, value: 'id-1' },
    ]);
  });

  it('skips empty values and keeps the first of duplicates', () => {
    const hints = readHints(
      rec(500, [
        ['cf-ray', ''],
        ['cf-ray', 'second'],
        ['cf-ray', 'third'],
      ]),
      NOW,
    );
    expect(of(hints, 'request-id').map((h) => h.value)).toEqual(['second']);
  });
});

describe('readHints as a whole', () => {
  it('reads a real Cloudflare challenge answer in a stable order', () => {
    const hints = readHints(
      rec(403, [
        ['content-type', 'text/html; charset=UTF-8'],
        ['cf-mitigated', 'challenge'],
        ['server', 'cloudflare'],
        ['cf-ray', '8f1e2d3c4b5a6978-LHR'],
        ['cf-cache-status', 'DYNAMIC'],
      ]),
      NOW,
    );
    expect(hints.map((h) => h.kind)).toEqual(['bot-challenge', 'request-id']);
  });

  it('a 429 with everything', () => {
    const hints = readHints(
      rec(429, [
        ['retry-after', '120'],
        ['x-amzn-waf-action', 'captcha'],
        ['x-amzn-requestid', 'r-1'],
      ]),
      NOW,
    );
    expect(hints.map((h) => h.kind)).toEqual(['retry-after', 'bot-challenge', 'request-id']);
  });

  it('is empty for a network failure and for junk headers', () => {
    const netFail: FailureRecord = {
      requestId: '2',
      key: 'net::ERR_FAILED',
      cls: 'network',
      url: 'https://shop.example.com/api/cart',
      method: 'GET',
      type: 'fetch',
      frameId: 0,
      parentFrameId: -1,
      time: NOW,
      error: 'net::ERR_FAILED',
    };
    expect(readHints(netFail, NOW)).toEqual([]);
    const junk = rec(500, [null, ['retry-after'], ['allow', 5]] as unknown as [string, string][]);
    expect(readHints(junk, NOW)).toEqual([]);
    expect(readHints({ ...rec(500, []), headers: 'x' as unknown as [string, string][] }, NOW)).toEqual([]);
  });
});
