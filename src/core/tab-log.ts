import type { Classification, FailureClass } from './classify';
import type { Header, Observation } from './observation';

/** Details kept for one failed request (what the popup lists and exports). */
export interface FailureRecord {
  readonly requestId: string;
  readonly key: string;
  readonly cls: FailureClass;
  readonly url: string;
  readonly method: string;
  readonly type: string;
  readonly frameId: number;
  readonly parentFrameId: number;
  readonly time: number;
  readonly status?: number;
  readonly statusLine?: string;
  readonly error?: string;
  readonly fromCache?: boolean;
  readonly ip?: string;
  readonly initiator?: string;
  /** Diagnostic response headers only (see core/capture), names lower-case. */
  readonly headers?: readonly Header[];
  /** The request went to another site than the page's. */
  readonly thirdParty?: boolean;
}

/** Exact counters for one group (one status code or error name). */
export interface GroupCount {
  readonly key: string;
  readonly cls: FailureClass;
  readonly count: number;
  /** Resource type -> count, exact. */
  readonly types: Readonly<Record<string, number>>;
  /** How many of `count` went to another site than the page's, exact. */
  readonly thirdParty?: number;
}

/** Everything known about the failures of the page shown in one tab. */
export interface TabLog {
  readonly tabId: number;
  /** URL of the page (the last top-level navigation), or '' before one is seen. */
  readonly pageUrl: string;
  readonly startedAt: number;
  /** Exact counts of every failure of the page, by key. */
  readonly groups: Readonly<Record<string, GroupCount>>;
  /** The most recent failures, oldest first, at most `recentCap`. */
  readonly recent: readonly FailureRecord[];
  /** Failures whose details were dropped to keep `recent` bounded (counts stay exact). */
  readonly dropped: number;
  /** The page's own document, when it failed; kept apart from `recent`. */
  readonly mainDocument?: FailureRecord;
}

/** Per-tab cap on detailed records; counters stay exact beyond it. */
export const RECENT_CAP = 500;
/** Longest URL kept; longer ones are cut with a marker (100 KB URLs happen). */
export const MAX_URL_LENGTH = 2048;

export function emptyTabLog(tabId: number, pageUrl = '', startedAt = 0): TabLog {
  return { tabId, pageUrl: clip(pageUrl, MAX_URL_LENGTH), startedAt, groups: {}, recent: [], dropped: 0 };
}

/** Bounds a string from outside; anything that is not a string becomes ''. */
export function clip(s: unknown, max: number): string {
  if (typeof s !== 'string') return '';
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

function optional(s: unknown, max: number): string | undefined {
  return typeof s === 'string' ? clip(s, max) : undefined;
}

/** Builds the record for a classified observation; `headers` is the captured subset. */
export function toRecord(
  obs: Observation,
  c: Classification,
  headers?: readonly Header[],
  thirdParty = false,
): FailureRecord {
  const out = obs.outcome;
  const initiator = optional(obs.initiator, MAX_URL_LENGTH);
  const ip = optional(out.ip, 64);
  const base = {
    requestId: clip(String(obs.requestId), 64),
    key: c.key,
    cls: c.cls,
    url: clip(obs.url, MAX_URL_LENGTH),
    method: clip(obs.method, 16) || 'GET',
    type: clip(obs.type, 32) || 'other',
    frameId: Number.isInteger(obs.frameId) ? obs.frameId : -1,
    parentFrameId: Number.isInteger(obs.parentFrameId) ? obs.parentFrameId : -1,
    time: Number.isFinite(obs.timeStamp) ? obs.timeStamp : 0,
    ...(initiator !== undefined ? { initiator } : {}),
    ...(ip !== undefined ? { ip } : {}),
    ...(typeof out.fromCache === 'boolean' ? { fromCache: out.fromCache } : {}),
    ...(headers && headers.length > 0 ? { headers } : {}),
    ...(thirdParty ? { thirdParty: true } : {}),
  };
  return out.kind === 'response'
    ? { ...base, status: out.statusCode, statusLine: clip(out.statusLine, 200) }
    : { ...base, error: c.key };
}

/** Adds one failure to a tab's log. Pure: returns a new log. */
export function addFailure(log: TabLog, rec: FailureRecord, recentCap = RECENT_CAP): TabLog {
  // Keys come from servers and browsers ("constructor" is a possible error string):
  // read own properties only, never the prototype's.
  const g = Object.hasOwn(log.groups, rec.key) ? log.groups[rec.key] : undefined;
  const typeCount = g && Object.hasOwn(g.types, rec.type) ? (g.types[rec.type] ?? 0) : 0;
  const group: GroupCount = {
    key: rec.key,
    cls: rec.cls,
    count: (g?.count ?? 0) + 1,
    types: { ...g?.types, [rec.type]: typeCount + 1 },
    ...(rec.thirdParty || g?.thirdParty ? { thirdParty: (g?.thirdParty ?? 0) + (rec.thirdParty ? 1 : 0) } : {}),
  };
  const groups = { ...log.groups, [rec.key]: group };
  if (rec.type === 'main_frame') {
    return { ...log, groups, mainDocument: rec };
  }
  let recent =
    log.recent.length >= recentCap ? log.recent.slice(log.recent.length - recentCap + 1) : log.recent.slice();
  const dropped = log.dropped + (log.recent.length - recent.length);
  recent.push(rec);
  if (recentCap <= 0) recent = [];
  return { ...log, groups, recent, dropped: recentCap <= 0 ? log.dropped + 1 : dropped };
}

/** Drops the `n` oldest detailed records of a tab (used by the global budget). */
export function trimOldest(log: TabLog, n: number): TabLog {
  const k = Math.min(n, log.recent.length);
  if (k <= 0) return log;
  return { ...log, recent: log.recent.slice(k), dropped: log.dropped + k };
}

/** Total number of failures of every class. */
export function totalFailures(log: TabLog): number {
  let n = 0;
  for (const g of Object.values(log.groups)) n += g.count;
  return n;
}
