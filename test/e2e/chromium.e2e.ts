import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser } from './browsers';
import { launchChromium, waitFor, type ChromiumHarness } from './chromium';
import { FIXTURES } from './zoo/pages';
import { startZoo, type Zoo } from './zoo/server';

const RED = [179, 38, 30, 255];
const AMBER = [242, 183, 5, 255];

describe.skipIf(!hasBrowser('chromium'))('Chromium', () => {
  let zoo: Zoo;
  let h: ChromiumHarness;
  let n = 0;

  /** Opens a fixture in a new tab with a unique query, waits until its requests settled. */
  async function open(name: string, query = ''): Promise<{ page: Page; tabId: number }> {
    const page = await h.ctx.newPage();
    await page.goto(`${zoo.origin}/fixtures/${name}.html?run=${++n}${query}`);
    await page.waitForFunction(() => document.title === 'done', undefined, { timeout: 20_000 });
    return { page, tabId: await h.tabIdOf(page) };
  }

  async function badgeText(tabId: number, expected: string): Promise<string> {
    return (
      await waitFor(
        () => h.badge(tabId),
        (b) => b.text === expected,
      )
    ).text;
  }

  beforeAll(async () => {
    zoo = await startZoo();
    h = await launchChromium();
    // Right after install the first page's events can be missed: gate on one that shows.
    const gate = await waitFor(
      async () => {
        const { page, tabId } = await open('two-failures');
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
    expect(gate).toBe('2');
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
    await page.goto(`${zoo.origin}/fixtures/two-failures.html?run=${++n}`);
    await page.waitForFunction(() => document.title === 'done');
    expect(await badgeText(tabId, '2')).toBe('2');
    await page.close();
  });

  it('counts a page that is itself a 404 and keeps it on the badge after the page commits', async () => {
    const page = await h.ctx.newPage();
    await page.goto(`${zoo.origin}/status/404/missing-page?html=1&run=${++n}`);
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
    await failed.goto(`${zoo.origin}/status/404/gone?html=1&run=${++n}`);
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
});
