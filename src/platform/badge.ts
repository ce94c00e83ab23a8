import type { BadgeView } from '../core/badge';
import type { BadgePort } from '../core/ports';
import { browser } from './browser';

/** Per-tab toolbar badge through browser.action. */
export function actionBadge(): BadgePort {
  const action = browser.action;
  return {
    async apply(tabId: number, view: BadgeView): Promise<void> {
      await Promise.all([
        action.setBadgeText({ tabId, text: view.text }),
        action.setBadgeBackgroundColor({ tabId, color: view.color }),
        // Firefox before 63 and some Chromium forks lack setBadgeTextColor: feature-detect.
        typeof action.setBadgeTextColor === 'function'
          ? action.setBadgeTextColor({ tabId, color: view.textColor })
          : Promise.resolve(),
        action.setTitle({ tabId, title: view.title }),
      ]);
    },
  };
}
