import { browser } from './browser';

export function ownOrigin(): string {
  // "chrome-extension://<id>/" or "moz-extension://<uuid>/"; classify() accepts it with
  // or without the slash.
  return browser.runtime.getURL('');
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
