import { badgeFor, type BadgeView } from './badge';
import { captureHeaders } from './capture';
import { isThirdParty } from './party';
import { classify } from './classify';
import type { Observation } from './observation';
import type { BadgePort, KeyValueStore, Logger, Timer } from './ports';
import { DEFAULT_SETTINGS, isIgnoredHost, type Settings } from './settings';
import { hostOf } from './url';
import {
  META_KEY,
  STATE_VERSION,
  chunkKeysOf,
  parseStoredState,
  tabKey,
  tabWrite,
  type Persisted,
} from './stored-state';
import {
  appendFailure,
  clip,
  dropOldest,
  emptyLiveLog,
  liveCopy,
  MAX_URL_LENGTH,
  toRecord,
  type LiveTabLog,
  type TabLog,
} from './tab-log';

export interface RecorderOptions {
  readonly store: KeyValueStore;
  readonly badge: BadgePort;
  readonly timer: Timer;
  readonly log: Logger;
  /** The extension's own origin; requests it starts are ignored. */
  readonly ownOrigin?: string;
  /** Delay that lets bursts of events share one storage write and one badge write. */
  readonly flushDelayMs?: number;
  /**
   * Least time between the starts of two flushes. A page that keeps failing is
   * written (and its badge updated) at this pace, not after every quiet 100 ms:
   * each write and badge call costs the worker far more than an event.
   */
  readonly minFlushIntervalMs?: number;
  /** Detailed records kept across all tabs; counts stay exact beyond it. */
  readonly globalRecentCap?: number;
  readonly recentCap?: number;
}

type Pending = () => void;

/** Pages a tab remembers for back/forward cache restores. */
const PREVIOUS_PAGES = 3;

function withoutHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

/**
 * Owns the per-tab logs. One in-memory state, loaded once from session storage;
 * events change it synchronously; a single flush, at most one at a time, writes
 * the changed tabs to storage and then their badges:
 *
 *   event ─► state (memory) ─► dirty set ─► [flushDelay] ─► storage.set(dirty tabs)
 *                                                        └─► badge.apply(dirty tabs)
 *
 * Events that arrive before the state is loaded wait in a queue, in order.
 */
export class Recorder {
  private readonly tabs = new Map<number, LiveTabLog>();
  private readonly dirty = new Set<number>();
  /** Storage keys to delete at the next flush (closed tabs, replaced generations). */
  private readonly removals = new Set<string>();
  /** What storage holds per tab (so a flush writes only what changed). */
  private readonly persisted = new Map<number, Persisted>();
  /** Current generation of each tab's log; bumped when the log is replaced. */
  private readonly gens = new Map<number, number>();
  private genCounter = 0;
  /** The address each tab shows now (changes with pushState; the log's pageUrl does not). */
  private readonly shownUrl = new Map<number, string>();
  /**
   * Logs of the pages a tab showed before, by the address it showed when it left
   * them: a back/forward cache restore brings such a page back without a request.
   * Memory only, a few per tab.
   */
  private readonly previousPages = new Map<number, { url: string; log: LiveTabLog }[]>();
  private readonly badgeStale = new Set<number>();
  private readonly shownBadge = new Map<number, BadgeView>();
  private pending: Pending[] | null = [];
  private flushScheduled = false;
  private lastFlushAt = -Infinity;
  private flushing: Promise<void> | null = null;
  private failedWrites = 0;
  private settings: Settings = DEFAULT_SETTINGS;
  private recordCount = 0;
  readonly ready: Promise<void>;

  constructor(private readonly o: RecorderOptions) {
    this.ready = this.load();
  }

  private get flushDelay(): number {
    return this.o.flushDelayMs ?? 100;
  }

  private async load(): Promise<void> {
    let all: Record<string, unknown> = {};
    try {
      all = await this.o.store.getAll();
    } catch (e) {
      this.o.log.warn('could not read session storage; starting empty', e);
    }
    const loaded = parseStoredState(all);
    if (loaded.problem) {
      this.o.log.warn(`resetting stored state: ${loaded.problem}`);
      this.safeRemove(Object.keys(all));
    } else {
      this.safeRemove(loaded.orphans);
    }
    for (const p of loaded.persisted.values()) this.genCounter = Math.max(this.genCounter, p.gen);
    // Events that arrived meanwhile wait in `pending`: the stored logs come first.
    for (const [id, log] of loaded.tabs) {
      const p = loaded.persisted.get(id);
      if (!p) continue;
      this.tabs.set(id, liveCopy(log));
      this.persisted.set(id, p);
      this.gens.set(id, p.gen);
    }
    this.recordCount = 0;
    for (const log of this.tabs.values()) this.recordCount += log.recent.length;
    const queue = this.pending ?? [];
    this.pending = null;
    for (const run of queue) run();
  }

