/**
 * The error zoo: a local HTTP server whose pages fail in many ways. It serves the
 * e2e fixtures and the demo page that `npm start` opens. Loopback only.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fixturePage, FIXTURES } from './pages';

export interface Zoo {
  readonly origin: string;
  readonly port: number;
  /** A loopback port with nothing listening: requests to it are refused. */
  readonly refusedPort: number;
  /** Every request path the server saw, in order (to prove the extension adds none). */
  readonly seen: string[];
  close(): Promise<void>;
}

/** A host name that never resolves (Chromium is told so; elsewhere .invalid fails). */
export const MISSING_HOST = 'nxdomain.invalid';

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

function parseHeaders(url: URL): [string, string][] {
  return url.searchParams.getAll('h').flatMap((h) => {
    const i = h.indexOf(':');
    return i > 0 ? [[h.slice(0, i).trim(), h.slice(i + 1).trim()] as [string, string]] : [];
  });
}

function handle(req: IncomingMessage, res: ServerResponse, ctx: { refusedPort: number; origin: string }): void {
  const url = new URL(req.url ?? '/', ctx.origin);
  const path = url.pathname;
  res.setHeader('Cache-Control', 'no-store');

  // /status/404, /status/503?h=Retry-After:120&html=1 : any status with any headers.
  const status = /^\/status\/(\d{3})(?:\/.*)?$/.exec(path);
  if (status) {
    const code = Number(status[1]);
    for (const [k, v] of parseHeaders(url)) res.setHeader(k, v);
    if (url.searchParams.has('html')) {
      res.writeHead(code, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html><head><link rel="icon" href="data:,"><title>${code}</title></head><body><h1>Status ${code}</h1></body></html>`,
      );
    } else {
      res.writeHead(code, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`status ${code}\n`);
    }
    return;
  }
  // /redirect?to=/status/404 : a 302 hop.
  if (path === '/redirect') {
    res.writeHead(302, { Location: url.searchParams.get('to') ?? '/ok.txt' });
    res.end();
    return;
  }
  if (path === '/ok.txt') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('ok\n');
    return;
  }
  if (path === '/ok.js') {
    res.writeHead(200, { 'Content-Type': 'text/javascript' });
    res.end('/* ok */\n');
    return;
  }
  if (path === '/ok.css') {
    res.writeHead(200, { 'Content-Type': 'text/css' });
    res.end('/* ok */\n');
    return;
  }
  if (path === '/ok.png') {
    // A 1x1 transparent PNG.
    res.writeHead(200, { 'Content-Type': 'image/png' });
    res.end(
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
        'base64',
      ),
    );
    return;
  }
  if (path === '/not-modified') {
    res.writeHead(304);
    res.end();
    return;
  }
  // /hang : accepts and never answers until the client gives up.
  if (path === '/hang') return;
  // /reset : closes the connection without an answer (like nginx's 444).
  if (path === '/reset') {
    req.socket.destroy();
    return;
  }
  // /cacheable/fixtures/two-failures.html : a fixture page served without no-store, so the
  // back/forward cache may keep it (Chrome never keeps no-store pages); its requests stay no-store.
  const cacheable = /^\/cacheable\/fixtures\/([\w-]+)\.html$/.exec(path);
  if (cacheable) {
    const html = fixturePage(cacheable[1] ?? '', {
      refusedPort: ctx.refusedPort,
      missingHost: MISSING_HOST,
      query: url.searchParams,
    });
    if (html !== undefined) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
      res.end(html);
      return;
    }
  }
  const page = /^\/(fixtures\/[\w-]+\.html|demo\.html|)$/.exec(path);
  if (page) {
    const name = page[1] === '' ? 'index' : (page[1] ?? 'index').replace(/^fixtures\//, '').replace(/\.html$/, '');
    const html = fixturePage(name, {
      refusedPort: ctx.refusedPort,
      missingHost: MISSING_HOST,
      query: url.searchParams,
    });
    if (html !== undefined) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(html);
      return;
    }
  }
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('not in the zoo\n');
}

export async function startZoo(port = 0): Promise<Zoo> {
  const refusedPort = await freePort();
  const seen: string[] = [];
  let origin = '';
  const server: Server = createServer((req, res) => {
    seen.push(req.url ?? '');
    handle(req, res, { refusedPort, origin });
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  const actual = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${actual}`;
  return {
    origin,
    port: actual,
    refusedPort,
    seen,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

export { FIXTURES };
