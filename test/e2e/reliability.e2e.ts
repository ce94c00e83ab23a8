/**
 * Reliability, security and privacy in Chromium: nothing lost, nothing
 * run, nothing leaked. Each test proves one promise against the built extension.
 */
import type { Page, Request, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser } from './browsers';
import { CHROME_DIST, fixtureTools, launchChromium, waitFor, type ChromiumHarness } from './chromium';
import { FIXTURES } from './zoo/pages';
import { startZoo, type Zoo } from './zoo/server';

const settle = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The badge title of `n` failures alternating 404 / 500, as the burst and waves fixtures fire them. */
function alternatingTitle(n: number): string {
  const notFound = Math.ceil(n / 2);
  const server = n - notFound;
  const parts = [`${notFound} × 404 Not Found`, ...(server > 0 ? [`${server} × 500 Internal Server Error`] : [])];
  return `HTTP Why: ${n} failed request${n === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

/** Tab ids that have anything in storage.session (any `<prefix>:<tabId>[:...]` key, `tab:` first of all). */
async function storedTabIds(h: ChromiumHarness): Promise<number[]> {
  const all = await (await h.worker()).evaluate(() => chrome.storage.session.get(null));
  const ids = new Set<number>();
  for (const key of Object.keys(all)) {
    const m = /^[a-z]+:(-?\d+)(?::|$)/.exec(key);
    if (m) ids.add(Number(m[1]));
  }
  return [...ids];
}

/** Waits until storage.session stops changing (no flush pending or under way). */
async function storageQuiet(h: ChromiumHarness, timeoutMs = 10_000): Promise<void> {
  const read = async (): Promise<string> =>
    JSON.stringify(await (await h.worker()).evaluate(() => chrome.storage.session.get(null)));
  const end = Date.now() + timeoutMs;
  let last = await read();
  while (Date.now() < end) {
    await settle(300);
    const now = await read();
    if (now === last) return;
    last = now;
  }
  throw new Error('storage.session kept changing');
}

describe.skipIf(!hasBrowser('chromium'))('Chromium: reliability, security and privacy', () => {
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

  it('counts 1,000 failures fired in five waves exactly, with the worker stopped between waves', async () => {
    const { page, tabId } = await open('waves');
    const restarts: boolean[] = [];
    for (let wave = 0; wave < 5; wave++) {
      if (wave > 0) {
        // A mark in the worker's globals: gone after the stop proves a fresh worker.
        await (await h.worker()).evaluate(() => ((globalThis as { httpWhyMark?: boolean }).httpWhyMark = true));
        await h.stopWorker();
      }
      // The next wave is what wakes the stopped worker.
      const fired = await page.evaluate(
        ([w, count]) => (window as unknown as { fireWave(w: number, n: number): Promise<number> }).fireWave(w, count),
        [wave, 200] as const,
      );
      expect(fired).toBe(200);
      const total = (wave + 1) * 200;
      // Wait until this wave is written before the worker is stopped again (the browser
      // stops an idle worker after 30 s, long after the deferred flush).
      const b = await waitFor(
        () => h.badge(tabId),
        (x) => x.title === alternatingTitle(total),
        20_000,
      );
      expect(b.title, `after wave ${wave + 1}`).toBe(alternatingTitle(total));
      // The browser stops only an idle worker (30 s without events). The badge shows the
      // state in memory, which can be one flush ahead of storage: let that flush end.
      await storageQuiet(h);
      if (wave > 0) {
        restarts.push(
          await (await h.worker()).evaluate(() => (globalThis as { httpWhyMark?: boolean }).httpWhyMark === undefined),
        );
      }
    }
    expect(restarts).toEqual([true, true, true, true]);
    const b = await h.badge(tabId);
    expect(b.text).toBe('99+');
    expect(b.title).toBe('HTTP Why: 1000 failed requests: 500 × 404 Not Found, 500 × 500 Internal Server Error');
    const popup = await h.ctx.newPage();
    await popup.goto(h.popupUrl(tabId));
    await popup.waitForSelector('.group[data-key="404"]');
    expect(await popup.textContent('.verdict')).toBe('This page loaded, but 1000 requests failed.');
    expect(await popup.textContent('.group[data-key="404"] .count')).toBe('500×');
    expect(await popup.textContent('.group[data-key="500"] .count')).toBe('500×');
    await popup.close();
    await page.close();
  });

  it('keeps the counts of 20 tabs loading at the same time exact and apart', async () => {
    const pages = await Promise.all(Array.from({ length: 20 }, () => h.ctx.newPage()));
    const run = tools.next();
    // Tab i fires i + 1 failures, with addresses of its own (wave=t<i>).
    await Promise.all(
      pages.map((p, i) => p.goto(`${zoo.origin}/fixtures/burst.html?run=${run}-${i}&n=${i + 1}&wave=t${i}`)),
    );
    await Promise.all(
      pages.map((p) => p.waitForFunction(() => document.title === 'done', undefined, { timeout: 30_000 })),
    );
    const ids = await Promise.all(pages.map((p) => h.tabIdOf(p)));
    expect(new Set(ids).size).toBe(20);
    const titles = await Promise.all(
      ids.map(async (id, i) => {
        const b = await waitFor(
          () => h.badge(id),
          (x) => x.title === alternatingTitle(i + 1),
        );
        return { text: b.text, title: b.title };
      }),
    );
    expect(titles).toEqual(ids.map((_, i) => ({ text: String(i + 1), title: alternatingTitle(i + 1) })));
    await Promise.all(pages.map((p) => p.close()));
  });

  it('frees the state of closed tabs: nothing remains after 200 open/close cycles', async () => {
    const closed: number[] = [];
    for (let batch = 0; batch < 10; batch++) {
      const tabs = await Promise.all(
        Array.from({ length: 20 }, async (_, i) => {
          const page = await h.ctx.newPage();
          await page.goto(`${zoo.origin}/status/404/cycle-${batch}-${i}?html=1&run=${tools.next()}`);
          return { page, tabId: await h.tabIdOf(page) };
        }),
      );
      // Each tab had state before it closed, or the test would prove nothing.
      const stored = await waitFor(
        () => storedTabIds(h),
        (s) => tabs.every((t) => s.includes(t.tabId)),
      );
      expect(tabs.filter((t) => !stored.includes(t.tabId)).map((t) => t.tabId)).toEqual([]);
      await Promise.all(tabs.map((t) => t.page.close()));
      closed.push(...tabs.map((t) => t.tabId));
    }
    expect(new Set(closed).size).toBe(200);
    const left = await waitFor(
      () => storedTabIds(h),
      (s) => !s.some((id) => closed.includes(id)),
    );
    expect(left.filter((id) => closed.includes(id))).toEqual([]);
    // And nothing remains of any tab that is not open.
    const live = await (await h.worker()).evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id ?? -1));
    expect(left.filter((id) => !live.includes(id))).toEqual([]);
  });

  it('starts a fresh count on reload and keeps it through a hash change and history.pushState', async () => {
    const { page, tabId } = await open('two-failures');
    expect(await badgeText(tabId, '2')).toBe('2');
    await page.reload();
    await page.waitForFunction(() => document.title === 'done');
    // Let the reloaded page's failures arrive: a count carried over would read 4.
    await settle(600);
    const afterReload = await h.badge(tabId);
    expect(afterReload.text).toBe('2');
    expect(afterReload.title).toBe('HTTP Why: 2 failed requests: 1 × 410 Gone, 1 × 502 Bad Gateway');
    await page.evaluate(() => {
      location.hash = '#part-two';
    });
    await page.evaluate(() => history.pushState({}, '', '/fixtures/two-failures.html?moved=1'));
    await settle(300);
    expect((await h.badge(tabId)).text).toBe('2');
    // One more failure after the same-document navigations adds to the same count.
    await page.evaluate(() => fetch('/status/404/after-push').catch(() => null));
    expect(await badgeText(tabId, '3')).toBe('3');
    await page.close();
  });

  it('counts failures in same-origin and cross-site frames for their tab and names the frame of each', async () => {
    const { page, tabId } = await open('frames');
    expect(await badgeText(tabId, String(FIXTURES['frames']?.counted))).toBe('5');
    expect((await h.badge(tabId)).title).toBe(
      'HTTP Why: 5 failed requests: 4 × 404 Not Found, 1 × 500 Internal Server Error',
    );
    const popup = await h.ctx.newPage();
    await popup.goto(h.popupUrl(tabId));
    await popup.waitForSelector('.group[data-key="404"]');
    expect(await popup.textContent('.group[data-key="404"] .count')).toBe('4×');
    expect(await popup.$('.group[data-key="404"] summary .mark.frame')).not.toBeNull();
    // The page's own failure is not in a frame.
    expect(await popup.$('.group[data-key="500"] summary .mark.frame')).toBeNull();
    await popup.click('.group[data-key="404"] summary');
    await popup.waitForSelector('.group[data-key="404"] .requests li[title]');
    const rows = await popup.$$eval('.group[data-key="404"] .requests li[title]', (els) =>
      els.map((e) => ({
        url: e.getAttribute('title') ?? '',
        frame: e.querySelector('.mark.frame') !== null,
        mark: e.querySelector('.mark.frame')?.textContent ?? '',
      })),
    );
    const cross = `http://localhost:${zoo.port}`;
    expect(rows.map((r) => r.url).sort()).toEqual(
      [
        `${zoo.origin}/status/404/same-frame-a.png`,
        `${zoo.origin}/status/404/same-frame-b.png`,
        `${cross}/status/404/cross-frame-a.png`,
        `${cross}/status/404/cross-frame-b.png`,
      ].sort(),
    );
    expect(rows.every((r) => r.frame)).toBe(true);
    // Each request names the frame it came from: the cross-site frame is localhost's.
    const crossMarks = rows.filter((r) => r.url.startsWith(cross)).map((r) => r.mark);
    expect(crossMarks).toEqual([`in a frame from localhost:${zoo.port}`, `in a frame from localhost:${zoo.port}`]);
    const sameMarks = rows.filter((r) => r.url.startsWith(zoo.origin)).map((r) => r.mark);
    expect(sameMarks).toEqual([`in a frame from 127.0.0.1:${zoo.port}`, `in a frame from 127.0.0.1:${zoo.port}`]);
    await popup.close();
    await page.close();
  });

  it('runs nothing a server sends in header values or addresses, and shows it as text', async () => {
    const { page, tabId } = await open('hostile');
    expect(await badgeText(tabId, String(FIXTURES['hostile']?.counted))).toBe('3');
    const dialogs: string[] = [];
    const popup = await h.ctx.newPage();
    popup.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('dialog', (d) => {
      dialogs.push(`page: ${d.message()}`);
      void d.dismiss();
    });
    await popup.goto(h.popupUrl(tabId));
    await popup.waitForSelector('.groups.counted > .group');
    for (const summary of await popup.$$('.groups.counted > .group summary')) await summary.click();
    const auth = '.group[data-key="401"] .hints li[data-kind="auth-challenge"]';
    await popup.waitForSelector(auth);
    await popup.waitForSelector('.group[data-key="500"] .request-ids code');
    await popup.waitForSelector('.group[data-key="503"] .requests li');
    await settle(500);

    // The text shows literally.
    expect(await popup.textContent(auth)).toBe('Expected a Bearer token: invalid_token (<script>alert(2)</script>)');
    expect(await popup.textContent('.group[data-key="500"] .request-ids code')).toBe('<img src=x onerror=alert(4)>');
    const urls = await popup.$$eval('.requests li[title]', (els) => els.map((e) => e.getAttribute('title') ?? ''));
    expect(urls.some((u) => u.includes('/status/500/%3Cscript%3Ealert(3)%3C/script%3E'))).toBe(true);
    expect(urls.some((u) => u.includes('/status/401/%22%3E%3Csvg%20onload=alert(5)%3E'))).toBe(true);

    // Nothing of it became markup, and nothing ran.
    const dom = await popup.evaluate(() => ({
      foreignScripts: [...document.scripts].filter(
        (s) => !s.src.startsWith(location.origin) || (s.textContent ?? '').includes('alert'),
      ).length,
      injected: document.querySelectorAll('img[src="x"], svg[onload], iframe, b').length,
      handlers: [...document.querySelectorAll('*')].filter((e) =>
        [...e.attributes].some((a) => a.name.startsWith('on')),
      ).length,
      escaped: document.body.innerHTML.includes('&lt;script&gt;alert(2)&lt;/script&gt;'),
    }));
    expect(dom).toEqual({ foreignScripts: 0, injected: 0, handlers: 0, escaped: true });
    expect(dialogs).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('makes no network request of its own from the popup, the search or the options page', async () => {
    const { page, tabId } = await open('headers');
    expect(await badgeText(tabId, '3')).toBe('3');
    const before = zoo.seen.length;
    const requests: string[] = [];
    const onRequest = (r: Request): void => {
      requests.push(r.url());
    };
    h.ctx.on('request', onRequest);
    try {
      const popup = await h.ctx.newPage();
      await popup.goto(h.popupUrl(tabId));
      await popup.waitForSelector('.groups.counted > .group');
      for (const summary of await popup.$$('.groups.counted > .group summary')) await summary.click();
      await popup.waitForSelector('.group[data-key="502"] .platform-advice[data-platform="cloudflare"]');
      await popup.click('text=Search codes');
      await popup.fill('input[type="search"]', '429');
      await popup.waitForSelector('.hit-entry .entry[data-entry-id="429"]');
      await popup.fill('input[type="search"]', 'NS_ERROR_UNKNOWN_HOST');
      await popup.waitForSelector('.hit-entry .entry[data-entry-id="net::ERR_NAME_NOT_RESOLVED"]');
      await popup.goto(`chrome-extension://${h.extensionId}/src/options/index.html`);
      await popup.waitForSelector('textarea[name="ignore-hosts"]');
      await settle(500);
      await popup.close();
    } finally {
      h.ctx.off('request', onRequest);
    }
    expect(zoo.seen.slice(before)).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith(`chrome-extension://${h.extensionId}/`))).toEqual([]);
    await page.close();
  });

  it('ignores requests of no tab (the worker) and of its own pages', async () => {
    const { page, tabId } = await open('two-failures');
    expect(await badgeText(tabId, '2')).toBe('2');
    const before = zoo.seen.length;
    const w = await h.worker();
    const fromWorker = `/status/404/from-worker?run=${tools.next()}`;
    expect(await w.evaluate(async (u) => (await fetch(u)).status, zoo.origin + fromWorker)).toBe(404);
    const popup = await h.ctx.newPage();
    await popup.goto(h.popupUrl(999_999));
    const popupTab = await popup.evaluate(async () => (await chrome.tabs.getCurrent())?.id ?? -1);
    expect(popupTab).toBeGreaterThan(0);
    const fromPage = `/status/500/from-extension-page?run=${tools.next()}`;
    expect(await popup.evaluate(async (u) => (await fetch(u)).status, zoo.origin + fromPage)).toBe(500);
    // Both requests reached the server.
    expect(zoo.seen.slice(before)).toEqual([fromWorker, fromPage]);
    await settle(600);
    const stored = await storedTabIds(h);
    expect(stored).not.toContain(-1);
    expect(stored).not.toContain(popupTab);
    expect((await h.badge(popupTab)).text).toBe('');
    expect((await h.badge(tabId)).title).toBe('HTTP Why: 2 failed requests: 1 × 410 Gone, 1 × 502 Bad Gateway');
    expect(await (await h.worker()).evaluate(() => chrome.action.getBadgeText({}))).toBe('');
    await popup.close();
    await page.close();
  });

  /**
   * Back/forward cache: probed and documented, not yet decided. Playwright starts
   * Chromium with --disable-back-forward-cache, so the probe runs twice: in the
   * suite's browser (no bfcache: going back loads the page again) and in a second
   * browser launched without that switch, with pages the cache may keep (no-store
   * pages are never kept). Only what is certain is asserted; the rest is logged.
   */
  it('shows the right page after back/forward, with and without the back/forward cache', async () => {
    const observations: Record<string, unknown> = {};

    // 1. The suite's browser: no bfcache.
    const a = await open('client-only');
    expect(await badgeText(a.tabId, '3')).toBe('3');
    const plain = await probeBack(a.page, a.tabId, {
      badge: (id) => h.badge(id),
      worker: () => h.worker(),
      b: `${zoo.origin}/fixtures/two-failures.html?run=${tools.next()}`,
    });
    observations['withoutBfcache'] = plain;
    await a.page.close();
    expect(plain.restoredFromBfcache).toBe(false);
    // Without the cache, going back is a navigation like any other: a fresh count.
    expect(plain.badgeAfterBack.text).toBe('3');

    // 2. A browser with the back/forward cache enabled.
    const bf = await launchChromium(CHROME_DIST, { backForwardCache: true });
    const ctx = bf.ctx;
    try {
      const worker = () => bf.worker();
      const badge = (id: number) => bf.badge(id);
      const page = await ctx.newPage();
      const notRestored: unknown[] = [];
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('Page.enable');
      cdp.on('Page.backForwardCacheNotUsed', (e) => notRestored.push(e.notRestoredExplanations));
      // Gate: right after install the first page's events can be missed.
      let tabId = -1;
      const gate = await waitFor(
        async () => {
          await page.goto(`${zoo.origin}/cacheable/fixtures/client-only.html?run=${tools.next()}`);
          await page.waitForFunction(() => document.title === 'done');
          tabId = await (
            await worker()
          ).evaluate(async (href) => (await chrome.tabs.query({})).find((t) => t.url === href)?.id ?? -1, page.url());
          return (
            await waitFor(
              () => badge(tabId),
              (x) => x.text === '3',
              3000,
            )
          ).text;
        },
        (t) => t === '3',
        30_000,
      );
      expect(gate).toBe('3');
      const cached = await probeBack(page, tabId, {
        badge,
        worker,
        b: `${zoo.origin}/cacheable/fixtures/two-failures.html?run=${tools.next()}`,
      });
      observations['withBfcache'] = { ...cached, notRestoredReasons: notRestored };
      // A page restored from the cache made no request: HTTP Why brings back its own log.
      expect(cached.restoredFromBfcache).toBe(true);
      expect(cached.badgeAfterBack.text).toBe('3');
      expect(cached.badgeAfterBack.title).toContain('2 × 404 Not Found, 1 × 403 Forbidden');
      expect(await (await worker()).evaluate(() => 1 + 1)).toBe(2);
    } finally {
      await bf.close();
    }
    if (process.env['HTTPWHY_DEBUG'])
      console.log(`back/forward cache probe:\n${JSON.stringify(observations, null, 2)}`);
  });
});

