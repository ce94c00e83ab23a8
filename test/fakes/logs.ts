import { classify } from '../../src/core/classify';
import type { Observation } from '../../src/core/observation';
import { addFailure, emptyTabLog, toRecord, type TabLog } from '../../src/core/tab-log';
import { failure, response } from './observations';
import { captureHeaders } from '../../src/core/capture';

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
