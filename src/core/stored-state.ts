import type { FailureClass } from './classify';
import { copyGroups, type FailureRecord, type GroupCount, type TabLog } from './tab-log';

/**
 * How tab logs sit in storage.session. A flush must not rewrite a whole log (a
 * tab with 500 detailed failures is ~300 KB of JSON): each tab has a small head
 * (counts, page, main document) and its detailed records in append-only chunks
 * of CHUNK_SIZE, so a flush writes the head and the one or two chunks that
 * changed, and deletes chunks that fell out of the kept window.
 *
 *   meta                      { version }
 *   tab:<id>                  TabHead: the TabLog without `recent`, plus gen and chunk range
 *   rec:<id>:<gen>:<chunk>    JSON text of { start, records }: records with sequence numbers start, start+1...
 *
 * A record's sequence number counts the tab's detailed records since its page
 * started; `dropped` (in the head) is the first one still kept. `gen` changes
 * whenever a tab's log is replaced (navigation, clear), so old chunks never
 * collide with new ones.
 */

/**
 * Chunks are stored as JSON text, not as objects: storage.set converts an object
 * field by field on the worker's thread (about 1 ms for a full chunk in Chromium)
 * while a string crosses as it is (a tenth of that), and JSON.parse on the
 * reading side is faster than the same conversion back.
 *
 * Bump when the stored shape changes; older state is dropped with a warning.
 */
export const STATE_VERSION = 3;
export const META_KEY = 'meta';
export const TAB_PREFIX = 'tab:';
export const CHUNK_PREFIX = 'rec:';
export const CHUNK_SIZE = 50;

export function tabKey(tabId: number): string {
  return TAB_PREFIX + String(tabId);
}

export function chunkKey(tabId: number, gen: number, chunk: number): string {
  return `${CHUNK_PREFIX}${tabId}:${gen}:${chunk}`;
}

export interface TabHead extends Omit<TabLog, 'recent'> {
  readonly gen: number;
  /** Chunks firstChunk..lastChunk exist (none when lastChunk < firstChunk). */
  readonly firstChunk: number;
  readonly lastChunk: number;
}

export interface StoredChunk {
  readonly start: number;
  readonly records: readonly FailureRecord[];
}

/** What storage holds of one tab, as the recorder last wrote it. */
export interface Persisted {
  readonly gen: number;
  readonly firstChunk: number;
  readonly lastChunk: number;
  /** Sequence number after the last stored record. */
  readonly endSeq: number;
}

export interface TabWrite {
  readonly set: Record<string, unknown>;
  readonly remove: string[];
  readonly persisted: Persisted;
}

const chunkOf = (seq: number): number => Math.floor(seq / CHUNK_SIZE);

/**
 * What to write for a changed tab, given what is already stored (`prev`, same
 * generation) or nothing (`prev` undefined: write every kept chunk).
 */
export function tabWrite(log: TabLog, gen: number, prev: Persisted | undefined): TabWrite {
  const start = log.dropped;
  const end = log.dropped + log.recent.length;
  const firstChunk = chunkOf(start);
  const lastChunk = end > start ? chunkOf(end - 1) : firstChunk - 1;
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  const same = prev !== undefined && prev.gen === gen;
  // Rewrite from the chunk holding the first new record (it may be partly filled).
  const from = same ? Math.max(firstChunk, chunkOf(Math.min(prev.endSeq, end))) : firstChunk;
  if (!same || end > prev.endSeq) {
    for (let c = from; c <= lastChunk; c++) {
      const cStart = Math.max(c * CHUNK_SIZE, start);
      const cEnd = Math.min((c + 1) * CHUNK_SIZE, end);
      const chunk: StoredChunk = { start: cStart, records: log.recent.slice(cStart - start, cEnd - start) };
      set[chunkKey(log.tabId, gen, c)] = JSON.stringify(chunk);
    }
  }
  if (same) {
    for (let c = prev.firstChunk; c <= prev.lastChunk; c++) {
      if (c < firstChunk || c > lastChunk) remove.push(chunkKey(log.tabId, gen, c));
    }
  }
  // The recorder updates its counts in place: the head gets its own copy of them.
  const { recent: _recent, groups, ...rest } = log;
  set[tabKey(log.tabId)] = { ...rest, groups: copyGroups(groups), gen, firstChunk, lastChunk } satisfies TabHead;
  return { set, remove, persisted: { gen, firstChunk, lastChunk, endSeq: end } };
}

/** Every chunk key of a stored head (to delete a tab, or to read it). */
export function chunkKeysOf(head: Pick<TabHead, 'tabId' | 'gen' | 'firstChunk' | 'lastChunk'>): string[] {
  const keys: string[] = [];
  for (let c = head.firstChunk; c <= head.lastChunk; c++) keys.push(chunkKey(head.tabId, head.gen, c));
  return keys;
}

