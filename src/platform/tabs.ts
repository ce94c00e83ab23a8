import { browser } from './browser';

export interface TabHandlers {
  removed(tabId: number): void;
  replaced(addedTabId: number, removedTabId: number): void;
  /** A tab finished loading; `url` when host access shows it. */
  statusChanged(tabId: number, url: string | undefined): void;
  /** The address the tab shows changed (also without a new document). */
  urlChanged(tabId: number, url: string): void;
}

/** Tab lifecycle events; none needs the "tabs" permission. */
export function listenTabs(h: TabHandlers): void {
  browser.tabs.onRemoved.addListener((tabId) => h.removed(tabId));
  browser.tabs.onReplaced.addListener((added, removed) => h.replaced(added, removed));
  browser.tabs.onUpdated.addListener((tabId, info, tab) => {
    // Host access shows the URL of web pages; url comes before the status change.
    if (typeof info.url === 'string') h.urlChanged(tabId, info.url);
    // Chrome clears a tab's badge when a navigation commits: re-apply it once the
    // page has loaded (not on 'loading': that would write it twice per page).
    if (info.status === 'complete') h.statusChanged(tabId, tab.url);
  });
}

export async function liveTabIds(): Promise<Set<number>> {
  const tabs = await browser.tabs.query({});
  return new Set(tabs.flatMap((t) => (t.id === undefined ? [] : [t.id])));
}
