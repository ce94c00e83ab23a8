import { describe, expect, it } from 'vitest';
import type { ContextHint } from './context';
import { translate } from '../../../test/fakes/translate';
import { formatCountdown, hintText } from './format';
import type { Hint } from './hints';

const NOW = Date.UTC(2025, 0, 15, 12, 0, 0);

describe('formatCountdown', () => {
  it.each([
    [0, '0:00'],
    [1, '0:01'],
    [59, '0:59'],
    [118, '1:58'],
    [119.2, '2:00'],
    [3599, '59:59'],
    [3600, '1 h'],
    [7500, '2 h 5 min'],
    [7501, '2 h 6 min'],
    [86399, '1 d'],
    [86340, '23 h 59 min'],
    [86400, '1 d'],
    [90000, '1 d 1 h'],
    [365 * 86400, '365 d'],
    [-5, '0:00'],
    [Number.NaN, '0:00'],
    [Infinity, '0:00'],
  ])('%d s -> %s', (s, text) => {
    expect(formatCountdown(s)).toBe(text);
  });
});

describe('hintText', () => {
  const text = (h: Hint | ContextHint, now = NOW) => hintText(h, now, translate);

  it('counts down a Retry-After against the clock it is given', () => {
    const h: Hint = { kind: 'retry-after', at: NOW + 118_000, seconds: 118, past: false };
    expect(text(h)).toBe('Try again in 1:58');
    expect(text(h, NOW + 60_000)).toBe('Try again in 0:58');
    expect(text({ ...h, at: NOW + 7_500_000 })).toBe('Try again in 2 h 5 min');
    expect(text(h, NOW + 200_000)).toBe('The server said it could be retried from now');
    expect(text({ kind: 'retry-after', at: NOW - 1, seconds: 0, past: true })).toBe(
      'The server said it could be retried from now',
    );
  });

  it('lists allowed methods', () => {
    expect(text({ kind: 'allow', methods: ['GET', 'HEAD'] })).toBe('This address accepts GET, HEAD');
    expect(text({ kind: 'allow', methods: [] })).toBe('This address accepts no request methods right now');
  });

  it('explains auth challenges', () => {
    const base = { kind: 'auth-challenge', proxy: false } as const;
    expect(
      text({ ...base, scheme: 'Bearer', error: 'invalid_token', errorDescription: 'The access token expired' }),
    ).toBe('Expected a Bearer token: invalid_token (The access token expired)');
    expect(text({ ...base, scheme: 'Bearer', error: 'insufficient_scope', scope: 'read write' })).toBe(
      'Expected a Bearer token: insufficient_scope (needs scope: read write)',
    );
    expect(text({ ...base, scheme: 'Bearer', realm: 'example' })).toBe('Expected a Bearer token');
    expect(text({ ...base, scheme: 'Basic', realm: 'Secure Area' })).toBe(
      'Asks for a user name and password (Basic, realm "Secure Area")',
    );
    expect(text({ ...base, scheme: 'Digest', realm: 'x' })).toBe(
      'Asks for a user name and password (Digest, realm "x")',
    );
    expect(text({ ...base, scheme: 'Negotiate' })).toBe('Asks for a Windows or Kerberos sign-in (Negotiate)');
    expect(text({ ...base, scheme: 'Newauth', realm: '' })).toBe('Asks to sign in (Newauth)');
    expect(text({ ...base, proxy: true, scheme: 'Basic', realm: 'corp' })).toBe(
      'The proxy asks for a user name and password (Basic, realm "corp")',
    );
    expect(text({ ...base, proxy: true, scheme: 'Bearer' })).toBe('The proxy expected a Bearer token');
  });

  it('says a bot check is not a broken site', () => {
    expect(text({ kind: 'bot-challenge', platform: 'cloudflare' })).toBe(
      'A bot check page (Cloudflare), not a broken site',
    );
    expect(text({ kind: 'bot-challenge', platform: 'aws-waf', action: 'captcha' })).toBe(
      'A CAPTCHA page (AWS WAF), not a broken site',
    );
    expect(text({ kind: 'bot-challenge', platform: 'aws-waf', action: 'challenge' })).toBe(
      'A bot check page (AWS WAF), not a broken site',
    );
    expect(text({ kind: 'bot-challenge', platform: 'aws-waf', action: 'block' })).toBe(
      'Stopped by a firewall rule (AWS WAF) before it reached the site',
    );
  });

  it('names the blocking entity, method, media type, cache and request id', () => {
    expect(text({ kind: 'blocked-by', url: 'https://isp.example.net/legal' })).toBe(
      'Blocked for legal reasons by isp.example.net',
    );
    expect(text({ kind: 'content-type', value: 'application/json' })).toBe('The server answered with application/json');
    expect(text({ kind: 'method', method: 'POST', status: 405 })).toBe('This address does not accept POST requests');
    expect(text({ kind: 'method', method: 'PATCH', status: 501 })).toBe('The server does not support the PATCH method');
    expect(text({ kind: 'cdn-cached', platform: 'cloudfront', detail: 'x-cache: Hit from cloudfront' })).toBe(
      'Error served from the CloudFront cache',
    );
    expect(text({ kind: 'cdn-cached', platform: 'fastly', detail: 'x-cache: HIT' })).toBe(
      'Error served from the Fastly cache',
    );
    expect(
      text({ kind: 'request-id', label: 'Cloudflare Ray ID', header: 'cf-ray', value: '8f1e2d3c4b5a6978-LHR' }),
    ).toBe('Cloudflare Ray ID: 8f1e2d3c4b5a6978-LHR');
  });

  it('words the request context', () => {
    expect(text({ kind: 'party', party: 'third', site: 'tracker.net', pageSite: 'example.com' })).toBe(
      "Third-party request: it doesn't break this page's own content",
    );
    expect(text({ kind: 'party', party: 'first', site: 'example.com', pageSite: 'example.com' })).toBe(
      'First-party request: part of this site (example.com)',
    );
    expect(text({ kind: 'cors-likely', requestOrigin: 'https://api.x', pageOrigin: 'https://y' })).toBe(
      'Cross-origin API call that failed without a status: most often CORS. Open DevTools > Console to confirm.',
    );
    expect(text({ kind: 'mixed-content' })).toBe(
      'Insecure (http) request from a secure page: blocked as mixed content',
    );
    expect(text({ kind: 'repeated', count: 5 })).toBe('Failed 5 times for the same address');
    expect(text({ kind: 'role', role: 'document' })).toBe('The page itself failed');
    expect(text({ kind: 'role', role: 'subframe' })).toBe('A frame embedded in the page failed');
    expect(text({ kind: 'resource', resource: 'stylesheet' })).toBe('A stylesheet: the page may look unstyled');
  });

  it('has a non-empty line for every resource kind and role', () => {
    for (const resource of ['api', 'image', 'script', 'stylesheet', 'font', 'media', 'other'] as const) {
      expect(text({ kind: 'resource', resource }).length).toBeGreaterThan(10);
    }
    expect(text({ kind: 'role', role: 'subresource' }).length).toBeGreaterThan(10);
  });
});
