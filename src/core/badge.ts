import type { FailureClass } from './classify';
import { isCounted, type Settings } from './settings';
import { statusLabel } from './status-names';
import type { GroupCount, TabLog } from './tab-log';

export interface BadgeView {
  readonly text: string;
  readonly color: string;
  readonly textColor: string;
  readonly title: string;
}

export const BADGE_RED = '#B3261E';
export const BADGE_AMBER = '#F2B705';
const APP = 'HTTP Why';

/** Classes that make the badge red (anything not the client's fault alone). */
const SEVERE: ReadonlySet<FailureClass> = new Set(['server', 'network']);

export function badgeCountText(n: number): string {
  if (n <= 0) return '';
  return n > 99 ? '99+' : String(n);
}

function groupLabel(g: GroupCount): string {
  return /^\d+$/.test(g.key) ? statusLabel(Number(g.key)) : g.key;
}

/** How many of a group's failures count, given the settings (third-party ones may not). */
export function countedIn(g: GroupCount, settings: Settings): number {
  if (!isCounted(g.cls, settings)) return 0;
  return settings.countThirdParty ? g.count : g.count - (g.thirdParty ?? 0);
}

/** What the toolbar badge of a tab shows, from its log and the user's settings. */
export function badgeFor(log: TabLog | undefined, settings: Settings): BadgeView {
  const groups = log ? Object.values(log.groups) : [];
  const counted = groups
    .map((g) => ({ ...g, count: countedIn(g, settings) }))
    .filter((g) => g.count > 0)
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const n = counted.reduce((s, g) => s + g.count, 0);
  const apart = groups.reduce((s, g) => s + g.count, 0) - n;
  const main = log?.mainDocument;
  const mainFailed = main !== undefined && isCounted(main.cls, settings);
  const severe = mainFailed || counted.some((g) => SEVERE.has(g.cls));
  const color = severe ? BADGE_RED : BADGE_AMBER;
  const textColor = severe ? '#FFFFFF' : '#000000';
  const apartNote = apart > 0 ? ` (${apart} not counted: blocked, cancelled or excluded)` : '';
  if (n === 0) {
    return { text: '', color, textColor, title: `${APP}: no failed requests on this page${apartNote}` };
  }
  const parts = counted.slice(0, 6).map((g) => `${g.count} × ${groupLabel(g)}`);
  if (counted.length > 6) parts.push(`${counted.length - 6} more kinds`);
  const noun = n === 1 ? 'failed request' : 'failed requests';
  return {
    text: settings.badgeEnabled ? badgeCountText(n) : '',
    color,
    textColor,
    title: `${APP}: ${n} ${noun}: ${parts.join(', ')}${apartNote}`,
  };
}
