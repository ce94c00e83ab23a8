import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePattern, detectPlatforms, HEADER_RULES, LAYER_ORDER, PLATFORMS, type PlatformId } from './platforms';

type H = [string, string][];

const ids = (headers: H): PlatformId[] => detectPlatforms(headers).map((m) => m.id);

/** platform-headers.csv rows (no quoted commas in that file). */
function csvRows(): { platform: string; header: string; pattern: string }[] {
  const text = readFileSync(new URL('../../../../shared/reference/platform-headers.csv', import.meta.url), 'utf8');
  const [, ...rows] = text.trim().split('\n');
  return rows.map((r) => {
    const [platform = '', header = '', pattern = ''] = r.split(',');
    return { platform, header, pattern };
  });
}

describe('platform rules', () => {
  it('carry every row of platform-headers.csv as written', () => {
    const rows = csvRows();
    expect(rows.length).toBeGreaterThan(30);
    for (const row of rows) {
      expect(HEADER_RULES).toContainEqual({ platform: row.platform, header: row.header, pattern: row.pattern });
    }
  });

  it('name a known platform in every rule, and every platform has a rule', () => {
    const known = new Set(PLATFORMS.map((p) => p.id));
    for (const r of HEADER_RULES) expect(known.has(r.platform)).toBe(true);
    for (const p of PLATFORMS) expect(HEADER_RULES.some((r) => r.platform === p.id)).toBe(true);
    expect(new Set(PLATFORMS.map((p) => p.id)).size).toBe(19);
  });

  it('list platforms by layer, edge first', () => {
    const order = PLATFORMS.map((p) => LAYER_ORDER.indexOf(p.layer));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('adds boundaries only to open ends next to a word character', () => {
    expect(compilePattern('vegur').test('1.1 vegur')).toBe(true);
    expect(compilePattern('vegur').test('1.1 vegurx')).toBe(false);
    expect(compilePattern('vegur').test('1.1 xvegur')).toBe(false);
    expect(compilePattern('^cache-').test('cache-fra-eddf8230042-FRA')).toBe(true);
    expect(compilePattern('.+').test('x')).toBe(true);
    expect(compilePattern('.+').test('')).toBe(false);
    expect(compilePattern('^cloudflare$').test('CLOUDFLARE')).toBe(true);
  });
});

describe('detectPlatforms on recorded header sets', () => {
  it('Cloudflare 522 in front of an unknown origin', () => {
    const m = detectPlatforms([
      ['date', 'Tue, 14 Jan 2025 10:00:00 GMT'],
      ['content-type', 'text/html; charset=UTF-8'],
      ['cf-cache-status', 'DYNAMIC'],
      ['server', 'cloudflare'],
      ['cf-ray', '8f1e2d3c4b5a6978-LHR'],
    ]);
    expect(m).toEqual([
      {
        id: 'cloudflare',
        name: 'Cloudflare',
        layer: 'edge',
        evidence: ['cf-cache-status: DYNAMIC', 'server: cloudflare', 'cf-ray: 8f1e2d3c4b5a6978-LHR'],
      },
    ]);
  });

  it('Cloudflare in front of Netlify: both, edge first', () => {
    const m = detectPlatforms([
      ['x-nf-request-id', '01JHB6W7Y8Z9ABCDEF0123456'],
      ['server', 'cloudflare'],
      ['cf-ray', '8f1e2d3c4b5a6978-CDG'],
    ]);
    expect(m.map((x) => [x.id, x.layer])).toEqual([
      ['cloudflare', 'edge'],
      ['netlify', 'host'],
    ]);
    expect(m[1]?.evidence).toEqual(['x-nf-request-id: 01JHB6W7Y8Z9ABCDEF0123456']);
  });

  it('CloudFront in front of S3 (403 AccessDenied)', () => {
    const m = detectPlatforms([
      ['content-type', 'application/xml'],
      ['server', 'AmazonS3'],
      ['x-amz-request-id', 'XK2R4Z9M1B7QY3PD'],
      ['x-amz-id-2', 'k1m2n3o4p5q6r7s8t9u0v1w2x3y4z5a6b7c8d9e0f1g2h3i4j5k6l7m8n9o0p1q2r3s4t5u6v7w8='],
      ['x-cache', 'Error from cloudfront'],
      ['via', '1.1 3f4c9a2b1e0d5c6b7a8f9e0d1c2b3a4f.cloudfront.net (CloudFront)'],
      ['x-amz-cf-pop', 'FRA56-P5'],
      ['x-amz-cf-id', 'Qd0rTz1X9yWv8uT7sR6qP5oN4mL3kJ2iH1gF0eD9cB8aZ7yX6wV5uA=='],
    ]);
    expect(m.map((x) => x.id)).toEqual(['cloudfront', 'amazon-s3']);
    expect(m[0]?.name).toBe('Amazon CloudFront');
    expect(m[0]?.evidence).toHaveLength(3);
    expect(m[1]?.name).toBe('Amazon S3');
  });

  it("CloudFront's own error: only x-cache and via", () => {
    expect(ids([['x-cache', 'Error from cloudfront']])).toEqual(['cloudfront']);
    expect(ids([['via', '1.1 abc.cloudfront.net (CloudFront)']])).toEqual(['cloudfront']);
  });

  it('GitHub Pages behind Fastly', () => {
    const m = detectPlatforms([
      ['server', 'GitHub.com'],
      ['content-type', 'text/html; charset=utf-8'],
      ['x-github-request-id', 'A1B2:3C4D:5E6F70:6A7B8C:678E1F2A'],
      ['via', '1.1 varnish'],
      ['x-served-by', 'cache-fra-eddf8230042-FRA'],
      ['x-cache', 'MISS'],
      ['x-fastly-request-id', '7c1e0f6d2b9a8e3c4d5f6a7b8c9d0e1f2a3b4c5d'],
    ]);
    expect(m.map((x) => [x.id, x.layer])).toEqual([
      ['fastly', 'edge'],
      ['github-pages', 'host'],
    ]);
  });

  it('Fastly shielding lists two caches in x-served-by', () => {
    expect(ids([['x-served-by', 'cache-iad-kiad7000025-IAD, cache-lhr7380-LHR']])).toEqual(['fastly']);
  });

  it('AWS load balancer 502 and 503', () => {
    expect(ids([['server', 'awselb/2.0']])).toEqual(['aws-elb']);
    expect(ids([['server', 'awselb']])).toEqual(['aws-elb']);
  });

  it('AWS WAF CAPTCHA behind CloudFront', () => {
    expect(
      ids([
        ['x-amzn-waf-action', 'captcha'],
        ['x-cache', 'Error from cloudfront'],
        ['x-amz-cf-id', 'abc=='],
      ]),
    ).toEqual(['cloudfront', 'aws-waf']);
  });

  it('Akamai', () => {
    expect(ids([['server', 'AkamaiGHost']])).toEqual(['akamai']);
    expect(ids([['x-akamai-transformed', '9 - 0 pmb=mRUM,1']])).toEqual(['akamai']);
    expect(ids([['server', 'AkamaiNetStorage']])).toEqual([]);
  });

  it('Vercel', () => {
    const m = detectPlatforms([
      ['server', 'Vercel'],
      ['x-vercel-id', 'fra1::iad1::8xk2p-1736850000000-0a1b2c3d4e5f'],
      ['x-vercel-cache', 'MISS'],
      ['x-vercel-error', 'NOT_FOUND'],
    ]);
    expect(m.map((x) => x.id)).toEqual(['vercel']);
    expect(m[0]?.evidence).toHaveLength(3);
  });

  it('Netlify alone', () => {
    expect(
      ids([
        ['server', 'Netlify'],
        ['x-nf-request-id', '01JHB6W7Y8Z9ABCDEF0123456'],
      ]),
    ).toEqual(['netlify']);
  });

  it('Azure Front Door', () => {
    expect(
      ids([
        ['x-azure-ref', '20250114T100000Z-17f9c8d6b5a4c3b2-abcdefghijkl0000000000000000000000000'],
        ['x-cache', 'CONFIG_NOCACHE'],
      ]),
    ).toEqual(['azure-front-door']);
  });

  it('Google Cloud load balancer and Cloud Run', () => {
    expect(
      ids([
        ['server', 'Google Frontend'],
        ['via', '1.1 google'],
        ['x-cloud-trace-context', '105445aa7843bc8bf206b12000100000/1;o=1'],
      ]),
    ).toEqual(['google-cloud']);
    expect(ids([['via', '1.1 google, 1.1 varnish']])).toEqual(['google-cloud']);
  });

  it('Heroku router', () => {
    expect(
      ids([
        ['server', 'Cowboy'],
        ['via', '1.1 vegur'],
      ]),
    ).toEqual(['heroku']);
  });

  it('nginx, openresty, Apache, IIS with their versions', () => {
    expect(ids([['server', 'nginx']])).toEqual(['nginx']);
    expect(ids([['server', 'nginx/1.25.3']])).toEqual(['nginx']);
    expect(ids([['server', 'openresty/1.21.4.3']])).toEqual(['nginx']);
    expect(ids([['server', 'openresty']])).toEqual(['nginx']);
    expect(ids([['server', 'Apache']])).toEqual(['apache']);
    expect(ids([['server', 'Apache/2.4.62 (Debian)']])).toEqual(['apache']);
    expect(ids([['server', 'Microsoft-IIS/10.0']])).toEqual(['iis']);
  });

  it('application frameworks under their servers', () => {
    expect(
      ids([
        ['x-powered-by', 'ASP.NET'],
        ['x-aspnet-version', '4.0.30319'],
        ['server', 'Microsoft-IIS/8.5'],
      ]),
    ).toEqual(['iis', 'aspnet']);
    expect(ids([['x-powered-by', 'Express']])).toEqual(['express']);
    expect(
      ids([
        ['x-powered-by', 'PHP/8.2.12'],
        ['server', 'Apache/2.4.58 (Ubuntu)'],
      ]),
    ).toEqual(['apache', 'php']);
  });

  it('a full stack comes out in the order a request passes it', () => {
    expect(
      ids([
        ['x-powered-by', 'PHP/8.3.1'],
        ['server', 'nginx/1.24.0'],
        ['via', '1.1 vegur'],
        ['cf-ray', '8f1e2d3c4b5a6978-AMS'],
      ]),
    ).toEqual(['cloudflare', 'heroku', 'nginx', 'php']);
  });
});

describe('detectPlatforms does not guess', () => {
  it.each<[string, string]>([
    ['server', 'unknown'],
    ['server', ''],
    ['via', '1.1 vegurx'],
    ['via', '1.1 varnish'],
    ['via', '1.1 googlers'],
    ['server', 'nginxx'],
    ['server', 'my-nginx'],
    ['server', 'Apache-Coyote/1.1'],
    ['server', 'Microsoft-HTTPAPI/2.0'],
    ['server', 'cloudflare-workers-proxy'],
    ['server', 'Vercel Edge'],
    ['server', 'GitHub.com.evil'],
    ['server', 'gws'],
    ['server', 'AmazonS3x'],
    ['x-powered-by', 'Express 5'],
    ['x-powered-by', 'Next.js'],
    ['x-powered-by', 'PHPX'],
    ['x-served-by', 'nginx-1'],
    ['x-cache', 'HIT'],
    ['x-cache', 'Error from cloudfrontx'],
    ['cf-mitigated', 'challenged'],
    ['cf-ray', ''],
    ['x-request-id', 'f1d2c3b4'],
    ['content-type', 'text/html; server=cloudflare'],
  ])('%s: %s matches nothing', (name, value) => {
    expect(detectPlatforms([[name, value]])).toEqual([]);
  });

  it('cf-mitigated alone only says Cloudflare when it is a challenge', () => {
    expect(ids([['cf-mitigated', 'challenge']])).toEqual(['cloudflare']);
  });
});

describe('detectPlatforms reads headers defensively', () => {
  it('matches names in any case and values with odd spacing', () => {
    const m = detectPlatforms([
      ['Server', 'CloudFlare'],
      ['CF-RAY', '8f1e2d3c4b5a6978-LHR'],
      [' X-NF-Request-ID ', '  01JHB6W7Y8Z9  '],
    ]);
    expect(m.map((x) => x.id)).toEqual(['cloudflare', 'netlify']);
    expect(m[0]?.evidence).toEqual(['server: CloudFlare', 'cf-ray: 8f1e2d3c4b5a6978-LHR']);
    expect(m[1]?.evidence).toEqual(['x-nf-request-id: 01JHB6W7Y8Z9']);
  });

  it('considers every duplicate header and keeps evidence unique', () => {
    const m = detectPlatforms([
      ['server', 'cloudflare'],
      ['server', 'nginx/1.25.3'],
      ['server', 'cloudflare'],
    ]);
    expect(m.map((x) => x.id)).toEqual(['cloudflare', 'nginx']);
    expect(m[0]?.evidence).toEqual(['server: cloudflare']);
  });

  it('skips entries that are not name/value string pairs', () => {
    const junk = [
      null,
      7,
      ['server'],
      ['server', 42],
      { 0: 'server', 1: 'nginx' },
      ['server', 'nginx'],
    ] as unknown as H;
    expect(ids(junk)).toEqual(['nginx']);
    expect(detectPlatforms(undefined as unknown as H)).toEqual([]);
    expect(detectPlatforms('server: nginx' as unknown as H)).toEqual([]);
  });
});
