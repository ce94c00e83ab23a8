import { describe, expect, it } from 'vitest';
import { entryFiles, hasEntry, loadAllEntries } from './catalog';
import { validateEntry } from './validate';

describe('every knowledge entry', async () => {
  const entries = await loadAllEntries();
  const files = entryFiles();

  it('has at least one entry', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  it.each(entries.map((e, i) => [e.id, e, files[i] ?? ''] as const))('%s is valid', (_id, entry, file) => {
    expect(validateEntry(entry, file, hasEntry)).toEqual([]);
  });

  it('has unique ids', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
