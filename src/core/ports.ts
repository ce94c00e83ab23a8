import type { BadgeView } from './badge';

/**
 * The narrow interfaces the core needs from the browser. Implemented in
 * src/platform/ over webextension-polyfill, and by in-memory fakes in test/fakes/.
 */
export interface KeyValueStore {
  getAll(): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: readonly string[]): Promise<void>;
}

export interface BadgePort {
  /**
   * Sets the given parts of a tab's badge (each is one browser call, so only the
   * parts that changed are passed); rejects when the tab is gone (callers ignore that).
   */
  apply(tabId: number, change: Partial<BadgeView>): Promise<void>;
  /** The text the tab's badge shows now (browsers clear per-tab badges when a navigation commits). */
  shownText(tabId: number): Promise<string>;
}

export interface Timer {
  after(ms: number, fn: () => void): void;
  /** Milliseconds on a monotonic clock (only differences are used). */
  now(): number;
}

export interface Logger {
  warn(message: string, detail?: unknown): void;
}
