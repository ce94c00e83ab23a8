/**
 * The knowledge base's table of contents. Entries are lazy chunks: the popup
 * pays only for the entries it shows. Looking up whether an id exists costs
 * nothing (the glob's keys are known at build time).
 */
import { entryFileName } from './entry-file';
import type { KnowledgeEntry } from './types';

const loaders = import.meta.glob<KnowledgeEntry>('./entries/*.ts', { import: 'default' });

const byFile = new Map<string, () => Promise<KnowledgeEntry>>(
  Object.entries(loaders).map(([path, load]) => [path.slice('./entries/'.length, -'.ts'.length), load]),
);

/** File names (without extension) of every entry. */
export function entryFiles(): string[] {
  return [...byFile.keys()];
}

export function hasEntry(id: string): boolean {
  return byFile.has(entryFileName(id));
}

/** Loads one entry by id; undefined when there is none. */
export async function loadEntry(id: string): Promise<KnowledgeEntry | undefined> {
  const load = byFile.get(entryFileName(id));
  return load ? load() : undefined;
}

/** Loads every entry (search, tests, the explain command). */
export async function loadAllEntries(): Promise<KnowledgeEntry[]> {
  return Promise.all([...byFile.values()].map((load) => load()));
}
