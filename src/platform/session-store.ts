import type { KeyValueStore } from '../core/ports';
import { browser } from './browser';

/** storage.session: in memory, survives worker restarts, cleared when the browser closes. */
export function sessionStore(): KeyValueStore {
  const area = browser.storage.session;
  return {
    getAll: () => area.get(null),
    set: (items) => area.set(items),
    remove: (keys) => area.remove([...keys]),
  };
}