  /** The log of a tab is replaced by a new one: its stored chunks become garbage. */
  private newGeneration(tabId: number): void {
    const p = this.persisted.get(tabId);
    if (p) for (const k of chunkKeysOf({ tabId, ...p })) this.removals.add(k);
    this.persisted.delete(tabId);
    this.gens.set(tabId, ++this.genCounter);
  }

  private genOf(tabId: number): number {
    let g = this.gens.get(tabId);
    if (g === undefined) {
      g = ++this.genCounter;
      this.gens.set(tabId, g);
    }
    return g;
  }

  private safeRemove(keys: string[]): void {
    if (keys.length === 0) return;
    this.o.store.remove(keys).catch((e: unknown) => this.o.log.warn('could not clear stored state', e));
  }

  private whenReady(run: Pending): void {
    if (this.pending) this.pending.push(run);
    else run();
  }

  /** A request finished (completed or failed). The hot path. */
  observe(obs: Observation): void {
    const c = classify(obs, this.o.ownOrigin);
    if (!c) return;
    if (this.settings.ignoreHosts.length > 0 && isIgnoredHost(hostOf(obs.url), this.settings.ignoreHosts)) return;
    const headers = obs.outcome.kind === 'response' ? captureHeaders(obs.outcome.headers) : undefined;
    this.whenReady(() => {
      let log = this.tabs.get(obs.tabId);
      if (!log) {
        log = emptyLiveLog(obs.tabId);
        this.tabs.set(obs.tabId, log);
      }
      const third = obs.type !== 'main_frame' && isThirdParty(obs.url, log.pageUrl);
      const rec = toRecord(obs, c, headers, third);
      const before = log.recent.length;
      appendFailure(log, rec, this.o.recentCap);
      this.recordCount += log.recent.length - before;
      this.enforceGlobalCap();
      this.touch(obs.tabId);
    });
  }

  /** A top-level navigation started in a tab: a fresh page, a fresh count. */
  navigate(tabId: number, url: string, time: number): void {
    if (!(tabId >= 0)) return;
    this.whenReady(() => {
      const old = this.tabs.get(tabId);
      if (old) {
        this.recordCount -= old.recent.length;
        this.rememberPage(tabId, this.shownUrl.get(tabId) ?? old.pageUrl, old);
      }
      this.shownUrl.set(tabId, url);
      this.newGeneration(tabId);
      this.tabs.set(tabId, emptyLiveLog(tabId, url, time));
      this.touch(tabId);
    });
  }

  /** Empties a tab's list (the popup's Clear button) but keeps its page. */
  clearTab(tabId: number): void {
    this.whenReady(() => {
      const old = this.tabs.get(tabId);
      if (!old) return;
      this.recordCount -= old.recent.length;
      this.newGeneration(tabId);
      this.tabs.set(tabId, emptyLiveLog(tabId, old.pageUrl, old.startedAt));
      this.touch(tabId);
    });
  }

  tabRemoved(tabId: number): void {
    this.whenReady(() => {
      const old = this.tabs.get(tabId);
      if (old) this.recordCount -= old.recent.length;
      this.newGeneration(tabId);
      this.gens.delete(tabId);
      this.tabs.delete(tabId);
      this.shownUrl.delete(tabId);
      this.previousPages.delete(tabId);
      this.shownBadge.delete(tabId);
      this.dirty.delete(tabId);
      this.badgeStale.delete(tabId);
      this.removals.add(tabKey(tabId));
      this.schedule();
    });
  }

  /**
   * A tab was swapped for another (a page prerendered in a hidden tab, then shown).
   * The page now showing is the added tab's own, tracked under its own id; the
   * removed tab's page is gone with it.
   */
  tabReplaced(addedTabId: number, removedTabId: number): void {
    this.whenReady(() => {
      this.tabRemoved(removedTabId);
      this.refreshBadge(addedTabId);
    });
  }

