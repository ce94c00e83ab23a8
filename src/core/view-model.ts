import type { FailureClass } from './classify';
import { countedIn } from './badge';
import type { Settings } from './settings';
import { statusLabel } from './status-names';
import type { FailureRecord, TabLog } from './tab-log';

/** One row of the popup: all failures that share a code or error name. */
export interface FailureGroupView {
  readonly key: string;
  readonly label: string;
  readonly cls: FailureClass;
  readonly count: number;
  /** How many of `count` count on the badge (third-party ones may not). */
  readonly countedCount: number;
  readonly counted: boolean;
  /** How many of `count` went to other sites. */
  readonly thirdParty: number;
  /** Resource types, most frequent first: [type, count]. */
  readonly types: readonly (readonly [string, number])[];
  /** The recorded requests of this group, newest first. */
  readonly requests: readonly FailureRecord[];
  /** True when the page's own document is in this group. */
  readonly hasMainDocument: boolean;
}

export interface TabView {
  readonly pageUrl: string;
  readonly mainDocument?: FailureRecord;
  readonly counted: readonly FailureGroupView[];
  readonly apart: readonly FailureGroupView[];
  readonly countedTotal: number;
  readonly apartTotal: number;
  readonly dropped: number;
}

export function failureLabel(key: string): string {
  return /^\d+$/.test(key) ? statusLabel(Number(key)) : key;
}

const SEVERITY: Readonly<Record<FailureClass, number>> = {
  network: 0,
  server: 1,
  'odd-status': 2,
  client: 3,
  blocked: 4,
  aborted: 5,
};

/** Builds what the popup shows for a tab: groups, severest and largest first. */
export function tabView(log: TabLog | undefined, settings: Settings): TabView {
  if (!log) return { pageUrl: '', counted: [], apart: [], countedTotal: 0, apartTotal: 0, dropped: 0 };
  const byKey = new Map<string, FailureRecord[]>();
  for (let i = log.recent.length - 1; i >= 0; i--) {
    const r = log.recent[i];
    if (!r) continue;
    const list = byKey.get(r.key);
    if (list) list.push(r);
    else byKey.set(r.key, [r]);
  }
  const main = log.mainDocument;
  const groups = Object.values(log.groups).map((g): FailureGroupView => {
    const requests = byKey.get(g.key) ?? [];
    const hasMain = main?.key === g.key;
    const countedCount = countedIn(g, settings);
    return {
      key: g.key,
      label: failureLabel(g.key),
      cls: g.cls,
      count: g.count,
      countedCount,
      counted: countedCount > 0,
      thirdParty: g.thirdParty ?? 0,
      types: Object.entries(g.types).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
      requests: hasMain && main ? [main, ...requests] : requests,
      hasMainDocument: hasMain,
    };
  });
  const order = (a: FailureGroupView, b: FailureGroupView): number =>
    Number(b.hasMainDocument) - Number(a.hasMainDocument) ||
    SEVERITY[a.cls] - SEVERITY[b.cls] ||
    b.count - a.count ||
    a.key.localeCompare(b.key);
  const counted = groups.filter((g) => g.counted).sort(order);
  const apart = groups.filter((g) => !g.counted).sort(order);
  return {
    pageUrl: log.pageUrl,
    ...(main ? { mainDocument: main } : {}),
    counted,
    apart,
    countedTotal: counted.reduce((n, g) => n + g.countedCount, 0),
    apartTotal: groups.reduce((n, g) => n + g.count - g.countedCount, 0),
    dropped: log.dropped,
  };
}
