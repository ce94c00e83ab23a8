/**
 * Drives Debian's Firefox ESR with the built extension installed (puppeteer-core
 * over WebDriver BiDi). The extension's internal UUID is pinned so its pages have
 * a known moz-extension:// address; browser.* calls run inside one of its pages,
 * since Firefox gives no worker handle.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox } from './browsers';

export const FIREFOX_DIST = resolve('dist/firefox');
export const GECKO_ID = 'http-why@httpwhy.dev';
export const FIXED_UUID = '6b1f0c2e-4d0a-4f7e-9a51-2f1c7d3e8b90';
export const EXT_ORIGIN = `moz-extension://${FIXED_UUID}`;

/** The part of puppeteer's BidiFrame we use; it is not in the public Frame type. */
interface BidiFrameLike {
  browsingContext: { navigate(url: string, wait: 'complete'): Promise<unknown> };
}

export interface FirefoxHarness {
  readonly browser: Browser;
  /** An extension page kept open to run browser.* calls in. */
  readonly ext: Page;
  newPage(): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  badge(tabId: number): Promise<{ text: string; title: string; color: number[] }>;
  /** Loads an extension page in `page` (page.goto never resolves on moz-extension pages). */
  openExtensionPage(page: Page, path: string): Promise<void>;
  popupUrl(tabId: number): string;
  close(): Promise<void>;
}

export async function launchFirefox(dist = FIREFOX_DIST): Promise<FirefoxHarness> {
  const tmp = process.env['TMPDIR'];
  if (tmp) mkdirSync(tmp, { recursive: true });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIXED_UUID }),
      // No network of our own making during tests.
      'network.captive-portal-service.enabled': false,
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  await browser.installExtension(dist);

  /** page.goto never resolves on moz-extension pages; navigate the BiDi browsing context. */
  async function openExtensionPage(page: Page, path: string): Promise<void> {
    const frame = page.mainFrame() as unknown as BidiFrameLike;
    await frame.browsingContext.navigate(`${EXT_ORIGIN}/${path}`, 'complete');
  }

  const ext = await browser.newPage();
  // Retry: the extension's pages are served once the add-on has started.
  for (let i = 0; ; i++) {
    try {
      await openExtensionPage(ext, 'src/popup/index.html?tabId=0');
      if (await ext.evaluate(() => typeof (globalThis as { browser?: unknown }).browser === 'object')) break;
    } catch (e) {
      if (i > 40) throw e;
    }
    await new Promise((r) => setTimeout(r, 250));
  }

  return {
    browser,
    ext,
    newPage: () => browser.newPage(),
    openExtensionPage,
    async tabIdOf(page) {
      const href = page.url();
      const ids = await ext.evaluate(async (h: string) => {
        const b = (globalThis as unknown as { browser: typeof chrome }).browser;
        const tabs = await b.tabs.query({});
        return tabs.filter((t) => t.url === h).map((t) => t.id);
      }, href);
      if (ids.length !== 1 || ids[0] === undefined)
        throw new Error(`expected one tab for ${href}, found ${ids.length}`);
      return ids[0];
    },
    async badge(tabId) {
      return ext.evaluate(async (id: number) => {
        const b = (globalThis as unknown as { browser: typeof chrome }).browser;
        const [text, title, color] = await Promise.all([
          b.action.getBadgeText({ tabId: id }),
          b.action.getTitle({ tabId: id }),
          b.action.getBadgeBackgroundColor({ tabId: id }),
        ]);
        return { text, title, color: [...color] };
      }, tabId);
    },
    popupUrl(tabId) {
      return `src/popup/index.html?tabId=${tabId}`;
    },
    async close() {
      await browser.close();
    },
  };
}
