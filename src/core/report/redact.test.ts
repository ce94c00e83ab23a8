import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSecretName, REDACTED, redactText, redactUrl } from './redact';

const R = REDACTED;
const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

/** [description, input, expected output]. */
const TABLE: readonly (readonly [string, string, string])[] = [
  ['plain URL is unchanged', 'https://example.com/a/b.js?v=3#top', 'https://example.com/a/b.js?v=3#top'],
  [
    'S3 presigned (SigV4)',
    'https://bucket.s3.eu-west-1.amazonaws.com/photos/cat.jpg?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20240101%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20240101T000000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024',
    `https://bucket.s3.eu-west-1.amazonaws.com/photos/cat.jpg?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${R}&X-Amz-Date=20240101T000000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=${R}`,
  ],
  [
    'S3 presigned with a session token',
    'https://b.s3.amazonaws.com/k?X-Amz-Security-Token=IQoJb3JpZ2luX2VjEJr%2F%2F%2F%2F&X-Amz-Signature=abc123',
    `https://b.s3.amazonaws.com/k?X-Amz-Security-Token=${R}&X-Amz-Signature=${R}`,
  ],
  [
    'S3 presigned (SigV2)',
    'https://b.s3.amazonaws.com/k.txt?AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Expires=1700000000&Signature=vjbyPxybdZaNmGa%2ByT272YEAiv4%3D',
    `https://b.s3.amazonaws.com/k.txt?AWSAccessKeyId=${R}&Expires=1700000000&Signature=${R}`,
  ],
  [
    'Google Cloud Storage signed URL (V4)',
    'https://storage.googleapis.com/example-bucket/cat.jpeg?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=example%40example-project.iam.gserviceaccount.com%2F20181026%2Fus-central1%2Fstorage%2Fgoog4_request&X-Goog-Date=20181026T181309Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=247a2aa45f169edf4d187d54e7cc46e4731b1e6273242c4f4c39a1d2507a0e58',
    `https://storage.googleapis.com/example-bucket/cat.jpeg?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=${R}&X-Goog-Date=20181026T181309Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=${R}`,
  ],
  [
    'Google Cloud Storage signed URL (V2)',
    'https://storage.googleapis.com/b/o?GoogleAccessId=svc%40p.iam.gserviceaccount.com&Expires=1700000000&Signature=BxP%2Bq%3D',
    `https://storage.googleapis.com/b/o?GoogleAccessId=${R}&Expires=1700000000&Signature=${R}`,
  ],
  [
    'CloudFront signed URL',
    'https://d111111abcdef8.cloudfront.net/image.jpg?Expires=1700000000&Signature=nitfHRCrtziwO2HwPfWw~yYDhUF5EwRunQA-j19DzZrvDh6hQ73lDx~-ar3UocvvRQVw6EkC~GdpGQyyOSKQim-TxAnW7d8F5Kkai9HVx0FIu-5jcQb0UEmatEXAMPLE3ReXySpLSMj0yCd3ZAB4UcBCAqEijkytL6f3fVYNGQI6&Key-Pair-Id=APKA9ONS7QCOWEXAMPLE',
    `https://d111111abcdef8.cloudfront.net/image.jpg?Expires=1700000000&Signature=${R}&Key-Pair-Id=${R}`,
  ],
  [
    'Azure SAS',
    'https://acct.blob.core.windows.net/c/b.txt?sv=2022-11-02&ss=b&srt=o&sp=r&se=2024-01-01T00:00:00Z&spr=https&sig=Zm9vYmFy%3D',
    `https://acct.blob.core.windows.net/c/b.txt?sv=2022-11-02&ss=b&srt=o&sp=r&se=2024-01-01T00:00:00Z&spr=https&sig=${R}`,
  ],
  [
    'OAuth implicit flow fragment',
    'https://app.example.com/callback#access_token=ya29.a0AfH6SMBx&token_type=Bearer&expires_in=3599&scope=email&state=xyz',
    `https://app.example.com/callback#access_token=${R}&token_type=${R}&expires_in=3599&scope=email&state=xyz`,
  ],
  [
    'OpenID Connect fragment with id_token',
    `https://rp.example.org/cb#id_token=${JWT}&session_state=abc.def`,
    `https://rp.example.org/cb#id_token=${R}&session_state=${R}`,
  ],
  [
    'authorization code in the query',
    'https://app.example.com/oauth/callback?code=4%2F0AX4XfWh&state=af0ifjsldkj&scope=openid',
    `https://app.example.com/oauth/callback?code=${R}&state=af0ifjsldkj&scope=openid`,
  ],
  [
    'SPA hash route with a query in the fragment',
    'https://app.example.com/#/auth/callback?code=abc123&state=1',
    `https://app.example.com/#/auth/callback?code=${R}&state=1`,
  ],
  [
    'JWT in the query under a secret name',
    `https://api.example.com/ws?jwt=${JWT}&room=5`,
    `https://api.example.com/ws?jwt=${R}&room=5`,
  ],
  [
    'JWT in the query under an innocent name',
    `https://api.example.com/ws?t=${JWT}&room=5`,
    `https://api.example.com/ws?t=${R}&room=5`,
  ],
  ['JWT in the path', `https://api.example.com/verify/${JWT}/done`, `https://api.example.com/verify/${R}/done`],
  [
    'basic-auth userinfo',
    'https://admin:hunter2@intranet.example.com/status',
    `https://${R}@intranet.example.com/status`,
  ],
  [
    'username only (a token as user)',
    'https://ghp_abc123@github.com/org/repo.git',
    `https://${R}@github.com/org/repo.git`,
  ],
  [
    'password with a raw @ (last @ ends the userinfo)',
    'ftp://user:p@ss@files.example.com/pub/',
    `ftp://${R}@files.example.com/pub/`,
  ],
  ['@ in the path is not userinfo', 'https://example.com/@user/posts', 'https://example.com/@user/posts'],
  ['@ in the query is not userinfo', 'https://example.com?email=a@b.com', 'https://example.com?email=a@b.com'],
  ['special scheme without slashes', 'https:user:pw@example.com/', `https:${R}@example.com/`],
  [
    'websocket with userinfo and token',
    'wss://u:p@ws.example.com/s?token=abc',
    `wss://${R}@ws.example.com/s?token=${R}`,
  ],
  [
    'IDN host (Unicode) kept as is',
    'https://bücher.example/suche?q=straße&api_key=k3y',
    `https://bücher.example/suche?q=straße&api_key=${R}`,
  ],
  [
    'IDN host (punycode) kept as is',
    'https://xn--bcher-kva.example/?password=x',
    `https://xn--bcher-kva.example/?password=${R}`,
  ],
  [
    'percent-encoded name access%5Ftoken',
    'https://example.com/?access%5Ftoken=abc&v=1',
    `https://example.com/?access%5Ftoken=${R}&v=1`,
  ],
  ['double-encoded name', 'https://example.com/?client%255Fsecret=abc', `https://example.com/?client%255Fsecret=${R}`],
  ['name with + for space', 'https://example.com/?api+key=abc', `https://example.com/?api+key=${R}`],
  [
    'repeated params, order kept',
    'https://example.com/?token=a&x=1&token=b&x=2&TOKEN=c',
    `https://example.com/?token=${R}&x=1&token=${R}&x=2&TOKEN=${R}`,
  ],
  ['empty values stay empty', 'https://example.com/?token=&password=&x=', 'https://example.com/?token=&password=&x='],
  ['params without =', 'https://example.com/?token&debug&x=1', 'https://example.com/?token&debug&x=1'],
  ['empty pieces kept', 'https://example.com/?&&token=a&&', `https://example.com/?&&token=${R}&&`],
  [
    'bracketed and dotted name parts',
    'https://example.com/?user[password]=x&user.name=bob&data[api_key]=y&session.id=z',
    `https://example.com/?user[password]=${R}&user.name=bob&data[api_key]=${R}&session.id=${R}`,
  ],
  [
    'camelCase names',
    'https://example.com/?accessToken=a&apiKey=b&sessionId=c&pageSize=20',
    `https://example.com/?accessToken=${R}&apiKey=${R}&sessionId=${R}&pageSize=20`,
  ],
  [
    'suffix names (csrftoken, clientsecret)',
    'https://example.com/?csrftoken=a&clientsecret=b&monkey=c&compass=d',
    `https://example.com/?csrftoken=${R}&clientsecret=${R}&monkey=c&compass=d`,
  ],
  [
    'nonce, hash and state are not secrets',
    'https://example.com/?nonce=n0&hash=h1&state=s2&redirect=/home',
    'https://example.com/?nonce=n0&hash=h1&state=s2&redirect=/home',
  ],
  [
    'JSESSIONID path parameter',
    'https://shop.example.com/cart;jsessionid=0AAB6C8DE415E2E5?item=3',
    `https://shop.example.com/cart;jsessionid=${R}?item=3`,
  ],
  [
    'nested raw URL in a value',
    'https://login.example.com/?next=https://app.example.com/cb?code=xyz',
    `https://login.example.com/?next=https://app.example.com/cb?code=${R}`,
  ],
  [
    'nested encoded URL in a value',
    'https://login.example.com/?continue=https%3A%2F%2Fapp.example.com%2Fcb%3Fcode%3Dxyz%26lang%3Den&hl=en',
    `https://login.example.com/?continue=https%3A%2F%2Fapp.example.com%2Fcb%3Fcode%3D${R}%26lang%3Den&hl=en`,
  ],
  [
    'nested encoded URL without secrets is untouched',
    'https://login.example.com/?continue=https%3a%2f%2fapp.example.com%2fpage%3fid%3d7',
    'https://login.example.com/?continue=https%3a%2f%2fapp.example.com%2fpage%3fid%3d7',
  ],
  ['semicolon-separated pairs', 'https://example.com/?a=1;token=abc;b=2', `https://example.com/?a=1;token=${R};b=2`],
  ['HTML-escaped ampersand', 'https://example.com/?a=1&amp;token=abc', `https://example.com/?a=1&amp;token=${R}`],
  [
    'secret value with odd characters is replaced whole',
    'https://example.com/?password=p%40ss%20w0rd!&x=1',
    `https://example.com/?password=${R}&x=1`,
  ],
  [
    'malformed percent-encoding does not throw',
    'https://example.com/?%E0%A4%A=1&token=%ZZ',
    `https://example.com/?%E0%A4%A=1&token=${R}`,
  ],
  ['relative URL', '/api/items?apikey=abc&page=2', `/api/items?apikey=${R}&page=2`],
  ['not a URL at all', 'hello world', 'hello world'],
  ['not a URL, with a query part', 'something?secret=1&x=2#pwd=3', `something?secret=${R}&x=2#pwd=${R}`],
  ['empty string', '', ''],
  ['IPv6 host with userinfo', 'http://u:p@[2001:db8::1]:8080/?sig=1', `http://${R}@[2001:db8::1]:8080/?sig=${R}`],
  [
    'Slack-style and Stripe-style keys',
    'https://hooks.example.com/x?client_secret=pi_123_secret_456&private=1&otp=123456',
    `https://hooks.example.com/x?client_secret=${R}&private=${R}&otp=${R}`,
  ],
];

