import { describe, expect, it } from 'vitest';
import { MemoryBadge } from '../../test/fakes/memory-badge';
import { MemoryStore } from '../../test/fakes/memory-store';
import { ManualTimer, settle } from '../../test/fakes/manual-timer';
import { failure, response } from '../../test/fakes/observations';
import { Recorder } from './recorder';
import { DEFAULT_SETTINGS } from './settings';
import { META_KEY, STATE_VERSION, tabKey } from './stored-state';

function setup(store = new MemoryStore(), extra: Partial<ConstructorParameters<typeof Recorder>[0]> = {}) {
  const badge = new MemoryBadge();
  const timer = new ManualTimer();
  const warnings: string[] = [];
  const rec = new Recorder({
    store,
    badge,
    timer,
    log: { warn: (m) => warnings.push(m) },
    flushDelayMs: 100,
    ...extra,
  });
  return { rec, store, badge, timer, warnings };
}

/** Runs due timers and lets storage promises resolve, a few rounds (past the 500 ms flush pace). */
async function flush(t: ManualTimer, ms = 250): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await settle();
    t.tick(ms);
    await settle();
  }
}

describe('Recorder', () => {
  it('counts failures per tab and shows them on each badge', async () => {
    const { rec, badge, timer } = setup();
    await rec.ready;
    rec.observe(response(404, { tabId: 1 }));
    rec.observe(response(500, { tabId: 1 }));
    rec.observe(response(403, { tabId: 2 }));
    rec.observe(response(200, { tabId: 2 }));
    await flush(timer);
    expect(badge.text(1)).toBe('2');
    expect(badge.text(2)).toBe('1');
  });

  it('queues events that arrive before the stored state is loaded, in order', async () => {
    const store = new MemoryStore();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const slow = {
      ...store,
      getAll: async () => (await gate, store.getAll()),
      set: store.set.bind(store),
      remove: store.remove.bind(store),
    };
    await store.set({ [META_KEY]: { version: STATE_VERSION } });
    const { rec, badge, timer } = setup(slow as unknown as MemoryStore);
    rec.navigate(1, 'https://a.example/', 1);
    rec.observe(response(404, { tabId: 1 }));
    expect(rec.getTab(1)).toBeUndefined();
    release();
    await rec.ready;
    expect(rec.getTab(1)?.groups['404']?.count).toBe(1);
    await flush(timer);
    expect(badge.text(1)).toBe('1');
  });

  it('coalesces a burst into a handful of storage writes, badge after storage', async () => {
    const { rec, store, badge, timer } = setup();
    await rec.ready;
    const order: string[] = [];
    badge.onApply = (id) => order.push(`badge:${id}:${store.data.has(tabKey(id)) ? 'stored' : 'missing'}`);
    // 1,000 failures over one simulated second, 10 ms apart in groups.
    for (let i = 0; i < 1000; i++) {
      rec.observe(response(i % 2 ? 404 : 503, { tabId: 1 }));
      if (i % 10 === 9) {
        timer.tick(10);
        await settle();
      }
    }
    await flush(timer);
    expect(store.setCalls).toBeLessThanOrEqual(12);
    expect(rec.getTab(1)?.groups['404']?.count).toBe(500);
    expect(badge.text(1)).toBe('99+');
    expect(order.every((o) => o.endsWith('stored'))).toBe(true);
  });

  it('writes a lone failure after 100 ms, and a page that keeps failing at most every 500 ms', async () => {
    const { rec, store, badge, timer } = setup();
    await rec.ready;
    const step = async (ms: number): Promise<void> => {
      timer.tick(ms);
      await settle();
    };
    rec.observe(response(404, { tabId: 1 }));
    await step(99);
    expect(store.setCalls).toBe(0);
    await step(1);
    expect(store.setCalls).toBe(1);
    expect(badge.text(1)).toBe('1');

    // Two seconds of failures, one every 10 ms: about one write per 500 ms, and
    // the badge keeps moving meanwhile.
    const writesAt: number[] = [];
    let writes = store.setCalls;
    for (let i = 0; i < 200; i++) {
      rec.observe(response(500, { tabId: 1 }));
      await step(10);
      if (store.setCalls !== writes) {
        writes = store.setCalls;
        writesAt.push(timer.now());
      }
    }
    expect(writesAt.length).toBeGreaterThanOrEqual(3);
    expect(writesAt.length).toBeLessThanOrEqual(5);
    for (let i = 1; i < writesAt.length; i++) expect(writesAt[i]! - writesAt[i - 1]!).toBeGreaterThanOrEqual(500);
    expect(badge.text(1)).not.toBe('1');
    // The tail is written within 500 ms of the last event.
    await step(500);
    expect(badge.text(1)).toBe('99+');
    expect(rec.getTab(1)?.groups['500']?.count).toBe(200);

    // After a quiet spell the next lone failure is quick again.
    await step(1000);
    const before = store.setCalls;
    rec.observe(response(404, { tabId: 2 }));
    await step(100);
    expect(store.setCalls).toBe(before + 1);
    expect(badge.text(2)).toBe('1');
  });

  it('shows on the badge only what storage holds, even when events arrive mid-write', async () => {
    const store = new MemoryStore();
    let release: () => void = () => undefined;
    const realSet = store.set.bind(store);
    let hold = false;
    store.set = async (items) => {
      if (hold) await new Promise<void>((r) => (release = r));
      return realSet(items);
    };
    const { rec, badge, timer } = setup(store);
    await rec.ready;
    rec.observe(response(404, { tabId: 1 }));
    hold = true;
    timer.tick(100); // the flush starts and its write is held
    await settle();
    rec.observe(response(404, { tabId: 1 })); // arrives while the write is under way
    hold = false;
    release();
    await settle();
    expect(badge.text(1)).toBe('1');
    await flush(timer);
    expect(badge.text(1)).toBe('2');
  });

  it('never loses state across a worker restart (new recorder, same storage)', async () => {
    const first = setup();
    await first.rec.ready;
    first.rec.navigate(4, 'https://a.example/page', 1);
    for (let i = 0; i < 30; i++) first.rec.observe(response(404, { tabId: 4 }));
    first.rec.observe(failure('net::ERR_CONNECTION_REFUSED', { tabId: 4 }));
    await flush(first.timer);

    const second = setup(first.store);
    await second.rec.ready;
    second.rec.observe(response(500, { tabId: 4 }));
    await flush(second.timer);
    const log = second.rec.getTab(4);
    expect(log?.pageUrl).toBe('https://a.example/page');
    expect(log?.groups['404']?.count).toBe(30);
    expect(log?.groups['500']?.count).toBe(1);
    expect(second.badge.text(4)).toBe('32');
  });

  it('starts a fresh count on navigation and forgets closed tabs', async () => {
    const { rec, store, badge, timer } = setup();
    await rec.ready;
    rec.observe(response(404, { tabId: 1 }));
    await flush(timer);
    rec.navigate(1, 'https://b.example/', 2);
    await flush(timer);
    expect(badge.text(1)).toBe('');
    expect(rec.getTab(1)?.pageUrl).toBe('https://b.example/');
    rec.tabRemoved(1);
    await flush(timer);
    expect(rec.getTab(1)).toBeUndefined();
    expect(store.data.has(tabKey(1))).toBe(false);
  });

  it('shows the added tab’s own page when a tab is replaced, and forgets the removed one', async () => {
    const { rec, store, badge, timer } = setup();
    await rec.ready;
    rec.observe(response(404, { tabId: 5 }));
    rec.observe(response(404, { tabId: 5 }));
    // The prerendered page loaded in hidden tab 9 with one failure of its own.
    rec.observe(response(500, { tabId: 9 }));
    await flush(timer);
    badge.shown.delete(9); // the browser shows tab 9's badge afresh
    rec.tabReplaced(9, 5);
    await flush(timer);
    expect(rec.getTab(5)).toBeUndefined();
    expect(store.data.has(tabKey(5))).toBe(false);
    expect(rec.getTab(9)?.groups['500']?.count).toBe(1);
    expect(rec.getTab(9)?.groups['404']).toBeUndefined();
    expect(badge.text(9)).toBe('1');
  });

  it('keeps keys that collide with Object.prototype apart', async () => {
    const { rec, timer } = setup();
    await rec.ready;
    rec.observe(failure('constructor', { tabId: 1, type: 'constructor' }));
    rec.observe(failure('__proto__', { tabId: 1, type: 'toString' }));
    rec.observe(failure('constructor', { tabId: 1, type: 'constructor' }));
    await flush(timer);
    const log = rec.getTab(1);
    expect(log?.groups['constructor']).toMatchObject({ count: 2, types: { constructor: 2 } });
    expect(Object.hasOwn(log?.groups ?? {}, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(log?.groups)).toBe(Object.prototype);
  });

  it('re-applies a badge the browser cleared when asked', async () => {
    const { rec, badge, timer } = setup();
    await rec.ready;
    rec.observe(response(404, { tabId: 1, type: 'main_frame' }));
    await flush(timer);
    const calls = badge.applyCalls;
    badge.shown.delete(1); // what Chrome does when the navigation commits
    rec.refreshBadge(1);
    await flush(timer);
    expect(badge.applyCalls).toBe(calls + 1);
    expect(badge.text(1)).toBe('1');
  });

  it('only reads a badge the browser kept: no part is written again', async () => {
    const { rec, badge, timer } = setup();
    await rec.ready;
    rec.observe(response(404, { tabId: 1 }));
    await flush(timer);
    const parts = badge.partCalls;
    rec.refreshBadge(1);
    await flush(timer);
    expect(badge.readCalls).toBe(1);
    expect(badge.partCalls).toBe(parts);
    // A tab closed meanwhile: the failed read is ignored.
    badge.closed.add(1);
    rec.refreshBadge(1);
    await flush(timer);
    expect(badge.readCalls).toBe(2);
    expect(badge.partCalls).toBe(parts);
  });

  describe('back/forward cache', () => {
    async function twoPages() {
      const t = setup();
      await t.rec.ready;
      t.rec.navigate(1, 'https://a.example/', 1);
      for (let i = 0; i < 3; i++) t.rec.observe(response(404, { tabId: 1 }));
      t.rec.urlChanged(1, 'https://a.example/'); // the commit of A: same address
      t.rec.navigate(1, 'https://b.example/', 2);
      t.rec.urlChanged(1, 'https://b.example/');
      for (let i = 0; i < 2; i++) t.rec.observe(response(500, { tabId: 1 }));
      await flush(t.timer);
      return t;
    }

    it('brings back the log of a page restored without a request, and forward again', async () => {
      const { rec, badge, timer, store } = await twoPages();
      expect(badge.text(1)).toBe('2');
      rec.urlChanged(1, 'https://a.example/'); // back, from the cache: no main-frame request
      await flush(timer);
      expect(badge.text(1)).toBe('3');
      expect(rec.getTab(1)?.pageUrl).toBe('https://a.example/');
      rec.urlChanged(1, 'https://b.example/'); // forward, from the cache
      await flush(timer);
      expect(badge.text(1)).toBe('2');
      // Storage follows, with no leftover chunks.
      const { parseStoredState } = await import('./stored-state');
      const loaded = parseStoredState(Object.fromEntries(store.data));
      expect(loaded.tabs.get(1)?.groups['500']?.count).toBe(2);
      expect(loaded.orphans).toEqual([]);
    });

    it('keeps the count through pushState and hash changes, and restores pages left at a pushed address', async () => {
      const { rec, badge, timer } = setup();
      await rec.ready;
      rec.navigate(1, 'https://app.example/home', 1);
      rec.observe(response(404, { tabId: 1 }));
      rec.urlChanged(1, 'https://app.example/home#top');
      rec.urlChanged(1, 'https://app.example/about'); // pushState
      rec.observe(response(404, { tabId: 1 }));
      await flush(timer);
      expect(badge.text(1)).toBe('2');
      rec.navigate(1, 'https://other.example/', 2);
      await flush(timer);
      expect(badge.text(1)).toBe('');
      rec.urlChanged(1, 'https://app.example/about'); // back to the pushed address, from the cache
      await flush(timer);
      expect(badge.text(1)).toBe('2');
    });

    it('starts fresh when going back reloads the page (a request is made)', async () => {
      const { rec, badge, timer } = await twoPages();
      rec.navigate(1, 'https://a.example/', 3);
      rec.urlChanged(1, 'https://a.example/');
      rec.observe(response(404, { tabId: 1 }));
      await flush(timer);
      expect(badge.text(1)).toBe('1');
    });
  });

  it('learns the page address from the tab when its navigation event was missed', async () => {
    const { rec, store, timer } = setup();
    await rec.ready;
    rec.observe(response(404, { tabId: 1 }));
    rec.refreshBadge(1, 'https://late.example/page');
    await flush(timer);
    expect(rec.getTab(1)?.pageUrl).toBe('https://late.example/page');
    rec.refreshBadge(1, 'https://other.example/');
    rec.refreshBadge(1, 'chrome://newtab/');
    await flush(timer);
    expect(rec.getTab(1)?.pageUrl).toBe('https://late.example/page');
    expect((store.data.get(tabKey(1)) as { pageUrl: string }).pageUrl).toBe('https://late.example/page');
    // Learnt after the last write, with a badge the browser kept: still stored.
    rec.observe(response(404, { tabId: 2 }));
    await flush(timer);
    rec.refreshBadge(2, 'https://later.example/');
    await flush(timer);
    expect((store.data.get(tabKey(2)) as { pageUrl: string }).pageUrl).toBe('https://later.example/');
  });

  it('writes only the badge parts that changed', async () => {
    const { rec, badge, timer } = setup();
    await rec.ready;
    rec.observe(response(404, { tabId: 1 }));
    await flush(timer);
    expect(badge.partCalls).toBe(4);
    rec.observe(response(404, { tabId: 1 }));
    await flush(timer);
    // Same colour: only the text and the title change.
    expect(badge.partCalls).toBe(6);
    expect(badge.shown.get(1)).toMatchObject({ text: '2', title: 'HTTP Why: 2 failed requests: 2 × 404 Not Found' });
  });

  it('skips badge writes that would change nothing', async () => {
    const { rec, badge, timer } = setup();
    await rec.ready;
    rec.observe(failure('net::ERR_ABORTED', { tabId: 1 }));
    await flush(timer);
    const calls = badge.applyCalls;
    rec.observe(response(200, { tabId: 1 }));
    await flush(timer);
    expect(badge.applyCalls).toBe(calls);
  });

  it('clears a tab on request but keeps its page', async () => {
    const { rec, badge, timer } = setup();
    await rec.ready;
    rec.navigate(1, 'https://a.example/', 1);
    rec.observe(response(500, { tabId: 1 }));
    await flush(timer);
    rec.clearTab(1);
    await flush(timer);
    expect(badge.text(1)).toBe('');
    expect(rec.getTab(1)?.pageUrl).toBe('https://a.example/');
  });

  it('retries a failed storage write and keeps the data in memory meanwhile', async () => {
    const { rec, store, timer, warnings } = setup();
    await rec.ready;
    store.failNextSets = 1;
    rec.observe(response(404, { tabId: 1 }));
    await flush(timer);
    expect(warnings.some((w) => w.includes('write failed'))).toBe(true);
    expect(rec.getTab(1)?.groups['404']?.count).toBe(1);
    await flush(timer, 2000);
    expect(store.data.has(tabKey(1))).toBe(true);
  });

  it('halves the details when storage keeps refusing, counts stay exact', async () => {
    const { rec, store, timer } = setup();
    await rec.ready;
    for (let i = 0; i < 40; i++) rec.observe(response(404, { tabId: 1 }));
    store.failNextSets = 3;
    await flush(timer);
    await flush(timer, 5000);
    await flush(timer, 10000);
    await flush(timer, 20000);
    const log = rec.getTab(1);
    expect(log?.groups['404']?.count).toBe(40);
    expect(log?.recent.length).toBeLessThan(40);
    expect(store.data.has(tabKey(1))).toBe(true);
  });

  it('resets corrupted stored state with a warning instead of crashing', async () => {
    const store = new MemoryStore();
    await store.set({ [META_KEY]: { version: STATE_VERSION }, [tabKey(1)]: { garbage: true } });
    const { rec, warnings, timer } = setup(store);
    await rec.ready;
    expect(warnings).toContain('resetting stored state: stored entry tab:1 is corrupted');
    rec.observe(response(404, { tabId: 1 }));
    await flush(timer);
    expect(rec.getTab(1)?.groups['404']?.count).toBe(1);
  });

  it('keeps detailed records within a global budget across tabs', async () => {
    const { rec, timer } = setup(new MemoryStore(), { globalRecentCap: 100, recentCap: 50 });
    await rec.ready;
    for (let t = 1; t <= 5; t++) for (let i = 0; i < 60; i++) rec.observe(response(404, { tabId: t }));
    await flush(timer);
    let details = 0;
    for (const id of rec.tabIds()) {
      const log = rec.getTab(id);
      details += log?.recent.length ?? 0;
      expect(log?.groups['404']?.count).toBe(60);
      expect((log?.recent.length ?? 0) + (log?.dropped ?? 0)).toBe(60);
    }
    expect(details).toBeLessThanOrEqual(100);
  });

  it('sweeps tabs that no longer exist', async () => {
    const { rec, timer } = setup();
    await rec.ready;
    rec.observe(response(404, { tabId: 1 }));
    rec.observe(response(404, { tabId: 2 }));
    rec.sweep(new Set([2]));
    await flush(timer);
    expect(rec.tabIds()).toEqual([2]);
  });

  it('applies new settings to every open tab at once', async () => {
    const { rec, badge, timer } = setup();
    await rec.ready;
    rec.observe(failure('net::ERR_BLOCKED_BY_CLIENT', { tabId: 1 }));
    await flush(timer);
    expect(badge.text(1)).toBe('');
    rec.setSettings({ ...DEFAULT_SETTINGS, count: { ...DEFAULT_SETTINGS.count, blocked: true } });
    await flush(timer);
    expect(badge.text(1)).toBe('1');
  });

  it('marks and counts third-party failures against the page’s site', async () => {
    const { rec, timer, badge } = setup();
    await rec.ready;
    rec.navigate(1, 'https://shop.example/', 1);
    rec.observe(response(404, { tabId: 1, url: 'https://cdn.shop.example/a.png' }));
    rec.observe(response(404, { tabId: 1, url: 'https://ads.other.test/p.gif' }));
    await flush(timer);
    expect(rec.getTab(1)?.groups['404']?.thirdParty).toBe(1);
    expect(rec.getTab(1)?.recent.map((r) => r.thirdParty ?? false)).toEqual([false, true]);
    rec.setSettings({ ...DEFAULT_SETTINGS, countThirdParty: false });
    await flush(timer);
    expect(badge.text(1)).toBe('1');
  });

  it('does not record requests to ignored hosts', async () => {
    const { rec, timer } = setup();
    await rec.ready;
    rec.setSettings({ ...DEFAULT_SETTINGS, ignoreHosts: ['*.ads.test'] });
    rec.observe(response(404, { tabId: 1, url: 'https://x.ads.test/pixel.gif' }));
    rec.observe(response(404, { tabId: 1, url: 'https://site.test/real' }));
    await flush(timer);
    expect(rec.getTab(1)?.groups['404']?.count).toBe(1);
    expect(rec.getTab(1)?.recent[0]?.url).toBe('https://site.test/real');
  });

  it('ignores a badge write for a tab that closed meanwhile', async () => {
    const { rec, badge, timer } = setup();
    await rec.ready;
    badge.closed.add(3);
    rec.observe(response(404, { tabId: 3 }));
    await flush(timer);
    expect(badge.text(3)).toBeUndefined();
    rec.observe(response(404, { tabId: 4 }));
    await flush(timer);
    expect(badge.text(4)).toBe('1');
  });
});
