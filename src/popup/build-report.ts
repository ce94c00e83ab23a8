import { diagnose } from '../core/diagnose/diagnose';
import { hintText, type Translate } from '../core/diagnose/format';
import type { ReportGroup } from '../core/report/markdown';
import type { TabView } from '../core/view-model';
import { loadEntry } from '../knowledge/catalog';
import { resolveEntryId } from '../knowledge/resolve';

/**
 * Assembles the report groups for the Markdown export: each group with its
 * explanation's title and summary, the diagnosis one-liners and the request ids
 * to quote to support. Only the entries of the page's groups are loaded.
 */
export async function reportGroups(view: TabView, now: number, t: Translate): Promise<ReportGroup[]> {
  const all = [...view.counted, ...view.apart];
  return Promise.all(
    all.map(async (g): Promise<ReportGroup> => {
      const entry = await loadEntry(resolveEntryId(g.key));
      const rep = g.requests[0];
      const d = rep ? diagnose(rep, view.pageUrl, now, g.requests.filter((r) => r.url === rep.url).length) : undefined;
      const leads = d
        ? [
            ...(d.platforms.length > 0 ? [t('servedBy', d.platforms.map((p) => p.name).join(' → '))] : []),
            ...[...d.hints, ...d.context]
              .filter(
                (h) => h.kind !== 'request-id' && h.kind !== 'role' && !(h.kind === 'party' && h.party === 'first'),
              )
              .map((h) => hintText(h, now, t)),
          ]
        : [];
      const ids = new Set<string>();
      for (const r of g.requests.slice(0, 10)) {
        for (const h of diagnose(r, view.pageUrl, now).hints)
          if (h.kind === 'request-id') ids.add(`${h.label}: ${h.value}`);
      }
      return {
        label: g.label,
        count: g.count,
        counted: g.counted,
        entryTitle: entry?.title ?? g.label,
        summary: entry?.summary ?? '',
        leads,
        requestIds: [...ids],
        requests: g.requests.map((r) => ({ method: r.method, url: r.url, type: r.type, time: r.time })),
      };
    }),
  );
}
