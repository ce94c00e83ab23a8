import { parseSettings, type Settings } from '../core/settings';
import { browser } from './browser';

const KEY = 'settings';

/** The user's settings in storage.sync (follows the user across their browsers). */
export async function readSettings(): Promise<Settings> {
  try {
    const got = await browser.storage.sync.get(KEY);
    return parseSettings(got[KEY]);
  } catch {
    // storage.sync can be disabled by policy; the defaults still work.
    return parseSettings(undefined);
  }
}

export async function writeSettings(s: Settings): Promise<void> {
  await browser.storage.sync.set({ [KEY]: s });
}

/**
 * Calls back when the settings change. Listens on the sync area only: the global
 * storage.onChanged would also wake the worker with every session write it makes
 * itself (the benchmark saw those echoes carrying the written records).
 */
export function onSettingsChanged(listener: (s: Settings) => void): () => void {
  const l = (changes: Record<string, { newValue?: unknown }>): void => {
    const c = changes[KEY];
    if (c) listener(parseSettings(c.newValue));
  };
  browser.storage.sync.onChanged.addListener(l);
  return () => browser.storage.sync.onChanged.removeListener(l);
}
