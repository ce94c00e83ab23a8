/**
 * Fixture pages of the error zoo. Each declares what it fetches and how many of
 * those requests fail, so the e2e suites compare the badge with the fixture's own
 * declaration. Pages set `document.title` to "done" when every request settled.
 */
export interface FixtureContext {
  readonly refusedPort: number;
  readonly missingHost: string;
  readonly query: URLSearchParams;
}

interface Fixture {
  readonly title: string;
  /** Elements loaded by the HTML itself. */
  readonly html: (c: FixtureContext) => string;
  /** URLs fetched by script after load. */
  readonly fetches: (c: FixtureContext) => string[];
  /** Requests the page cancels itself (AbortController): recorded, not counted. */
  readonly aborted?: (c: FixtureContext) => string[];
}

export const FIXTURES: Readonly<Record<string, Fixture & { readonly counted: number }>> = {
  mixed: {
    title: 'Mixed: successes, a redirect to a 404, 4xx, 5xx and a refused connection',
    counted: 4,
    html: () =>
      `<img src="/ok.png" alt=""><img src="/status/404/missing.png" alt=""><script src="/status/500/app.js"></script><script src="/ok.js"></script><link rel="stylesheet" href="/ok.css">`,
    fetches: (c) => [
      '/ok.txt',
      '/redirect?to=/status/404/moved',
      '/not-modified',
      `http://127.0.0.1:${c.refusedPort}/refused`,
    ],
  },
  'client-only': {
    title: 'Only client errors',
    counted: 3,
    html: () => `<img src="/status/404/a.png" alt=""><img src="/status/404/b.png" alt="">`,
    fetches: () => ['/status/403/private', '/ok.txt'],
  },
  'two-failures': {
    title: 'Two failures',
    counted: 2,
    html: () => `<img src="/status/410/gone.png" alt="">`,
    fetches: () => ['/status/502/api'],
  },
  clean: {
    title: 'Nothing fails',
    counted: 0,
    html: () => `<img src="/ok.png" alt=""><script src="/ok.js"></script>`,
    fetches: () => ['/ok.txt', '/redirect?to=/ok.txt'],
  },
  noise: {
    title: 'A failure plus a request the page cancels',
    counted: 1,
    html: () => '',
    fetches: () => ['/status/404/real'],
    aborted: () => ['/hang'],
  },
  burst: {
    title: 'Many failures at once (?n=count)',
    counted: 0, // depends on ?n; the suites pass n and expect n
    html: () => '',
    fetches: (c) => {
      const n = Math.min(5000, Math.max(0, Number(c.query.get('n') ?? '50') || 0));
      const wave = c.query.get('wave') ?? '0';
      return Array.from({ length: n }, (_, i) => `/status/${i % 2 === 0 ? 404 : 500}/burst-${wave}-${i}`);
    },
  },
  headers: {
    title: 'Failures with platform headers',
    counted: 3,
    html: () => '',
    fetches: () => [
      '/status/502/cf?h=Server:cloudflare&h=CF-RAY:8f1e2d3c4b5a6978-AMS&h=cf-cache-status:DYNAMIC',
      '/status/503/busy?h=Retry-After:120&h=Server:nginx',
      '/status/405/only-get?h=Allow:GET, HEAD&h=Server:Apache/2.4.62 (Debian)',
    ],
  },
  waves: {
    title: 'Fires waves of failing requests when told: fireWave(wave, n) in the page',
    counted: 0, // each fireWave(wave, n) adds n (half 404, half 500)
    html: () =>
      `<script>window.fireWave = (wave, n) => Promise.allSettled(Array.from({ length: n }, (_, i) => fetch('/status/' + (i % 2 === 0 ? 404 : 500) + '/wave-' + wave + '-' + i))).then(() => n);</script>`,
    fetches: () => [],
  },
  frames: {
    title: 'A page with a same-origin and a cross-site frame whose images fail',
    counted: 5, // its own 500, and 2 × 404 in each of the two frames
    // The cross-site frame swaps 127.0.0.1 and localhost: another site on the same server.
    html: () =>
      `<iframe src="/fixtures/frame-child.html?from=same" title="same-origin frame"></iframe>` +
      `<script>{ const f = document.createElement('iframe'); f.title = 'cross-site frame'; f.src = location.protocol + '//' + (location.hostname === 'localhost' ? '127.0.0.1' : 'localhost') + ':' + location.port + '/fixtures/frame-child.html?from=cross'; document.currentScript.after(f); }</script>`,
    fetches: () => ['/status/500/parent-api'],
  },
  'frame-child': {
    title: 'The content of a frame: two broken images (?from=name)',
    counted: 2,
    html: (c) => {
      const from = /^\w{1,20}$/.test(c.query.get('from') ?? '') ? (c.query.get('from') ?? '') : 'frame';
      return `<img src="/status/404/${from}-frame-a.png" alt=""><img src="/status/404/${from}-frame-b.png" alt="">`;
    },
    fetches: () => [],
  },
  hostile: {
    title: 'Failures whose headers and addresses carry HTML and script',
    counted: 3,
    html: () => '',
    // Addresses as the browser sends them (percent-encoded); header values raw, as a server may send them.
    // Bearer, not Basic: a Basic challenge would make the browser ask for a password.
    fetches: () => [
      '/status/500/%3Cscript%3Ealert(3)%3C/script%3E?h=Server:%3Cimg%20src=x%20onerror=alert(1)%3E&h=X-Request-Id:%3Cimg%20src=x%20onerror=alert(4)%3E',
      '/status/401/%22%3E%3Csvg%20onload=alert(5)%3E?h=WWW-Authenticate:Bearer%20realm=%22%3Cscript%3Ealert(7)%3C/script%3E%22,%20error=%22invalid_token%22,%20error_description=%22%3Cscript%3Ealert(2)%3C/script%3E%22',
      '/status/503/busy?h=Retry-After:%3Cb%3E1%3C/b%3E&h=Via:1.1%20%3Ciframe%20src=javascript:alert(6)%3E',
    ],
  },
  demo: {
    title: 'HTTP Why demo: a page whose requests fail in many ways',
    counted: 12,
    html: () =>
      `<img src="/status/404/images/hero.png" alt=""><img src="/ok.png" alt=""><script src="/status/500/js/analytics.js"></script>`,
    fetches: (c) => [
      '/status/401/api/me?h=WWW-Authenticate:Bearer realm="api", error="invalid_token", error_description="The access token expired"',
      '/status/403/admin',
      '/status/405/api/upload?h=Allow:GET, HEAD',
      '/status/429/api/search?h=Retry-After:90',
      '/status/502/api/cart?h=Server:cloudflare&h=CF-RAY:8f1e2d3c4b5a6978-AMS',
      '/status/503/api/status?h=Retry-After:120&h=Server:nginx',
      '/status/504/api/report?h=Via:1.1 abc.cloudfront.net (CloudFront)&h=X-Amz-Cf-Id:q1w2e3r4t5y6u7i8o9p0==&h=X-Cache:Error from cloudfront',
      '/status/522/api/origin?h=Server:cloudflare&h=CF-RAY:7a6b5c4d3e2f1a0b-LHR',
      `http://127.0.0.1:${c.refusedPort}/api/offline-service`,
      `http://${c.missingHost}/font.woff2`,
      '/ok.txt',
    ],
    aborted: () => ['/hang'],
  },
};

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function index(): string {
  const links = Object.entries(FIXTURES)
    .map(([name, f]) => `<li><a href="/fixtures/${name}.html">${escapeHtml(name)}</a>: ${escapeHtml(f.title)}</li>`)
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>HTTP Why error zoo</title></head>
<body><h1>HTTP Why error zoo</h1><p><a href="/demo.html">The demo page</a> fails in many ways at once.</p><ul>${links}</ul></body></html>`;
}

export function fixturePage(name: string, c: FixtureContext): string | undefined {
  if (name === 'index') return index();
  const f = FIXTURES[name];
  if (!f) return undefined;
  const fetches = JSON.stringify(f.fetches(c));
  const aborted = JSON.stringify(f.aborted?.(c) ?? []);
  return `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>loading</title></head>
<body><h1>${escapeHtml(f.title)}</h1>${f.html(c)}
<script>
addEventListener('load', async () => {
  const aborts = ${aborted}.map((u) => { const a = new AbortController(); const p = fetch(u, { signal: a.signal }).catch(() => null); setTimeout(() => a.abort(), 50); return p; });
  await Promise.allSettled([...${fetches}.map((u) => fetch(u)), ...aborts]);
  document.title = 'done';
});
</script></body></html>`;
}
