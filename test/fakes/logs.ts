import { classify } from '../../src/core/classify';
import type { Observation } from '../../src/core/observation';
import {
  appendFailure,
  dropOldest,
  emptyLiveLog,
  liveCopy,
  RECENT_CAP,
  toRecord,
  type FailureRecord,
  type TabLog,
} from '../../src/core/tab-log';
import { failure, response } from './observations';
import { captureHeaders } from '../../src/core/capture';

/* Pure versions of the recorder's in-place log updates, for building fixtures. */

export function emptyTabLog(tabId: number, pageUrl = '', startedAt = 0): TabLog {
  return emptyLiveLog(tabId, pageUrl, startedAt);
}

/** Adds one failure to a tab's log. Pure: returns a new log. */
export function addFailure(log: TabLog, rec: FailureRecord, recentCap = RECENT_CAP): TabLog {
  const next = liveCopy(log);
  appendFailure(next, rec, recentCap);
  return next;
}

/** Drops the `n` oldest detailed records of a tab. Pure: returns a new log. */
export function trimOldest(log: TabLog, n: number): TabLog {
  if (Math.min(n, log.recent.length) <= 0) return log;
  const next = liveCopy(log);
  dropOldest(next, n);
  return next;
}

/** Builds a tab log from observations, the way the recorder would. */
export function logFrom(pageUrl: string, ...obs: Observation[]): TabLog {
  let log = emptyTabLog(1, pageUrl, 1_700_000_000_000);
  for (const o of obs) {
    const c = classify(o);
    if (!c) continue;
    const headers = o.outcome.kind === 'response' ? captureHeaders(o.outcome.headers) : undefined;
    log = addFailure(log, toRecord(o, c, headers));
  }
  return log;
}

export { failure, response };