interface ProbeTools {
  badge(tabId: number): Promise<{ text: string; title: string }>;
  worker(): Promise<Worker>;
  /** The second page, B, to go to from the page open now (A). */
  b: string;
}

interface ProbeResult {
  onUpdated: Record<string, unknown[]>;
  badgeOnA: { text: string; title: string };
  badgeOnB: { text: string; title: string };
  badgeAfterBack: { text: string; title: string };
  restoredFromBfcache: boolean;
  pageshowPersisted: boolean | null;
  navigationType: string;
}

/**
 * From page A (settled, its tab id known): pushState, hash change, go to B, back.
 * Records the badge at each step, what tabs.onUpdated reported for each step, and
 * whether A came back from the back/forward cache (its window globals survive).
 */
async function probeBack(page: Page, tabId: number, t: ProbeTools): Promise<ProbeResult> {
  await (
    await t.worker()
  ).evaluate((id) => {
    const g = globalThis as unknown as { __probe?: { step: string; log: unknown[] } };
    g.__probe = { step: 'start', log: [] };
    chrome.tabs.onUpdated.addListener((tab, info) => {
      if (tab === id && g.__probe) g.__probe.log.push({ step: g.__probe.step, info });
    });
  }, tabId);
  const step = async (name: string): Promise<void> => {
    await (
      await t.worker()
    ).evaluate((s) => {
      const g = globalThis as unknown as { __probe?: { step: string } };
      if (g.__probe) g.__probe.step = s;
    }, name);
  };
  await settle(400);
  const badgeOnA = await t.badge(tabId);
  await page.evaluate(() => {
    const w = window as unknown as { __marker?: boolean; __persisted?: boolean };
    w.__marker = true;
    addEventListener('pageshow', (e) => {
      w.__persisted = e.persisted;
    });
  });
  await step('pushState');
  await page.evaluate(() => history.pushState({}, '', `${location.pathname}${location.search}&pushed=1`));
  await settle(300);
  await step('hash');
  await page.evaluate(() => {
    location.hash = '#probe';
  });
  await settle(300);
  await step('navigate to B');
  await page.goto(t.b);
  await page.waitForFunction(() => document.title === 'done');
  await settle(400);
  const badgeOnB = await t.badge(tabId);
  await step('back');
  const bUrl = page.url();
  await page.evaluate(() => history.back());
  // A restored page fires no load event: poll the address instead of waiting for one.
  await waitFor(
    () => Promise.resolve(page.url()),
    (u) => u !== bUrl,
  );
  await page.waitForFunction(() => document.title === 'done');
  await settle(800);
  const badgeAfterBack = await t.badge(tabId);
  const state = await page.evaluate(() => {
    const w = window as unknown as { __marker?: boolean; __persisted?: boolean };
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return { marker: w.__marker === true, persisted: w.__persisted ?? null, type: nav?.type ?? 'none' };
  });
  const log = await (
    await t.worker()
  ).evaluate(() => {
    const g = globalThis as unknown as { __probe?: { step: string; log: { step: string; info: unknown }[] } };
    const out = g.__probe?.log ?? [];
    delete g.__probe;
    return out;
  });
  const onUpdated: Record<string, unknown[]> = {};
  for (const e of log) (onUpdated[e.step] ??= []).push(e.info);
  return {
    onUpdated,
    badgeOnA,
    badgeOnB,
    badgeAfterBack,
    restoredFromBfcache: state.marker,
    pageshowPersisted: state.persisted,
    navigationType: state.type,
  };
}
