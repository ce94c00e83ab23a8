import type { FailureClass } from './classify';

export type Voice = 'visitor' | 'owner';

/** What the user chose on the options page. */
export interface Settings {
  /** Which classes count on the badge. */
  readonly count: Readonly<Record<FailureClass, boolean>>;
  readonly badgeEnabled: boolean;
  readonly defaultVoice: Voice;
}

export const DEFAULT_SETTINGS: Settings = {
  count: { client: true, server: true, 'odd-status': true, network: true, aborted: false, blocked: false },
  badgeEnabled: true,
  defaultVoice: 'visitor',
};

export function isCounted(cls: FailureClass, settings: Settings): boolean {
  return settings.count[cls];
}