describe('redactUrl', () => {
  it('has a table of at least 30 real-looking URLs', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(30);
  });

  it.each(TABLE)('%s', (_name, input, expected) => {
    expect(redactUrl(input)).toBe(expected);
  });

  it('is idempotent on the table', () => {
    for (const [, input] of TABLE) {
      const once = redactUrl(input);
      expect(redactUrl(once)).toBe(once);
    }
  });

  it('handles a 100 KB URL quickly and exactly', () => {
    const filler = 'a'.repeat(100_000);
    const url = `https://example.com/p?data=${filler}&token=${filler}&z=1`;
    const started = Date.now();
    const out = redactUrl(url);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(out).toBe(`https://example.com/p?data=${filler}&token=${R}&z=1`);
  });

  it('handles a URL of 20,000 parameters', () => {
    const url = 'https://example.com/?' + Array.from({ length: 20_000 }, (_, i) => `p${i}=${i}`).join('&') + '&key=k';
    expect(redactUrl(url)).toBe(url.slice(0, -1) + R);
  });

  it('never throws and never returns a non-string, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(typeof redactUrl(s)).toBe('string');
        expect(typeof redactText(s)).toBe('string');
      }),
      { numRuns: 500 },
    );
    expect(redactUrl(undefined as unknown as string)).toBe('');
    expect(redactUrl(42 as unknown as string)).toBe('');
  });

  it('keeps URLs that hold no secret-like word byte-for-byte', () => {
    const words =
      /token|key|secret|pass|pwd|auth|sig|session|sid|code|jwt|bearer|credential|private|otp|verifier|ticket|assertion|hmac|eyj/i;
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        fc.pre(!words.test(url));
        expect(redactUrl(url)).toBe(url);
      }),
      { numRuns: 500 },
    );
  });

  it('never lets a secret value through, wherever the secret parameter sits', () => {
    const secret = fc.stringMatching(/^[A-Za-z0-9]{16,32}$/);
    const name = fc.constantFrom(
      'token',
      'access_token',
      'api_key',
      'X-Amz-Signature',
      'password',
      'sig',
      'client_secret',
    );
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true }), name, secret, fc.boolean(), (url, n, s, inFragment) => {
        const base = url.split('#')[0] ?? '';
        const withSecret = inFragment ? `${base}#${n}=${s}` : `${base}${base.includes('?') ? '&' : '?'}${n}=${s}`;
        expect(redactUrl(withSecret)).not.toContain(s);
      }),
      { numRuns: 300 },
    );
  });
});

