/**
 * A plain CDP connection to a Chromium the bench starts itself, over
 * --remote-debugging-pipe (fd 3: commands in, fd 4: replies and events out,
 * NUL-separated JSON). No test driver in between: Playwright enables network
 * instrumentation on every page it sees, which adds about 40% to a load here.
 * Only the domains the bench asks for are enabled.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { findChromium } from '../test/e2e/browsers';

type Params = Record<string, unknown>;
type Listener = (params: Params, sessionId: string | undefined) => void;

interface Reply {
  id?: number;
  method?: string;
  params?: Params;
  sessionId?: string;
  result?: unknown;
  error?: { message: string };
}

export class CdpConnection {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private buffer = '';
  private closed = false;

  constructor(
    private readonly out: Writable,
    input: Readable,
  ) {
    input.setEncoding('utf8');
    input.on('data', (chunk: string) => this.receive(chunk));
    input.on('close', () => this.fail(new Error('CDP pipe closed')));
    out.on('error', (e) => this.fail(e));
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    for (let end = this.buffer.indexOf('\0'); end >= 0; end = this.buffer.indexOf('\0')) {
      const text = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 1);
      const msg = JSON.parse(text) as Reply;
      if (msg.id !== undefined) {
        const w = this.waiting.get(msg.id);
        this.waiting.delete(msg.id);
        if (msg.error) w?.reject(new Error(msg.error.message));
        else w?.resolve(msg.result);
      } else if (msg.method) {
        for (const fn of this.listeners.get(msg.method) ?? []) fn(msg.params ?? {}, msg.sessionId);
      }
    }
  }

  private fail(e: Error): void {
    this.closed = true;
    for (const w of this.waiting.values()) w.reject(e);
    this.waiting.clear();
  }

  send<T = Params>(method: string, params: Params = {}, sessionId?: string): Promise<T> {
    if (this.closed) return Promise.reject(new Error(`CDP closed (${method})`));
    const id = this.nextId++;
    const msg = JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) });
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.out.write(msg + '\0');
    });
  }

  on(method: string, fn: Listener): () => void {
    const set = this.listeners.get(method) ?? new Set<Listener>();
    set.add(fn);
    this.listeners.set(method, set);
    return () => set.delete(fn);
  }

  /** The next `method` event of `sessionId` that `accept` takes. */
  once(method: string, sessionId: string | undefined, timeoutMs: number, accept: (p: Params) => boolean = () => true) {
    return new Promise<Params>((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error(`timed out waiting for ${method}`));
      }, timeoutMs);
      const off = this.on(method, (p, s) => {
        if (s !== sessionId || !accept(p)) return;
        clearTimeout(timer);
        off();
        resolve(p);
      });
    });
  }

  /** Evaluates `expression` (awaiting a promise) in a session and returns its value. */
  async evaluate<T>(sessionId: string, expression: string, timeoutMs = 60_000): Promise<T> {
    const r = await withTimeout(
      this.send<{ result: { value?: T }; exceptionDetails?: { text: string; exception?: { description?: string } } }>(
        'Runtime.evaluate',
        { expression, awaitPromise: true, returnByValue: true },
        sessionId,
      ),
      timeoutMs,
      `evaluate ${expression.slice(0, 40)}`,
    );
    if (r.exceptionDetails)
      throw new Error(`page threw: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value as T;
  }
}

export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`timed out: ${what}`)), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(t);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

export interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export interface Chromium {
  readonly cdp: CdpConnection;
  readonly process: ChildProcess;
  targets(): Promise<TargetInfo[]>;
  /** Attaches (flat mode) and returns the session id. */
  attach(targetId: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Starts headless Chromium with the flags of test/e2e/chromium.ts (plus the
 * timer and backgrounding switches a test driver adds), a fresh profile, and
 * `extension` loaded when given.
 */
export async function startChromium(extension: string | undefined): Promise<Chromium> {
  const profile = mkdtempSync(join(process.env['TMPDIR'] ?? tmpdir(), 'httpwhy-bench-'));
  const args = [
    `--user-data-dir=${profile}`,
    '--remote-debugging-pipe',
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-quic',
    '--disable-field-trial-config',
    '--disable-background-timer-throttling',
    '--disable-backgrounding-occluded-windows',
    '--disable-renderer-backgrounding',
    '--disable-back-forward-cache',
    // Only the extension under test runs: no built-in extension with a background page.
    '--disable-component-extensions-with-background-pages',
    '--disable-features=PaintHolding,MediaRouter,OptimizationHints,HttpsUpgrades,LensOverlay',
    '--password-store=basic',
    '--hide-scrollbars',
    '--mute-audio',
    ...(extension
      ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`]
      : ['--disable-extensions']),
    'about:blank',
  ];
  const child = spawn(findChromium(), args, { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
  const cdp = new CdpConnection(child.stdio[3] as Writable, child.stdio[4] as Readable);
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  try {
    await withTimeout(cdp.send('Browser.getVersion'), 20_000, 'Chromium start');
  } catch (e) {
    child.kill('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }

  return {
    cdp,
    process: child,
    async targets() {
      return (await cdp.send<{ targetInfos: TargetInfo[] }>('Target.getTargets')).targetInfos;
    },
    async attach(targetId) {
      const r = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
      return r.sessionId;
    },
    async close() {
      await withTimeout(cdp.send('Browser.close'), 5000, 'Browser.close').catch(() => child.kill('SIGKILL'));
      await withTimeout(exited, 5000, 'Chromium exit').catch(() => child.kill('SIGKILL'));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
