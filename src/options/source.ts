import type { Settings } from '../core/settings';

/** What the options page needs from outside; fixtures stand in for it in tests. */
export interface OptionsSource {
  load(): Promise<Settings>;
  save(s: Settings): Promise<void>;
}
