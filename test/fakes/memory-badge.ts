import type { BadgeView } from '../../src/core/badge';
import type { BadgePort } from '../../src/core/ports';

/** Records the badge of every tab, like browser.action would show it. */
export class MemoryBadge implements BadgePort {
  readonly shown = new Map<number, BadgeView>();
  applyCalls = 0;
  /** Browser calls the adapter would make (one per changed part). */
  partCalls = 0;
  /** Tabs that no longer exist: apply() rejects for them, as the browser does. */
  readonly closed = new Set<number>();
  /** Called on each apply with the moment's state (to check write order). */
  onApply: ((tabId: number) => void) | undefined;

  apply(tabId: number, change: Partial<BadgeView>): Promise<void> {
    this.applyCalls++;
    this.partCalls += Object.keys(change).length;
    if (this.closed.has(tabId)) return Promise.reject(new Error(`No tab with id: ${tabId}.`));
    this.onApply?.(tabId);
    // Like the browser: parts not given keep their value (default: empty).
    const prev = this.shown.get(tabId) ?? { text: '', color: '', textColor: '', title: '' };
    this.shown.set(tabId, { ...prev, ...change });
    return Promise.resolve();
  }

  readCalls = 0;

  shownText(tabId: number): Promise<string> {
    this.readCalls++;
    if (this.closed.has(tabId)) return Promise.reject(new Error(`No tab with id: ${tabId}.`));
    return Promise.resolve(this.shown.get(tabId)?.text ?? '');
  }

  text(tabId: number): string | undefined {
    return this.shown.get(tabId)?.text;
  }
}
