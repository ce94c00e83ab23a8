import type { Classification, FailureClass } from './classify';
import type { Header, Mutable, Observation } from './observation';

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

/**
 * The log the recorder owns for a live tab. The recorder updates it in place (a
 * failure is an increment and a push, not a copy of the log), and everything
 * that leaves the recorder is a snapshot: storage copies what it is given, the
 * badge is computed before a write is awaited.
 */
export interface LiveTabLog {
  readonly tabId: number;
  pageUrl: string;
  readonly startedAt: number;
  readonly groups: Record<string, LiveGroupCount>;
  readonly recent: FailureRecord[];
  dropped: number;
  mainDocument?: FailureRecord;
}

interface LiveGroupCount {
  readonly key: string;
  readonly cls: FailureClass;
  count: number;
  readonly types: Record<string, number>;
  thirdParty?: number;
}

/** Per-tab cap on detailed records; counters stay exact beyond it. */
export const RECENT_CAP = 500;
/** Longest URL kept; longer ones are cut with a marker (100 KB URLs happen). */
export const MAX_URL_LENGTH = 2048;

export function emptyLiveLog(tabId: number, pageUrl = '', startedAt = 0): LiveTabLog {
  return { tabId, pageUrl: clip(pageUrl, MAX_URL_LENGTH), startedAt, groups: {}, recent: [], dropped: 0 };
}

/**
 * Sets an own property, also for names such as "__proto__" (plain assignment of
 * that name would change the object's prototype instead).
 */
function setOwn<T>(o: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
}

/** An own copy of a log's counts (they change in place in a live log). */
export function copyGroups(groups: TabLog['groups']): Record<string, LiveGroupCount> {
  const out: Record<string, LiveGroupCount> = {};
  for (const [k, g] of Object.entries(groups)) setOwn(out, k, { ...g, types: { ...g.types } });
  return out;
}

/** A copy the recorder may update in place (records themselves are never changed). */
export function liveCopy(log: TabLog): LiveTabLog {
  return { ...log, groups: copyGroups(log.groups), recent: [...log.recent] };
}

/** Bounds a string from outside; anything that is not a string becomes ''. */
export function clip(s: unknown, max: number): string {
  if (typeof s !== 'string') return '';
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

/** Builds the record for a classified observation; `headers` is the captured subset. */
export function toRecord(
  obs: Observation,
  c: Classification,
  headers?: readonly Header[],
  thirdParty = false,
): FailureRecord {
  const out = obs.outcome;
  // One literal for the fields every record has, then the optional ones: cheaper
  // than spreading conditional objects, and every record shares one shape.
  const rec: Mutable<FailureRecord> = {
    requestId: clip(String(obs.requestId), 64),
    key: c.key,
    cls: c.cls,
    url: clip(obs.url, MAX_URL_LENGTH),
    method: clip(obs.method, 16) || 'GET',
    type: clip(obs.type, 32) || 'other',
    // `|| 0` turns -0 into 0: records are stored as JSON text, which has no -0.
    frameId: Number.isInteger(obs.frameId) ? obs.frameId || 0 : -1,
    parentFrameId: Number.isInteger(obs.parentFrameId) ? obs.parentFrameId || 0 : -1,
    time: Number.isFinite(obs.timeStamp) ? obs.timeStamp || 0 : 0,
  };
  if (typeof obs.initiator === 'string') rec.initiator = clip(obs.initiator, MAX_URL_LENGTH);
  if (typeof out.ip === 'string') rec.ip = clip(out.ip, 64);
  if (typeof out.fromCache === 'boolean') rec.fromCache = out.fromCache;
  if (headers && headers.length > 0) rec.headers = headers;
  if (thirdParty) rec.thirdParty = true;
  if (out.kind === 'response') {
    rec.status = out.statusCode;
    rec.statusLine = clip(out.statusLine, 200);
  } else {
    rec.error = c.key;
  }
  return rec;
}

/**
 * Adds one failure to a live log, in place: exact counts, and the record kept
 * among the newest `recentCap` (the page's own document apart).
 */
export function appendFailure(log: LiveTabLog, rec: FailureRecord, recentCap = RECENT_CAP): void {
  // Keys come from servers and browsers ("constructor" is a possible error string):
  // read own properties only, never the prototype's.
  let g = Object.hasOwn(log.groups, rec.key) ? log.groups[rec.key] : undefined;
  if (g === undefined) {
    g = { key: rec.key, cls: rec.cls, count: 0, types: {} };
    setOwn(log.groups, rec.key, g);
  }
  g.count++;
  if (Object.hasOwn(g.types, rec.type)) g.types[rec.type] = (g.types[rec.type] ?? 0) + 1;
  else setOwn(g.types, rec.type, 1);
  if (rec.thirdParty) g.thirdParty = (g.thirdParty ?? 0) + 1;
  if (rec.type === 'main_frame') {
    log.mainDocument = rec;
    return;
  }
  if (recentCap <= 0) {
    log.dropped += log.recent.length + 1;
    log.recent.length = 0;
    return;
  }
  log.recent.push(rec);
  const over = log.recent.length - recentCap;
  if (over > 0) dropOldest(log, over);
}

/** Drops the `n` oldest detailed records of a live log, in place (counts stay). */
export function dropOldest(log: LiveTabLog, n: number): void {
  const k = Math.min(n, log.recent.length);
  if (k <= 0) return;
  if (k === 1) log.recent.shift();
  else log.recent.splice(0, k);
  log.dropped += k;
}

/** Total number of failures of every class. */
export function totalFailures(log: TabLog): number {
  let n = 0;
  for (const g of Object.values(log.groups)) n += g.count;
  return n;
}
