/**
 * Drives Debian's Chromium with the built extension loaded (playwright-core).
 * Recipes from the team's browser-testing notes: persistent context with a fresh
 * profile, the extension's service worker as the handle for browser.* calls,
 * CDP Target.closeTarget to stop the worker the way the browser does when idle.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium } from './browsers';
import { MISSING_HOST } from './zoo/server';

export interface ChromiumHarness {
  readonly ctx: BrowserContext;
  readonly extensionId: string;
  worker(): Promise<Worker>;
  tabIdOf(page: Page): Promise<number>;
  badge(tabId: number): Promise<{ text: string; title: string; color: number[] }>;
  /** Stops the extension's service worker like the browser does when it is idle. */
  stopWorker(): Promise<void>;
  popupUrl(tabId: number): string;
  close(): Promise<void>;
}

export const CHROME_DIST = resolve('dist/chrome');

export interface LaunchOptions {
  /** Playwright turns the back/forward cache off by default; some checks need it on. */
  readonly backForwardCache?: boolean;
}

export async function launchChromium(dist = CHROME_DIST, opts: LaunchOptions = {}): Promise<ChromiumHarness> {
  const profile = mkdtempSync(join(process.env['TMPDIR'] ?? tmpdir(), 'httpwhy-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions', ...(opts.backForwardCache ? ['--disable-back-forward-cache'] : [])],
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--host-resolver-rules=MAP ${MISSING_HOST} ~NOTFOUND`,
    ],
  });
  let sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(sw.url()).host;

  async function worker(): Promise<Worker> {
    const live = ctx.serviceWorkers().find((w) => w.url().includes(extensionId));
    if (live) {
      sw = live;
      return live;
    }
    sw = await ctx.waitForEvent('serviceworker', { timeout: 20_000 });
    return sw;
  }

  return {
    ctx,
    extensionId,
    worker,
    async tabIdOf(page) {
      const u = new URL(page.url());
      const pattern = `${u.protocol}//${u.hostname}${u.pathname}${u.search ? '*' : ''}`;
      const w = await worker();
      const ids = await w.evaluate(
        async ({ pattern, href }) => {
          const tabs = await chrome.tabs.query({ url: pattern });
          return tabs.filter((t) => t.url === href).map((t) => t.id);
        },
        { pattern, href: page.url() },
      );
      if (ids.length !== 1 || ids[0] === undefined)
        throw new Error(`expected one tab for ${page.url()}, found ${ids.length}`);
      return ids[0];
    },
    async badge(tabId) {
      const w = await worker();
      return w.evaluate(async (id) => {
        const [text, title, color] = await Promise.all([
          chrome.action.getBadgeText({ tabId: id }),
          chrome.action.getTitle({ tabId: id }),
          chrome.action.getBadgeBackgroundColor({ tabId: id }),
        ]);
        return { text, title, color: [...color] };
      }, tabId);
    },
    async stopWorker() {
      const cdp = await ctx.browser()?.newBrowserCDPSession();
      if (!cdp) throw new Error('no browser CDP session');
      const { targetInfos } = (await cdp.send('Target.getTargets')) as {
        targetInfos: { targetId: string; type: string; url: string }[];
      };
      const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(extensionId));
      if (!target) throw new Error('extension service worker target not found');
      await cdp.send('Target.closeTarget', { targetId: target.targetId });
      await cdp.detach();
      // Wait until Playwright has seen the worker go away.
      for (let i = 0; i < 50 && ctx.serviceWorkers().some((w) => w.url().includes(extensionId)); i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    popupUrl(tabId) {
      return `chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`;
    },
    async close() {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Polls until `read` returns a value `ok` accepts; returns the last value either way. */
export async function waitFor<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let v = await read();
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    v = await read();
  }
  return v;
}

/**
 * The fixture helpers every Chromium suite uses: open a zoo fixture in a new tab
 * (unique query, waits until its requests settled) and wait for a badge text.
 */
export function fixtureTools(h: ChromiumHarness, origin: () => string) {
  let n = 0;
  return {
    next: (): number => ++n,
    async open(name: string, query = ''): Promise<{ page: Page; tabId: number }> {
      const page = await h.ctx.newPage();
      await page.goto(`${origin()}/fixtures/${name}.html?run=${++n}${query}`);
      await page.waitForFunction(() => document.title === 'done', undefined, { timeout: 20_000 });
      return { page, tabId: await h.tabIdOf(page) };
    },
    /**
     * Right after install the first page's events can be missed: opens a page with
     * two failures until its badge shows them. Returns the badge text seen last.
     */
    async gate(): Promise<string> {
      return waitFor(
        async () => {
          const { page, tabId } = await this.open('two-failures');
          const b = await waitFor(
            () => h.badge(tabId),
            (x) => x.text === '2',
            3000,
          );
          await page.close();
          return b.text;
        },
        (t) => t === '2',
        30_000,
      );
    },
    async badgeText(tabId: number, expected: string, timeoutMs = 10_000): Promise<string> {
      return (
        await waitFor(
          () => h.badge(tabId),
          (b) => b.text === expected,
          timeoutMs,
        )
      ).text;
    },
  };
}
