/**
 * `npm start`: builds both browsers' extensions, starts the error zoo (the local
 * demo server) and opens Chromium with HTTP Why loaded on the demo page.
 * With `--headless`, or when there is no display, it saves screenshots of the
 * badge and the popup instead and says where.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, INSTALL_HINT } from '../test/e2e/browsers';
import { startZoo, MISSING_HOST } from '../test/e2e/zoo/server';
import { buildTarget } from './build';

const headless = process.argv.includes('--headless') || (!process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']);
const port = Number(process.env['ZOO_PORT'] ?? 8765);

await buildTarget('chrome');
await buildTarget('firefox');

let executable: string;
try {
  executable = findChromium();
} catch {
  console.error(`\nChromium was not found. ${INSTALL_HINT}`);
  console.error('The builds are ready: load dist/chrome (Chrome) or dist/firefox (Firefox) by hand, see README.');
  process.exit(1);
}
if (/google-chrome|chrome-stable|Google Chrome/i.test(executable)) {
  console.log(
    '\nBranded Google Chrome 137 and later refuses extensions from the command line. Load the build by hand:\n' +
      '  1. open chrome://extensions and turn on Developer mode\n' +
      `  2. "Load unpacked" and choose ${resolve('dist/chrome')}\n` +
      `  3. open http://127.0.0.1:${port}/demo.html (the demo server keeps running until Ctrl+C)`,
  );
}

const zoo = await startZoo(port).catch(() => startZoo(0));
const demo = `${zoo.origin}/demo.html`;
console.log(`error zoo: ${zoo.origin}/ (demo page: ${demo})`);

const dist = resolve('dist/chrome');
const profile = mkdtempSync(join(tmpdir(), 'httpwhy-start-'));
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: executable,
  headless,
  ignoreDefaultArgs: ['--disable-extensions'],
  viewport: headless ? { width: 1100, height: 760 } : null,
  args: [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--host-resolver-rules=MAP ${MISSING_HOST} ~NOTFOUND`,
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
});

const cleanup = async (): Promise<void> => {
  await ctx.close().catch(() => undefined);
  await zoo.close();
  rmSync(profile, { recursive: true, force: true });
};

// Navigate only once the extension's worker runs, or the first requests go unseen.
const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 20_000 }));
await sw.evaluate(() => chrome.runtime.getManifest().version);
const page = ctx.pages()[0] ?? (await ctx.newPage());
await page.goto(demo);

if (!headless) {
  console.log(
    'Chromium is open on the demo page. Click the HTTP Why icon (pin it from the puzzle menu). Ctrl+C to stop.',
  );
  process.on('SIGINT', () => void cleanup().then(() => process.exit(0)));
  ctx.on('close', () => void zoo.close().then(() => process.exit(0)));
} else {
  await page.waitForFunction(() => document.title === 'done', undefined, { timeout: 30_000 });
  const extId = new URL(sw.url()).host;
  const tabId = await sw.evaluate(async (href) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === href)?.id ?? -1;
  }, page.url());
  // Give the coalesced badge write a moment, then read what the toolbar shows.
  await new Promise((r) => setTimeout(r, 500));
  const badge = await sw.evaluate(
    async (id) => ({
      text: await chrome.action.getBadgeText({ tabId: id }),
      title: await chrome.action.getTitle({ tabId: id }),
      color: await chrome.action.getBadgeBackgroundColor({ tabId: id }),
    }),
    tabId,
  );
  const out = resolve('screenshots-out');
  mkdirSync(out, { recursive: true });
  // The toolbar is not drawn in headless mode: render the icon and its badge as they appear there.
  const badgePage = await ctx.newPage();
  await badgePage.setViewportSize({ width: 560, height: 90 });
  await badgePage.setContent(
    `<body style="margin:0;font:14px system-ui;display:flex;gap:14px;align-items:center;padding:20px">
      <div style="position:relative;width:32px;height:32px"><img src="data:image/png;base64,${readFileSync('public/icons/icon-32.png').toString('base64')}" width="32" height="32">
      <span style="position:absolute;right:-10px;bottom:-6px;padding:0 4px;border-radius:4px;font:bold 11px system-ui;background:rgba(${badge.color.join(',')});color:#fff">${badge.text}</span></div>
      <span>${badge.title.replace(/</g, '&lt;')}</span></body>`,
  );
  await badgePage.screenshot({ path: join(out, 'badge.png') });
  const popup = await ctx.newPage();
  await popup.setViewportSize({ width: 420, height: 760 });
  await popup.goto(`chrome-extension://${extId}/src/popup/index.html?tabId=${tabId}`);
  await popup.waitForSelector('.group');
  await popup.click(
    (await popup.$('.group[data-key="502"] summary')) ? '.group[data-key="502"] summary' : '.group summary',
  );
  await popup.waitForSelector('.entry');
  await popup.screenshot({ path: join(out, 'popup.png'), fullPage: true });
  await page.screenshot({ path: join(out, 'demo-page.png') });
  console.log(`No display (or --headless): badge "${badge.text}" (${badge.title}).`);
  console.log(`Screenshots saved in ${out}/: badge.png, popup.png, demo-page.png`);
  await cleanup();
}