const CLASSES: ReadonlySet<string> = new Set<FailureClass>([
  'client',
  'server',
  'odd-status',
  'network',
  'aborted',
  'blocked',
]);

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isRecord(v: unknown): v is FailureRecord {
  return (
    isObj(v) &&
    typeof v['requestId'] === 'string' &&
    typeof v['key'] === 'string' &&
    typeof v['cls'] === 'string' &&
    CLASSES.has(v['cls']) &&
    typeof v['url'] === 'string' &&
    typeof v['type'] === 'string' &&
    typeof v['time'] === 'number'
  );
}

function isGroup(v: unknown): v is GroupCount {
  return (
    isObj(v) &&
    typeof v['key'] === 'string' &&
    typeof v['count'] === 'number' &&
    v['count'] >= 0 &&
    typeof v['cls'] === 'string' &&
    CLASSES.has(v['cls']) &&
    isObj(v['types'])
  );
}

/** JSON text from storage, parsed; undefined when it is not a string of valid JSON. */
function parseJson(v: unknown): unknown {
  if (typeof v !== 'string') return undefined;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return undefined;
  }
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** Returns the stored head when it has the current shape, else null. */
export function parseHead(v: unknown): TabHead | null {
  if (!isObj(v)) return null;
  if (!isInt(v['tabId']) || typeof v['pageUrl'] !== 'string' || typeof v['startedAt'] !== 'number') return null;
  if (!isInt(v['dropped']) || v['dropped'] < 0 || !isObj(v['groups'])) return null;
  if (!isInt(v['gen']) || !isInt(v['firstChunk']) || !isInt(v['lastChunk'])) return null;
  if (v['lastChunk'] - v['firstChunk'] > 10_000) return null;
  if (!Object.values(v['groups']).every(isGroup)) return null;
  if (v['mainDocument'] !== undefined && !isRecord(v['mainDocument'])) return null;
  return v as unknown as TabHead;
}

/**
 * Rebuilds a tab log from its head and the chunks `get` returns (undefined for a
 * missing key). Null when a chunk is missing or malformed.
 */
export function assembleTab(head: TabHead, get: (key: string) => unknown): TabLog | null {
  const recent: FailureRecord[] = [];
  let expected = head.dropped;
  for (const key of chunkKeysOf(head)) {
    const chunk = parseJson(get(key));
    if (!isObj(chunk) || !isInt(chunk['start']) || !Array.isArray(chunk['records'])) return null;
    if (!chunk['records'].every(isRecord)) return null;
    const records = chunk['records'];
    // Records before `dropped` were trimmed after the chunk was written: skip them.
    const skip = Math.max(0, expected - chunk['start']);
    if (chunk['start'] > expected) return null;
    for (let i = skip; i < records.length; i++) recent.push(records[i] as FailureRecord);
    expected = chunk['start'] + records.length;
  }
  const { gen: _g, firstChunk: _f, lastChunk: _l, ...rest } = head;
  return { ...rest, recent };
}

export interface LoadedState {
  readonly tabs: Map<number, TabLog>;
  readonly persisted: Map<number, Persisted>;
  /** Keys nothing refers to (chunks of old generations): delete them. */
  readonly orphans: string[];
  /** Why stored state was dropped, when it was. */
  readonly problem?: string;
}

/** Reads everything storage.session holds; drops it all when any part is unreadable. */
export function parseStoredState(all: Record<string, unknown>): LoadedState {
  const tabs = new Map<number, TabLog>();
  const persisted = new Map<number, Persisted>();
  const keys = Object.keys(all);
  const empty = (problem: string): LoadedState => ({ tabs: new Map(), persisted: new Map(), orphans: [], problem });
  if (keys.length === 0) return { tabs, persisted, orphans: [] };
  const meta = all[META_KEY];
  if (!isObj(meta) || meta['version'] !== STATE_VERSION) {
    return empty(
      `stored state has version ${isObj(meta) ? String(meta['version']) : 'none'}, expected ${STATE_VERSION}`,
    );
  }
  const used = new Set<string>([META_KEY]);
  for (const k of keys) {
    if (!k.startsWith(TAB_PREFIX)) continue;
    const head = parseHead(all[k]);
    if (!head || tabKey(head.tabId) !== k) return empty(`stored entry ${k} is corrupted`);
    const log = assembleTab(head, (key) => all[key]);
    if (!log) return empty(`stored records of ${k} are missing or corrupted`);
    tabs.set(head.tabId, log);
    persisted.set(head.tabId, {
      gen: head.gen,
      firstChunk: head.firstChunk,
      lastChunk: head.lastChunk,
      endSeq: log.dropped + log.recent.length,
    });
    used.add(k);
    for (const c of chunkKeysOf(head)) used.add(c);
  }
  return { tabs, persisted, orphans: keys.filter((k) => !used.has(k)) };
}
