import { browser } from './browser';

/**
 * "chrome-extension://<id>" or "moz-extension://<uuid>", without the slash that
 * getURL('') ends with: the form Chrome's initiator has.
 */
export function ownOrigin(): string {
  return browser.runtime.getURL('').replace(/\/+$/, '');
}

export const realTimer = {
  after(ms: number, fn: () => void): void {
    setTimeout(fn, ms);
  },
  now(): number {
    return performance.now();
  },
};

export const consoleLogger = {
  warn(message: string, detail?: unknown): void {
    console.warn(`[HTTP Why] ${message}`, detail ?? '');
  },
};
