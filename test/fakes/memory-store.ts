import type { KeyValueStore } from '../../src/core/ports';

/** In-memory storage.session: same interface, counts writes, can be told to fail. */
export class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, unknown>();
  setCalls = 0;
  removeCalls = 0;
  /** Number of upcoming set() calls that reject. */
  failNextSets = 0;

  getAll(): Promise<Record<string, unknown>> {
    return Promise.resolve(Object.fromEntries([...this.data].map(([k, v]) => [k, structuredClone(v)])));
  }

  set(items: Record<string, unknown>): Promise<void> {
    this.setCalls++;
    if (this.failNextSets > 0) {
      this.failNextSets--;
      return Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    }
    // structuredClone: what a real storage area keeps is a copy, not our object.
    for (const [k, v] of Object.entries(items)) this.data.set(k, structuredClone(v));
    return Promise.resolve();
  }

  remove(keys: readonly string[]): Promise<void> {
    this.removeCalls++;
    for (const k of keys) this.data.delete(k);
    return Promise.resolve();
  }

  /** Bytes the stored JSON takes, as storage quotas count it (roughly). */
  bytes(): number {
    let n = 0;
    for (const [k, v] of this.data) n += k.length + JSON.stringify(v).length;
    return n;
  }
}
