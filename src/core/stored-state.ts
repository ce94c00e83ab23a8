import type { FailureClass } from './classify';
import type { FailureRecord, GroupCount, TabLog } from './tab-log';

/** Bump when the stored shape changes; older state is dropped with a warning. */
export const STATE_VERSION = 1;
export const META_KEY = 'meta';
export const TAB_PREFIX = 'tab:';

export function tabKey(tabId: number): string {
  return TAB_PREFIX + String(tabId);
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

/** Returns the stored tab log when it has the current shape, else null. */
export function parseStoredTab(v: unknown): TabLog | null {
  if (!isObj(v)) return null;
  if (typeof v['tabId'] !== 'number' || typeof v['pageUrl'] !== 'string' || typeof v['startedAt'] !== 'number')
    return null;
  if (typeof v['dropped'] !== 'number' || !Array.isArray(v['recent']) || !isObj(v['groups'])) return null;
  if (!v['recent'].every(isRecord) || !Object.values(v['groups']).every(isGroup)) return null;
  if (v['mainDocument'] !== undefined && !isRecord(v['mainDocument'])) return null;
  return v as unknown as TabLog;
}

export interface LoadedState {
  readonly tabs: Map<number, TabLog>;
  /** Why stored state was dropped, when it was. */
  readonly problem?: string;
}

/** Reads everything storage.session holds; drops it all when any part is unreadable. */
export function parseStoredState(all: Record<string, unknown>): LoadedState {
  const tabs = new Map<number, TabLog>();
  const keys = Object.keys(all);
  if (keys.length === 0) return { tabs };
  const meta = all[META_KEY];
  if (!isObj(meta) || meta['version'] !== STATE_VERSION) {
    return {
      tabs: new Map(),
      problem: `stored state has version ${isObj(meta) ? String(meta['version']) : 'none'}, expected ${STATE_VERSION}`,
    };
  }
  for (const k of keys) {
    if (!k.startsWith(TAB_PREFIX)) continue;
    const log = parseStoredTab(all[k]);
    if (!log || tabKey(log.tabId) !== k) return { tabs: new Map(), problem: `stored entry ${k} is corrupted` };
    tabs.set(log.tabId, log);
  }
  return { tabs };
}
