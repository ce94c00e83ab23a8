import { hasEntry, loadAllEntries } from './catalog';
import { FIREFOX_NAMES, FIREFOX_SENTENCES } from './network-aliases';
import { resolveEntryId } from './resolve';
import type { KnowledgeEntry } from './types';

/**
 * Finds entries from what a person types: a code ("404"), an error name with or
 * without its prefix ("ERR_NAME_NOT_RESOLVED", "ns_error_unknown_host"), a
 * Firefox TLS sentence, a reason phrase ("Payload Too Large") or words.
 */

export interface LookupResult {
  /** The entry that explains the query. */
  readonly id: string;
  /** Set when the query fell back to a family's generic entry. */
  readonly generic: boolean;
}

/** Resolves a query that names one failure; undefined when it names none. */
export function lookupId(query: string): LookupResult | undefined {
  const q = query.trim();
  if (q === '' || q.length > 300) return undefined;
  if (/^\d{3,4}$/.test(q)) {
    const id = resolveEntryId(String(Number(q)));
    return { id, generic: id.startsWith('generic-') };
  }
  const err = /^(?:net::)?(ERR_[A-Z0-9_]+)$/i.exec(q);
  if (err?.[1]) {
    const id = resolveEntryId(`net::${err[1].toUpperCase()}`);
    return { id, generic: id.startsWith('generic-') };
  }
  if (/^NS_[A-Z0-9_]+$/i.test(q)) {
    const id = resolveEntryId(q.toUpperCase());
    return { id, generic: id.startsWith('generic-') };
  }
  const sentence = resolveEntryId(q);
  if (sentence !== 'generic-network') return { id: sentence, generic: false };
  return undefined;
}

export interface SearchHit {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
}

function words(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** Firefox names and sentence fragments mapped onto an entry (shown with it). */
export function firefoxAliasesOf(id: string): string[] {
  return [
    ...Object.entries(FIREFOX_NAMES)
      .filter(([, target]) => target === id)
      .map(([name]) => name),
  ].sort();
}

export function firefoxSentencesOf(id: string): string[] {
  return FIREFOX_SENTENCES.filter((s) => s.id === id).map((s) => s.fragment);
}

function score(e: KnowledgeEntry, q: string, qWords: string[]): number {
  const title = e.title.toLowerCase();
  const aliases = e.aliases.map((a) => a.toLowerCase());
  if (e.id.toLowerCase() === q || aliases.includes(q) || title === q) return 100;
  if (title.startsWith(q) || e.id.toLowerCase().startsWith(q)) return 80;
  if (aliases.some((a) => a.startsWith(q))) return 70;
  const hay = new Set(words(`${e.id} ${e.title} ${e.aliases.join(' ')} ${e.summary}`));
  const found = qWords.filter((w) => hay.has(w) || [...hay].some((h) => h.startsWith(w) && w.length >= 3)).length;
  return found === qWords.length && found > 0 ? 40 + found : 0;
}

/** Entries that match the query, best first. Loads the whole knowledge base once. */
export async function searchEntries(query: string, limit = 8): Promise<SearchHit[]> {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const all = await loadAllEntries();
  const hits: { e: KnowledgeEntry; s: number }[] = [];
  const direct = lookupId(query);
  const qWords = words(q);
  for (const e of all) {
    let s = score(e, q, qWords);
    if (direct?.id === e.id) s = Math.max(s, direct.generic ? 90 : 100);
    if (s > 0) hits.push({ e, s });
  }
  hits.sort((a, b) => b.s - a.s || a.e.id.localeCompare(b.e.id, 'en', { numeric: true }));
  return hits.slice(0, limit).map(({ e }) => ({ id: e.id, title: e.title, summary: e.summary }));
}

export { hasEntry };
