import { describe, expect, it } from 'vitest';
import { response } from '../../test/fakes/observations';
import { classify } from './classify';
import type { Observation } from './observation';
import {
  assembleTab,
  CHUNK_SIZE,
  chunkKey,
  META_KEY,
  parseHead,
  parseStoredState,
  STATE_VERSION,
  tabKey,
  tabWrite,
  type Persisted,
} from './stored-state';
import { toRecord, type TabLog } from './tab-log';
import { addFailure, emptyTabLog, trimOldest } from '../../test/fakes/logs';

function add(log: TabLog, o: Observation, cap?: number): TabLog {
  return addFailure(log, toRecord(o, classify(o)!), cap);
}

function logWith(n: number, cap?: number): TabLog {
  let log = emptyTabLog(3, 'https://a.example/');
  for (let i = 0; i < n; i++) log = add(log, response(404, { tabId: 3, url: `https://a.example/${i}` }), cap);
  return log;
}

/** Applies writes to a plain object, like storage would. */
function apply(store: Record<string, unknown>, w: { set: Record<string, unknown>; remove: string[] }): void {
  Object.assign(store, structuredClone(w.set));
  for (const k of w.remove) delete store[k];
}

describe('tab writes', () => {
  it('writes the head and every chunk the first time', () => {
    const w = tabWrite(logWith(120), 1, undefined);
    expect(Object.keys(w.set).sort()).toEqual(
      [chunkKey(3, 1, 0), chunkKey(3, 1, 1), chunkKey(3, 1, 2), tabKey(3)].sort(),
    );
    expect(w.persisted).toEqual({ gen: 1, firstChunk: 0, lastChunk: 2, endSeq: 120 });
  });

  it('then writes only the head and the chunk(s) that changed', () => {
    const log = logWith(120);
    const first = tabWrite(log, 1, undefined);
    const more = add(add(log, response(500, { tabId: 3 })), response(500, { tabId: 3 }));
    const w = tabWrite(more, 1, first.persisted);
    expect(Object.keys(w.set).sort()).toEqual([chunkKey(3, 1, 2), tabKey(3)].sort());
    expect(w.remove).toEqual([]);
    // A head-only change (a trim) writes no chunk.
    const trimmed = trimOldest(more, 10);
    expect(Object.keys(tabWrite(trimmed, 1, w.persisted).set)).toEqual([tabKey(3)]);
  });

  it('deletes chunks that fell out of the kept window', () => {
    const capped = logWith(200, 100);
    const prev: Persisted = { gen: 1, firstChunk: 0, lastChunk: 3, endSeq: 200 };
    const w = tabWrite(capped, 1, prev);
    expect(w.remove).toEqual([chunkKey(3, 1, 0), chunkKey(3, 1, 1)]);
  });

  it('round-trips through storage, through trims, appends and a new generation', () => {
    const store: Record<string, unknown> = { [META_KEY]: { version: STATE_VERSION } };
    let log = logWith(73, 100);
    let w = tabWrite(log, 1, undefined);
    apply(store, w);
    for (let i = 0; i < 90; i++) log = add(log, response(503, { tabId: 3, url: `https://a.example/b${i}` }), 100);
    w = tabWrite(log, 1, w.persisted);
    apply(store, w);
    expect(parseStoredState(store).tabs.get(3)).toEqual(log);
    log = trimOldest(log, 37);
    w = tabWrite(log, 1, w.persisted);
    apply(store, w);
    expect(parseStoredState(store).tabs.get(3)).toEqual(log);
    expect(Object.keys(store).filter((k) => k.startsWith('rec:')).length).toBeLessThanOrEqual(
      Math.ceil(100 / CHUNK_SIZE) + 1,
    );
  });
});

describe('stored state', () => {
  it('starts empty without complaint when nothing is stored', () => {
    expect(parseStoredState({})).toEqual({ tabs: new Map(), persisted: new Map(), orphans: [] });
  });

  it('lists chunks of old generations as orphans', () => {
    const store: Record<string, unknown> = { [META_KEY]: { version: STATE_VERSION } };
    apply(store, tabWrite(logWith(10), 1, undefined));
    store[chunkKey(3, 0, 0)] = JSON.stringify({ start: 0, records: [] });
    const loaded = parseStoredState(store);
    expect(loaded.orphans).toEqual([chunkKey(3, 0, 0)]);
    expect(loaded.persisted.get(3)).toEqual({ gen: 1, firstChunk: 0, lastChunk: 0, endSeq: 10 });
  });

  it('drops state of another version and says why', () => {
    expect(parseStoredState({ [META_KEY]: { version: 1 }, [tabKey(3)]: {} }).problem).toMatch(
      new RegExp(`version 1, expected ${STATE_VERSION}`),
    );
    // Version 2 stored chunks as objects; this version stores JSON text.
    expect(parseStoredState({ [META_KEY]: { version: 2 } }).problem).toMatch(/version 2, expected/);
    expect(parseStoredState({ [tabKey(3)]: {} }).problem).toMatch(/version none/);
  });

  it('drops corrupted heads and chunks and names the entry', () => {
    const good: Record<string, unknown> = { [META_KEY]: { version: STATE_VERSION } };
    apply(good, tabWrite(logWith(60), 1, undefined));
    for (const bad of [
      null,
      'x',
      42,
      [],
      { ...(good[tabKey(3)] as object), groups: { a: { count: 'x' } } },
      { ...(good[tabKey(3)] as object), tabId: 4 },
    ]) {
      const loaded = parseStoredState({ ...good, [tabKey(3)]: bad });
      expect(loaded.tabs.size).toBe(0);
      expect(loaded.problem).toBe('stored entry tab:3 is corrupted');
    }
    const missing = { ...good };
    delete missing[chunkKey(3, 1, 1)];
    expect(parseStoredState(missing).problem).toBe('stored records of tab:3 are missing or corrupted');
    const badRecord = { ...good, [chunkKey(3, 1, 0)]: JSON.stringify({ start: 0, records: [{ cls: 'weird' }] }) };
    expect(parseStoredState(badRecord).problem).toBe('stored records of tab:3 are missing or corrupted');
    // Chunks are JSON text: an object, cut text or JSON of another shape is refused.
    const chunk0 = good[chunkKey(3, 1, 0)] as string;
    for (const bad of [JSON.parse(chunk0) as unknown, chunk0.slice(0, -1), '[]', 'null', '']) {
      const loaded = parseStoredState({ ...good, [chunkKey(3, 1, 0)]: bad });
      expect(loaded.problem).toBe('stored records of tab:3 are missing or corrupted');
    }
  });

  it('assembles a tab from a head and a getter (the popup reads it this way)', () => {
    const store: Record<string, unknown> = {};
    const log = logWith(55);
    apply(store, tabWrite(log, 7, undefined));
    const head = parseHead(store[tabKey(3)]);
    expect(head).not.toBeNull();
    expect(assembleTab(head!, (k) => store[k])).toEqual(log);
  });
});