describe('isSecretName', () => {
  it.each([
    'token',
    'Access_Token',
    'access-token',
    'access.token',
    'x-amz-security-token',
    'X-Goog-Signature',
    'credentials',
    'user[password]',
    'access%5Ftoken',
    'apiKey',
    'AWSAccessKeyId',
    'PHPSESSID',
    'code_verifier',
    'SAMLResponse',
  ])('%s is secret', (name) => {
    expect(isSecretName(name)).toBe(true);
  });

  it.each(['nonce', 'hash', 'state', 'q', 'page', 'monkey', 'keyboard', 'sidebar', 'bypassed', 'utm_source', '', '%'])(
    '%s is not secret',
    (name) => {
      expect(isSecretName(name)).toBe(false);
    },
  );
});

describe('redactText', () => {
  it('redacts URLs inside an error message and keeps the sentence', () => {
    expect(redactText('Failed to fetch https://api.example.com/v1?token=abc123. Retrying.')).toBe(
      `Failed to fetch https://api.example.com/v1?token=${R}. Retrying.`,
    );
  });

  it('redacts several URLs, with userinfo, in parentheses and quotes', () => {
    expect(redactText('from (https://u:p@a.example/x) to "http://b.example/?sig=1"')).toBe(
      `from (https://${R}@a.example/x) to "http://b.example/?sig=${R}"`,
    );
  });

  it('redacts www. URLs', () => {
    expect(redactText('see www.example.com/?password=x now')).toBe(`see www.example.com/?password=${R} now`);
  });

  it('redacts Bearer and Basic credentials', () => {
    expect(redactText('Authorization: Bearer eyJabc.def-123')).toBe(`Authorization: Bearer ${R}`);
    expect(redactText('header "Bearer a1b2c3d4e5f6"')).toBe(`header "Bearer ${R}"`);
    expect(redactText('Authorization: Basic dXNlcjpwYXNz')).toBe(`Authorization: Basic ${R}`);
  });

  it('leaves auth challenges and plain words alone', () => {
    const challenge = 'Bearer realm="example", error="invalid_token", error_description="expired"';
    expect(redactText(challenge)).toBe(challenge);
    expect(redactText('Basic realm="Restricted"')).toBe('Basic realm="Restricted"');
    expect(redactText('missing Bearer token')).toBe('missing Bearer token');
    expect(redactText('Basic authentication failed')).toBe('Basic authentication failed');
  });

  it('redacts name=value pairs outside URLs and JSON pairs', () => {
    expect(redactText('POST /login failed: password=hunter2 user=bob')).toBe(
      `POST /login failed: password=${R} user=bob`,
    );
    expect(redactText('GET /api?x=1&apikey=k9 returned 403')).toBe(`GET /api?x=1&apikey=${R} returned 403`);
    expect(redactText('{"user":"bob","api_key":"k-123","n":"1"}')).toBe(`{"user":"bob","api_key":"${R}","n":"1"}`);
  });

  it('keeps the full stop after a pair outside a URL', () => {
    expect(redactText('Rejected: password=hunter2.')).toBe(`Rejected: password=${R}.`);
  });

  it('redacts bare JWTs', () => {
    expect(redactText(`token was ${JWT} (expired)`)).toBe(`token was ${R} (expired)`);
  });

  it('leaves ordinary error text unchanged', () => {
    for (const s of [
      'net::ERR_CONNECTION_REFUSED',
      'NS_ERROR_UNKNOWN_HOST',
      'SSL_ERROR_BAD_CERT_DOMAIN: the certificate is only valid for example.org',
      'HTTP/1.1 404 Not Found',
      'Cloudflare Ray ID: 8a1b2c3d4e5f6a7b-LHR',
    ]) {
      expect(redactText(s)).toBe(s);
    }
  });
});
