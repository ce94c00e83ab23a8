import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_RUN, describeViolations, type AxeViolation } from './axe';
import { hasBrowser } from './browsers';
import { fixtureTools, launchChromium, waitFor, type ChromiumHarness } from './chromium';
import { FIXTURES } from './zoo/pages';
import { startZoo, type Zoo } from './zoo/server';

const RED = [179, 38, 30, 255];
const AMBER = [242, 183, 5, 255];

describe.skipIf(!hasBrowser('chromium'))('Chromium', () => {
  let zoo: Zoo;
  let h: ChromiumHarness;
  let tools: ReturnType<typeof fixtureTools>;
  const open = (name: string, query = '') => tools.open(name, query);
  const badgeText = (tabId: number, expected: string, timeoutMs?: number) =>
    tools.badgeText(tabId, expected, timeoutMs);

  beforeAll(async () => {
    zoo = await startZoo();
    h = await launchChromium();
    tools = fixtureTools(h, () => zoo.origin);
    expect(await tools.gate()).toBe('2');
  });

  afterAll(async () => {
    await h?.close();
    await zoo?.close();
  });

  it('counts exactly the failing requests of a mixed page, red for 5xx and network errors', async () => {
    const { page, tabId } = await open('mixed');
    expect(await badgeText(tabId, String(FIXTURES['mixed']?.counted))).toBe('4');
    const b = await h.badge(tabId);
    expect(b.color).toEqual(RED);
    expect(b.title).toContain('4 failed requests');
    expect(b.title).toContain('2 × 404 Not Found');
    expect(b.title).toContain('1 × 500 Internal Server Error');
    expect(b.title).toContain('1 × net::ERR_CONNECTION_REFUSED');
    await page.close();
  });

  it('is amber when only client errors failed', async () => {
    const { page, tabId } = await open('client-only');
    expect(await badgeText(tabId, '3')).toBe('3');
    expect((await h.badge(tabId)).color).toEqual(AMBER);
    await page.close();
  });

  it('shows nothing for a page where nothing fails (redirects and 304s do not count)', async () => {
    const { page, tabId } = await open('clean');
    // Let any late event arrive before reading.
    await new Promise((r) => setTimeout(r, 500));
    expect((await h.badge(tabId)).text).toBe('');
    await page.close();
  });

  it('keeps cancelled requests apart from the count', async () => {
    const { page, tabId } = await open('noise');
    expect(await badgeText(tabId, '1')).toBe('1');
    const title = (
      await waitFor(
        () => h.badge(tabId),
        (b) => b.title.includes('not counted'),
      )
    ).title;
    expect(title).toContain('1 not counted: blocked, cancelled or excluded');
    await page.close();
  });

  it('keeps the counts of two tabs apart', async () => {
    const a = await open('client-only');
    const b = await open('two-failures');
    expect(await badgeText(a.tabId, '3')).toBe('3');
    expect(await badgeText(b.tabId, '2')).toBe('2');
    await a.page.close();
    await b.page.close();
  });

  it('starts a fresh count on navigation, not on a same-document navigation', async () => {
    const { page, tabId } = await open('mixed');
    expect(await badgeText(tabId, '4')).toBe('4');
    await page.evaluate(() => history.pushState({}, '', '#elsewhere'));
    await new Promise((r) => setTimeout(r, 300));
    expect((await h.badge(tabId)).text).toBe('4');
    await page.goto(`${zoo.origin}/fixtures/two-failures.html?run=${tools.next()}`);
    await page.waitForFunction(() => document.title === 'done');
    expect(await badgeText(tabId, '2')).toBe('2');
    await page.close();
  });

  it('counts a page that is itself a 404 and keeps it on the badge after the page commits', async () => {
    const page = await h.ctx.newPage();
    await page.goto(`${zoo.origin}/status/404/missing-page?html=1&run=${tools.next()}`);
    await page.waitForLoadState('load');
    const tabId = await h.tabIdOf(page);
    expect(await badgeText(tabId, '1')).toBe('1');
    // Chrome clears per-tab badges when a navigation commits; ours must come back.
    await new Promise((r) => setTimeout(r, 500));
    const b = await h.badge(tabId);
    expect(b.text).toBe('1');
    expect(b.color).toEqual(RED);
    await page.close();
  });

  it('lists and explains the failures in the popup', async () => {
    const { page, tabId } = await open('mixed');
    await badgeText(tabId, '4');
    const popup = await h.ctx.newPage();
    await popup.goto(h.popupUrl(tabId));
    await popup.waitForSelector('.group');
    expect(await popup.textContent('.verdict')).toBe('This page loaded, but 4 requests failed.');
    const labels = await popup.$$eval('.groups.counted > .group .label', (els) => els.map((e) => e.textContent));
    expect(labels).toEqual(['net::ERR_CONNECTION_REFUSED', '500 Internal Server Error', '404 Not Found']);
    expect(await popup.textContent('.group[data-key="404"] .count')).toBe('2×');
    await popup.click('.group[data-key="404"] summary');
    await popup.waitForSelector('.group[data-key="404"] .entry[data-entry-id="404"]');
    const summary = await popup.textContent('.group[data-key="404"] .entry .summary');
    expect(summary).toMatch(/nothing at this address/);
    expect(await popup.textContent('.group[data-key="404"] .requests')).toContain('/status/404/missing.png');
    await popup.close();
    await page.close();
  });

  it('shows the page failure as the headline and a friendly empty state', async () => {
    const failed = await h.ctx.newPage();
    await failed.goto(`${zoo.origin}/status/404/gone?html=1&run=${tools.next()}`);
    const failedTab = await h.tabIdOf(failed);
    await badgeText(failedTab, '1');
    const popup = await h.ctx.newPage();
    await popup.goto(h.popupUrl(failedTab));
    await popup.waitForSelector('.entry[data-entry-id="404"]');
    expect(await popup.textContent('.verdict')).toBe('This page itself failed: 404 Not Found');

    const clean = await open('clean');
    await popup.goto(h.popupUrl(clean.tabId));
    await popup.waitForSelector('.popup[data-state="empty"]');
    expect(await popup.textContent('.verdict')).toBe('No failed requests on this page.');
    await popup.close();
    await failed.close();
    await clean.page.close();
  });

  it('keeps the count and the list when the browser stops the worker', async () => {
    const { page, tabId } = await open('mixed');
    expect(await badgeText(tabId, '4')).toBe('4');
    await h.stopWorker();
    // Wake it with a real event: one more failing request from the page.
    await page.evaluate(() => fetch('/status/404/after-restart').catch(() => null));
    expect(await badgeText(tabId, '5')).toBe('5');
    const popup = await h.ctx.newPage();
    await popup.goto(h.popupUrl(tabId));
    await popup.waitForSelector('.group[data-key="404"]');
    expect(await popup.textContent('.group[data-key="404"] .count')).toBe('3×');
    expect(await popup.textContent('.verdict')).toBe('This page loaded, but 5 requests failed.');
    await popup.close();
    await page.close();
  });

  it('shows who answered, the hints and the tailored advice', async () => {
    const { page, tabId } = await open('headers');
    await badgeText(tabId, '3');
    const popup = await h.ctx.newPage();
    await popup.goto(h.popupUrl(tabId));
    await popup.click('.group[data-key="502"] summary');
    await popup.waitForSelector('.group[data-key="502"] .platform-advice[data-platform="cloudflare"]');
    expect(await popup.textContent('.group[data-key="502"] .served-by')).toMatch(/^Served by Cloudflare\./);
    expect(await popup.textContent('.group[data-key="502"] .request-ids')).toContain('8f1e2d3c4b5a6978-AMS');
    await popup.click('.group[data-key="503"] summary');
    await popup.waitForSelector('.group[data-key="503"] .hints li[data-kind="retry-after"]');
    expect(await popup.textContent('.group[data-key="503"] .hints li[data-kind="retry-after"]')).toMatch(
      /^Try again in [12]:\d\d$/,
    );
    expect(await popup.textContent('.group[data-key="503"] .served-by')).toContain('nginx');
    await popup.click('.group[data-key="405"] summary');
    await popup.waitForSelector('.group[data-key="405"] .hints li[data-kind="allow"]');
    expect(await popup.textContent('.group[data-key="405"] .hints li[data-kind="allow"]')).toBe(
      'This address accepts GET, HEAD',
    );
    expect(await popup.textContent('.group[data-key="405"] .served-by')).toContain('Apache');
    await popup.close();
    await page.close();
  });

  it('copies a redacted report and a cURL command to the clipboard', async () => {
    const { page, tabId } = await open('headers');
    await badgeText(tabId, '3');
    // Permissions cannot be granted to extension origins; the clipboard is browser-wide,
    // so the test reads it from a page of the zoo's origin.
    await h.ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: zoo.origin });
    const reader = await h.ctx.newPage();
    await reader.goto(`${zoo.origin}/fixtures/clean.html?reader=${tools.next()}`);
    const readClipboard = async (): Promise<string> => {
      await reader.bringToFront();
      const text = await reader.evaluate(() => navigator.clipboard.readText());
      await popup.bringToFront();
      return text;
    };
    const popup = await h.ctx.newPage();
    await popup.goto(h.popupUrl(tabId));
    await popup.waitForSelector('.group');
    await popup.click('text=Copy report');
    await popup.waitForSelector('.status:has-text("Copied a Markdown report")');
    const md = await readClipboard();
    expect(md).toMatch(/^# /);
    expect(md).toContain('502 Bad Gateway');
    expect(md).toContain('8f1e2d3c4b5a6978-AMS');
    await popup.click('.group[data-key="405"] summary');
    await popup.click('.group[data-key="405"] .copy-curl');
    await popup.waitForSelector('.status:has-text("cURL")');
    const curl = await readClipboard();
    expect(curl).toMatch(/^curl -X POST '|^curl '/);
    expect(curl).toContain('/status/405/only-get');
    await popup.close();
    await reader.close();
    await page.close();
  });

  it('exports the failures as JSON and as HAR 1.2', async () => {
    const { page, tabId } = await open('mixed');
    await badgeText(tabId, '4');
    const popup = await h.ctx.newPage();
    await popup.goto(h.popupUrl(tabId));
    await popup.waitForSelector('.group');
    const [jsonDl] = await Promise.all([popup.waitForEvent('download'), popup.click('text=Export JSON')]);
    const json = JSON.parse(readFileSync((await jsonDl.path()) ?? '', 'utf8')) as {
      format: string;
      counts: { key: string; count: number }[];
    };
    expect(json.format).toBe('http-why-export');
    expect(json.counts.find((c) => c.key === '404')?.count).toBe(2);
    const [harDl] = await Promise.all([popup.waitForEvent('download'), popup.click('text=Export HAR')]);
    expect(harDl.suggestedFilename()).toMatch(/\.har$/);
    const har = JSON.parse(readFileSync((await harDl.path()) ?? '', 'utf8')) as {
      log: {
        version: string;
        creator: { name: string };
        pages: unknown[];
        entries: { response: { status: number } }[];
      };
    };
    expect(har.log.version).toBe('1.2');
    expect(har.log.creator.name).toBe('HTTP Why');
    expect(har.log.pages).toHaveLength(1);
    expect(har.log.entries.map((e) => e.response.status).sort()).toEqual([0, 404, 404, 500]);
    await popup.close();
    await page.close();
  });

  it('applies options to open tabs at once', async () => {
    const { page, tabId } = await open('noise');
    expect(await badgeText(tabId, '1')).toBe('1');
    const options = await h.ctx.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html`);
    await options.check('input[name="count-aborted"]');
    expect(await badgeText(tabId, '2')).toBe('2');
    await options.uncheck('input[name="count-aborted"]');
    expect(await badgeText(tabId, '1')).toBe('1');
    await options.fill('textarea[name="ignore-hosts"]', 'https://bad');
    await options.click('text=Save the list');
    expect(await options.textContent('#ignore-problems')).toContain('without "http://"');
    await options.close();
    await page.close();
  });

  it('searches any code or error from the popup, offline', async () => {
    const popup = await h.ctx.newPage();
    await popup.goto(h.popupUrl(999_999));
    await popup.click('text=Search codes');
    await popup.fill('input[type="search"]', 'NS_ERROR_UNKNOWN_HOST');
    await popup.waitForSelector('.hit-entry .entry[data-entry-id="net::ERR_NAME_NOT_RESOLVED"]');
    await popup.fill('input[type="search"]', '429');
    await popup.waitForSelector('.hit-entry .entry[data-entry-id="429"]');
    await popup.close();
  });

  it('has no serious or critical accessibility violations in any popup state or the options page', async () => {
    const failing = await open('headers');
    await badgeText(failing.tabId, '3');
    const pageFailed = await h.ctx.newPage();
    await pageFailed.goto(`${zoo.origin}/status/403/private?html=1&run=${tools.next()}`);
    const pageFailedTab = await h.tabIdOf(pageFailed);
    await badgeText(pageFailedTab, '1');
    const clean = await open('clean');
    const popup = await h.ctx.newPage();
    const check = async (state: string): Promise<void> => {
      const v = await popup.evaluate<AxeViolation[]>(AXE_RUN);
      expect(describeViolations(v), state).toBe('');
    };
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.goto(h.popupUrl(clean.tabId));
      await popup.waitForSelector('.popup[data-state="empty"]');
      await check(`empty, ${scheme}`);
      await popup.goto(h.popupUrl(failing.tabId));
      await popup.click('.group[data-key="502"] summary');
      await popup.waitForSelector('.platform-advice');
      await check(`failures, ${scheme}`);
      await popup.goto(h.popupUrl(pageFailedTab));
      await popup.waitForSelector('.entry[data-entry-id="403"]');
      await check(`main-document failure, ${scheme}`);
      await popup.click('text=Search codes');
      await popup.fill('input[type="search"]', '504');
      await popup.waitForSelector('.hit-entry .entry');
      await check(`search, ${scheme}`);
      await popup.goto(`chrome-extension://${h.extensionId}/src/options/index.html`);
      await popup.waitForSelector('textarea');
      await check(`options, ${scheme}`);
    }
    await popup.close();
    await failing.page.close();
    await pageFailed.close();
    await clean.page.close();
  });

  it('fits any width from 360 to 800 px without sideways scrolling', async () => {
    const { page, tabId } = await open('headers');
    await badgeText(tabId, '3');
    const popup = await h.ctx.newPage();
    for (const width of [360, 480, 800]) {
      await popup.setViewportSize({ width, height: 700 });
      await popup.goto(h.popupUrl(tabId));
      await popup.click('.group[data-key="502"] summary');
      await popup.waitForSelector('.group[data-key="502"] .entry');
      const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `width ${width}`).toBeLessThanOrEqual(0);
    }
    await popup.close();
    await page.close();
  });

  it('works fully by keyboard', async () => {
    const { page, tabId } = await open('headers');
    await badgeText(tabId, '3');
    const popup = await h.ctx.newPage();
    await popup.goto(h.popupUrl(tabId));
    await popup.waitForSelector('.group');
    // Tab to the first group's summary and open it with Enter.
    for (let i = 0; i < 10; i++) {
      await popup.keyboard.press('Tab');
      if (await popup.evaluate(() => document.activeElement?.tagName === 'SUMMARY')) break;
    }
    expect(await popup.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('details[open] .entry [role="tab"]');
    // Move to the voice tabs and switch with the arrow keys.
    for (let i = 0; i < 40; i++) {
      await popup.keyboard.press('Tab');
      if (await popup.evaluate(() => document.activeElement?.getAttribute('role') === 'tab')) break;
    }
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe("I'm visiting");
    await popup.keyboard.press('ArrowRight');
    await popup.waitForSelector('[role="tab"][aria-selected="true"]:has-text("I run this site")');
    // Focus is always visible.
    const outline = await popup.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    // The choice is remembered: put the default back for whatever runs next.
    await popup.keyboard.press('ArrowLeft');
    await popup.waitForSelector('[role="tab"][aria-selected="true"]:has-text("I\'m visiting")');
    await popup.close();
    await page.close();
  });
});
