/**
 * The bench's own loopback server. `/load.html` is the measured page: 300
 * subresource requests, of which 100 fail (50 images answered 404, 50 fetches
 * answered 500, both with Cloudflare-like headers). `/burst.html?n=1000` fires n
 * failing fetches (for the popup measure). Every page measures itself: it
 * resolves `window.__benchDone` with performance.now() (ms since navigation
 * start) once its load event fired and every fetch settled.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface BenchServer {
  readonly origin: string;
  close(): Promise<void>;
}

export const LOAD_PAGE = { okImages: 200, missingImages: 50, failingFetches: 50 } as const;

const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

const OK_HEADERS: Record<string, string> = {
  'Content-Type': 'image/png',
  'Cache-Control': 'no-store',
  Server: 'cloudflare',
  'CF-Cache-Status': 'HIT',
  Age: '5012',
};

/** About a dozen headers, as a failing response behind Cloudflare carries them. */
const FAILURE_HEADERS: Record<string, string> = {
  'Content-Type': 'text/html; charset=UTF-8',
  'Cache-Control': 'private, max-age=0, no-store, no-cache, must-revalidate',
  Vary: 'Accept-Encoding',
  Server: 'cloudflare',
  'CF-RAY': '8f1e2d3c4b5a6978-AMS',
  'CF-Cache-Status': 'DYNAMIC',
  'X-Frame-Options': 'SAMEORIGIN',
  'Report-To': '{"endpoints":[{"url":"https://a.nel.cloudflare.com/report/v4?s=abc"}],"group":"cf-nel"}',
  NEL: '{"success_fraction":0,"report_to":"cf-nel","max_age":604800}',
  'Alt-Svc': 'h3=":443"; ma=86400',
};

/** Resolves window.__benchDone once the load event fired and every fetch settled. */
function pageHtml(title: string, body: string, fetches: readonly string[]): string {
  return `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title></head>
<body><h1>${title}</h1>${body}
<script>
const loaded = new Promise((r) => addEventListener('load', r));
const settled = Promise.allSettled(${JSON.stringify(fetches)}.map((u) => fetch(u).then((r) => r.text())));
window.__benchDone = Promise.all([loaded, settled]).then(() => {
  const at = performance.now();
  document.title = 'done';
  return at;
});
</script></body></html>`;
}

function loadPage(round: string): string {
  const q = `r=${encodeURIComponent(round)}`;
  const imgs: string[] = [];
  for (let i = 0; i < LOAD_PAGE.okImages; i++)
    imgs.push(`<img src="/img/ok-${i}.png?${q}" alt="" width="1" height="1">`);
  for (let i = 0; i < LOAD_PAGE.missingImages; i++)
    imgs.push(`<img src="/img/missing-${i}.png?${q}" alt="" width="1" height="1">`);
  const fetches = Array.from({ length: LOAD_PAGE.failingFetches }, (_, i) => `/api/fail-${i}?${q}`);
  return pageHtml('bench load', imgs.join(''), fetches);
}

function burstPage(n: number, round: string): string {
  const count = Math.min(5000, Math.max(0, Math.floor(n)));
  const fetches = Array.from(
    { length: count },
    (_, i) => `/api/${i % 2 === 0 ? 'missing' : 'fail'}-${i}?r=${encodeURIComponent(round)}`,
  );
  return pageHtml(`bench burst of ${count}`, '', fetches);
}

function handle(req: IncomingMessage, res: ServerResponse, origin: string): void {
  const url = new URL(req.url ?? '/', origin);
  const path = url.pathname;
  const round = url.searchParams.get('r') ?? '0';
  if (path === '/load.html' || path === '/burst.html') {
    const html =
      path === '/load.html' ? loadPage(round) : burstPage(Number(url.searchParams.get('n') ?? '1000'), round);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(html);
    return;
  }
  if (path.startsWith('/img/ok-')) {
    res.writeHead(200, OK_HEADERS);
    res.end(PNG_1X1);
    return;
  }
  const failing = /^\/(?:img|api)\/(missing|fail)-/.exec(path);
  const status = failing?.[1] === 'missing' ? 404 : failing ? 500 : 404;
  const body = `<!doctype html><title>${status}</title><h1>Error ${status}</h1>\n`;
  res.writeHead(status, FAILURE_HEADERS);
  res.end(body);
}

export async function startBenchServer(): Promise<BenchServer> {
  let origin = '';
  const server: Server = createServer((req, res) => handle(req, res, origin));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
