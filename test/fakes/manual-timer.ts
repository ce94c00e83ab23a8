import type { Timer } from '../../src/core/ports';

/** A timer the test advances by hand: nothing runs until `runAll()` or `tick()`. */
export class ManualTimer implements Timer {
  private queue: { at: number; fn: () => void }[] = [];
  private time = 0;

  after(ms: number, fn: () => void): void {
    this.queue.push({ at: this.time + ms, fn });
  }

  now(): number {
    return this.time;
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Advances time by `ms`, running what falls due, in order. */
  tick(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      this.queue.sort((a, b) => a.at - b.at);
      const next = this.queue[0];
      if (!next || next.at > end) break;
      this.queue.shift();
      this.time = next.at;
      next.fn();
    }
    this.time = end;
  }
}

/** Lets queued promise callbacks run (storage writes resolve in microtasks). */
export async function settle(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i++) await Promise.resolve();
}
