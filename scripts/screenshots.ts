/**
 * `npm run screenshots`: the README's and the stores' screenshots, made from the
 * error zoo's fixtures in Chromium with the built extension: the popup with
 * failures, a page that itself failed, a Cloudflare diagnosis, search, the
 * options page, and dark mode. Writes docs/screenshots/*.png.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, waitFor } from '../test/e2e/chromium';
import { startZoo } from '../test/e2e/zoo/server';
import { buildTarget } from './build';

const out = resolve('docs/screenshots');
mkdirSync(out, { recursive: true });
await buildTarget('chrome');
const zoo = await startZoo();
const h = await launchChromium();
let n = 0;

async function openTab(path: string, done = true): Promise<number> {
  const page = await h.ctx.newPage();
  await page.goto(`${zoo.origin}${path}${path.includes('?') ? '&' : '?'}shot=${++n}`);
  if (done) await page.waitForFunction(() => document.title === 'done', undefined, { timeout: 20_000 });
  const tabId = await h.tabIdOf(page);
  await waitFor(
    () => h.badge(tabId),
    (b) => b.text !== '',
  );
  return tabId;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: false });
  console.log(`docs/screenshots/${name}.png`);
}

try {
  const popup = await h.ctx.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  // Warm-up: the first page after install can be missed.
  await openTab('/fixtures/two-failures.html');

  const demo = await openTab('/demo.html');
  await popup.goto(h.popupUrl(demo));
  await popup.waitForSelector('.group');
  await shot(popup, 'popup-failures');

  await popup.click('.group[data-key="502"] summary');
  await popup.waitForSelector('.platform-advice');
  await popup.evaluate(() => document.querySelector('.group[data-key="502"]')?.scrollIntoView());
  await shot(popup, 'popup-cloudflare');

  const failed = await openTab('/status/403/admin?html=1', false);
  await popup.goto(h.popupUrl(failed));
  await popup.waitForSelector('.entry[data-entry-id="403"]');
  await shot(popup, 'popup-page-failed');

  await popup.click('text=Search codes');
  await popup.fill('input[type="search"]', 'ERR_CERT_DATE_INVALID');
  await popup.waitForSelector('.hit-entry .entry');
  await shot(popup, 'popup-search');

  await popup.emulateMedia({ colorScheme: 'dark' });
  await popup.goto(h.popupUrl(demo));
  await popup.waitForSelector('.group');
  await popup.click('.group[data-key="503"] summary');
  await popup.waitForSelector('.group[data-key="503"] .entry');
  await shot(popup, 'popup-dark');

  const options = await h.ctx.newPage();
  await options.setViewportSize({ width: 760, height: 720 });
  await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html`);
  await options.waitForSelector('textarea');
  await shot(options, 'options');
} finally {
  await h.close();
  await zoo.close();
}
