import type { FailureRecord } from '../tab-log';
import { requestContext, type ContextHint } from './context';
import { readHints, type Hint } from './hints';
import { detectPlatforms, type PlatformMatch } from './platforms';

/** Everything the headers and the request's place in the page say about one failure. */
export interface Diagnosis {
  readonly platforms: PlatformMatch[];
  readonly hints: Hint[];
  readonly context: ContextHint[];
}

/**
 * Diagnoses one failed request. Never throws: a part that trips on a value no
 * test foresaw comes back empty and the others still answer.
 */
export function diagnose(record: FailureRecord, pageUrl: string, now: number, sameUrlCount = 1): Diagnosis {
  return {
    platforms: safely(() => detectPlatforms(record.headers ?? [])),
    hints: safely(() => readHints(record, now)),
    context: safely(() => requestContext(record, pageUrl, sameUrlCount)),
  };
}

function safely<T>(f: () => T[]): T[] {
  try {
    return f();
  } catch {
    return [];
  }
}