  /** Keeps a left page's log for a possible back/forward cache restore. */
  private rememberPage(tabId: number, url: string, log: LiveTabLog): void {
    const key = withoutHash(url);
    if (key === '') return;
    const list = (this.previousPages.get(tabId) ?? []).filter((p) => p.url !== key);
    list.push({ url: key, log });
    if (list.length > PREVIOUS_PAGES) list.shift();
    this.previousPages.set(tabId, list);
  }

  /**
   * The address a tab shows changed (tabs.onUpdated). With no request for a new
   * document, that is either a same-document navigation (pushState, #hash: the
   * count goes on) or a page restored from the back/forward cache: when the
   * address is one the tab left earlier, that page's own log comes back.
   */
  urlChanged(tabId: number, url: string): void {
    if (!(tabId >= 0) || typeof url !== 'string') return;
    this.whenReady(() => {
      const now = withoutHash(url);
      const log = this.tabs.get(tabId);
      const shown = withoutHash(this.shownUrl.get(tabId) ?? log?.pageUrl ?? '');
      this.shownUrl.set(tabId, url);
      if (!log || now === shown || (shown === '' && now === withoutHash(log.pageUrl))) return;
      const list = this.previousPages.get(tabId) ?? [];
      const i = list.findIndex((p) => p.url === now);
      const back = list[i];
      if (!back) return;
      list.splice(i, 1);
      this.rememberPage(tabId, shown, log);
      this.recordCount += back.log.recent.length - log.recent.length;
      this.newGeneration(tabId);
      this.tabs.set(tabId, back.log);
      this.enforceGlobalCap();
      this.touch(tabId);
    });
  }

  /**
   * The tab finished loading. Browsers clear per-tab badges when a navigation
   * commits, which can come after our last write (a page that is itself a 404):
   * show it again if it was cleared. Reading the text is one call; rewriting every
   * part on every page load would be four.
   */
  refreshBadge(tabId: number, url?: string): void {
    this.whenReady(() => {
      // The navigation's first event can be missed (right after install): learn the page here.
      const log = this.tabs.get(tabId);
      if (log && log.pageUrl === '' && typeof url === 'string' && /^https?:/i.test(url)) {
        log.pageUrl = clip(url, MAX_URL_LENGTH);
        this.dirty.add(tabId);
        this.schedule();
      }
      // A tab with nothing recorded shows the browser's defaults, which is what a
      // cleared badge shows: no write needed.
      if (!log || Object.keys(log.groups).length === 0) {
        this.shownBadge.delete(tabId);
        return;
      }
      const rewrite = (): void => {
        this.redrawBadge(tabId);
        this.schedule();
      };
      const believed = this.shownBadge.get(tabId)?.text;
      // An empty text cannot tell a cleared badge from ours (the title may differ).
      if (believed === undefined || believed === '') {
        rewrite();
        return;
      }
      this.o.badge.shownText(tabId).then(
        (text) => {
          // A flush that ran meanwhile may have changed what we believe: any
          // mismatch rewrites, which is at worst one write too many.
          if (this.tabs.has(tabId) && text !== this.shownBadge.get(tabId)?.text) rewrite();
        },
        () => undefined, // the tab closed meanwhile
      );
    });
  }

  setSettings(settings: Settings): void {
    this.whenReady(() => {
      this.settings = settings;
      for (const id of this.tabs.keys()) this.redrawBadge(id);
      this.schedule();
    });
  }

  getTab(tabId: number): TabLog | undefined {
    return this.tabs.get(tabId);
  }

  tabIds(): number[] {
    return [...this.tabs.keys()];
  }

  /** Forgets tabs that no longer exist (the browser closed them while we slept). */
  sweep(liveTabIds: ReadonlySet<number>): void {
    this.whenReady(() => {
      for (const id of [...this.tabs.keys()]) if (!liveTabIds.has(id)) this.tabRemoved(id);
    });
  }

  /** The next flush writes every part of the tab's badge, whatever we believe it shows. */
  private redrawBadge(tabId: number): void {
    this.shownBadge.delete(tabId);
    this.badgeStale.add(tabId);
  }

  private touch(tabId: number): void {
    this.dirty.add(tabId);
    this.badgeStale.add(tabId);
    this.schedule();
  }

  private enforceGlobalCap(): void {
    const cap = this.o.globalRecentCap ?? 4000;
    while (this.recordCount > cap) {
      let biggest: LiveTabLog | undefined;
      for (const log of this.tabs.values()) if (!biggest || log.recent.length > biggest.recent.length) biggest = log;
      if (!biggest || biggest.recent.length === 0) break;
      const n = Math.min(this.recordCount - cap, biggest.recent.length);
      dropOldest(biggest, n);
      this.recordCount -= n;
      this.dirty.add(biggest.tabId);
    }
  }

