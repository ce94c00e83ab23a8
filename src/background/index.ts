/**
 * Composition root of the background worker (Chrome service worker, Firefox event
 * page). Wiring only: adapters from src/platform, logic from src/core. Every
 * listener is registered synchronously at top level, as MV3 requires, so events
 * that wake the worker are delivered.
 */
import { classifyStatus } from '../core/classify';
import { parseCommand } from '../core/messages';
import { Recorder } from '../core/recorder';
import { actionBadge } from '../platform/badge';
import { listenMessages } from '../platform/messaging';
import { consoleLogger, ownOrigin, realTimer } from '../platform/runtime';
import { sessionStore } from '../platform/session-store';
import { onSettingsChanged, readSettings } from '../platform/settings-store';
import { listenTabs, liveTabIds } from '../platform/tabs';
import { listenWebRequests } from '../platform/web-request';

const recorder = new Recorder({
  store: sessionStore(),
  badge: actionBadge(),
  timer: realTimer,
  log: consoleLogger,
  ownOrigin: ownOrigin(),
});

listenWebRequests({
  completed(statusCode, build) {
    if (classifyStatus(statusCode) === null) return; // successes and redirects leave here
    recorder.observe(build());
  },
  failed: (obs) => recorder.observe(obs),
  mainFrameStarted: (tabId, url, time) => recorder.navigate(tabId, url, time),
});

listenTabs({
  removed: (tabId) => recorder.tabRemoved(tabId),
  replaced: (added, removed) => recorder.tabReplaced(added, removed),
  statusChanged: (tabId, url) => recorder.refreshBadge(tabId, url),
  urlChanged: (tabId, url) => recorder.urlChanged(tabId, url),
});

listenMessages((msg, fromOwnPage) => {
  const cmd = fromOwnPage ? parseCommand(msg) : null;
  if (cmd?.type === 'clear-tab') {
    recorder.clearTab(cmd.tabId);
    return { ok: true };
  }
  return undefined;
});

onSettingsChanged((s) => recorder.setSettings(s));
readSettings()
  .then((s) => recorder.setSettings(s))
  .catch((e: unknown) => consoleLogger.warn('could not read settings; using the defaults', e));

// Tabs closed while the worker slept (or before an update) leave no state behind.
liveTabIds()
  .then((ids) => recorder.sweep(ids))
  .catch((e: unknown) => consoleLogger.warn('could not list tabs for the sweep', e));
