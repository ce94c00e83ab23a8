import type { BadgeView } from '../core/badge';
import type { BadgePort } from '../core/ports';
import { browser } from './browser';

/** Per-tab toolbar badge through browser.action: one call per part that changed. */
export function actionBadge(): BadgePort {
  const action = browser.action;
  return {
    async apply(tabId: number, change: Partial<BadgeView>): Promise<void> {
      const calls: Promise<void>[] = [];
      if (change.text !== undefined) calls.push(action.setBadgeText({ tabId, text: change.text }));
      if (change.color !== undefined) calls.push(action.setBadgeBackgroundColor({ tabId, color: change.color }));
      // setBadgeTextColor is missing in some Chromium forks: feature-detect.
      if (change.textColor !== undefined && typeof action.setBadgeTextColor === 'function') {
        calls.push(action.setBadgeTextColor({ tabId, color: change.textColor }));
      }
      if (change.title !== undefined) calls.push(action.setTitle({ tabId, title: change.title }));
      await Promise.all(calls);
    },
    shownText: (tabId: number) => action.getBadgeText({ tabId }),
  };
}