  private schedule(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    const sinceLast = this.o.timer.now() - this.lastFlushAt;
    const delay = Math.max(this.flushDelay, (this.o.minFlushIntervalMs ?? 500) - sinceLast);
    this.o.timer.after(delay, () => {
      this.flushScheduled = false;
      void this.flush();
    });
  }

  /** Writes what changed. Serialised: a flush never overlaps another. */
  flush(): Promise<void> {
    if (this.flushing) {
      // A flush is under way: run another once it ends, for what changed meanwhile.
      const after = this.flushing.then(() => this.flush());
      return after;
    }
    const run = this.doFlush().finally(() => {
      this.flushing = null;
    });
    this.flushing = run;
    return run;
  }

  private async doFlush(): Promise<void> {
    this.lastFlushAt = this.o.timer.now();
    const dirty = [...this.dirty];
    const stale = [...this.badgeStale];
    this.dirty.clear();
    this.badgeStale.clear();
    // Badges show the logs as this flush stores them, never state that is not yet
    // in storage: if the worker is stopped, the badge never claims more than kept.
    // Logs change in place, so the views are computed now, before any await.
    const shown = new Map(stale.map((id) => [id, badgeFor(this.tabs.get(id), this.settings)] as const));
    const items: Record<string, unknown> = {};
    const written = new Map<number, Persisted>();
    for (const id of dirty) {
      const log = this.tabs.get(id);
      if (!log) continue;
      const w = tabWrite(log, this.genOf(id), this.persisted.get(id));
      Object.assign(items, w.set);
      for (const k of w.remove) this.removals.add(k);
      written.set(id, w.persisted);
    }
    // Keys written now must not be deleted after (a tab closed and reopened with its id).
    for (const k of Object.keys(items)) this.removals.delete(k);
    const removals = [...this.removals];
    this.removals.clear();
    if (written.size > 0 || removals.length > 0) {
      try {
        if (written.size > 0) {
          items[META_KEY] = { version: STATE_VERSION };
          await this.o.store.set(items);
          for (const [id, p] of written) {
            if (this.tabs.has(id) && this.gens.get(id) === p.gen) this.persisted.set(id, p);
            else {
              // The tab closed or got a new log while this write was under way: what
              // was just written belongs to nothing now.
              for (const k of chunkKeysOf({ tabId: id, ...p })) this.removals.add(k);
              if (!this.tabs.has(id)) this.removals.add(tabKey(id));
              this.schedule();
            }
          }
        }
        if (removals.length > 0) await this.o.store.remove(removals);
        this.failedWrites = 0;
      } catch (e) {
        this.failedWrites++;
        this.o.log.warn(`session storage write failed (${this.failedWrites} in a row); will retry`, e);
        for (const id of dirty) if (this.tabs.has(id)) this.dirty.add(id);
        for (const k of removals) this.removals.add(k);
        if (this.failedWrites >= 3) this.shrinkForQuota();
        this.scheduleRetry();
      }
    }
    await Promise.all(stale.map((id) => this.applyBadge(id, shown.get(id))));
  }

  private scheduleRetry(): void {
    const delay = Math.min(30_000, 1000 * 2 ** Math.min(this.failedWrites, 5));
    this.o.timer.after(delay, () => void this.flush());
  }

  /** Storage keeps refusing (likely full): keep counts, halve the details. */
  private shrinkForQuota(): void {
    for (const log of [...this.tabs.values()]) {
      const n = Math.ceil(log.recent.length / 2);
      if (n > 0) {
        dropOldest(log, n);
        this.recordCount -= n;
        this.dirty.add(log.tabId);
      }
    }
  }

  private async applyBadge(tabId: number, view: BadgeView | undefined): Promise<void> {
    if (!view || (!this.tabs.has(tabId) && !this.gens.has(tabId))) return;
    const shown = this.shownBadge.get(tabId);
    const change: Partial<Record<keyof BadgeView, string>> = {};
    for (const k of ['text', 'color', 'textColor', 'title'] as const) if (shown?.[k] !== view[k]) change[k] = view[k];
    if (Object.keys(change).length === 0) return;
    try {
      await this.o.badge.apply(tabId, change);
      this.shownBadge.set(tabId, view);
    } catch {
      // The tab closed between the event and the flush: nothing to show.
    }
  }
}
