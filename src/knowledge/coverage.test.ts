import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasEntry, loadEntry } from './catalog';
import { FIREFOX_NAMES, FIREFOX_SENTENCES } from './network-aliases';
import { resolveEntryId } from './resolve';

/** The reference lists the knowledge base must cover (shared with the whole team). */
function csv(name: string): Record<string, string>[] {
  const text = readFileSync(new URL(`../../../shared/reference/${name}`, import.meta.url), 'utf8');
  const [head, ...rows] = text.trim().split('\n');
  const cols = (head ?? '').split(',');
  return rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [cols[i] ?? '', v])));
}

describe('coverage of the reference lists', () => {
  it.each(csv('iana-status-codes.csv').map((r) => r['code'] ?? ''))(
    'registered status %s has its own entry',
    async (code) => {
      expect(hasEntry(code)).toBe(true);
      expect((await loadEntry(code))?.title.startsWith(`${code} `)).toBe(true);
    },
  );

  it.each(csv('unofficial-status-codes.csv').map((r) => [r['code'] ?? '', r['reaches_browser'] ?? ''] as const))(
    'unofficial status %s has its own entry',
    async (code, reaches) => {
      const entry = await loadEntry(code);
      expect(entry).toBeDefined();
      // Codes that never reach a browser say what the browser sees instead.
      if (reaches === 'no') expect(entry?.browserSees).toBeDefined();
    },
  );

  const toCover = csv('network-errors-to-cover.csv');
  it.each(toCover.filter((r) => r['chrome']).map((r) => r['chrome'] ?? ''))(
    'network error %s has its own entry',
    (name) => {
      expect(hasEntry(name)).toBe(true);
    },
  );

  it.each(
    toCover
      .filter((r) => r['firefox'] && !r['firefox'].startsWith('(sentence)'))
      .map((r) => [r['firefox'] ?? '', r['chrome'] ?? ''] as const),
  )('Firefox name %s resolves to an entry', (ff) => {
    const id = resolveEntryId(ff);
    expect(id).not.toBe('generic-network');
    expect(hasEntry(id)).toBe(true);
  });

  it.each(
    toCover
      .filter((r) => r['firefox']?.startsWith('(sentence)'))
      .map((r) => [r['firefox'] ?? '', r['chrome'] ?? ''] as const),
  )('Firefox sentence "%s" maps onto %s', (sentence, chrome) => {
    const text = sentence.replace('(sentence) ', '').replace(/'/g, '\u2019');
    expect(resolveEntryId(text)).toBe(chrome);
    expect(resolveEntryId(text.toUpperCase())).toBe(chrome);
  });

  it('maps every Firefox alias onto an existing entry', () => {
    for (const [name, id] of Object.entries(FIREFOX_NAMES)) {
      expect(name).toMatch(/^NS_[A-Z0-9_]+$/);
      expect(hasEntry(id), `${name} -> ${id}`).toBe(true);
    }
    for (const s of FIREFOX_SENTENCES) {
      expect(s.fragment).toBe(s.fragment.toLowerCase());
      expect(hasEntry(s.id), s.fragment).toBe(true);
    }
  });
});

describe('fallbacks', () => {
  it.each([
    ['420', '420'],
    ['432', 'generic-4xx'],
    ['599', '599'],
    ['555', 'generic-5xx'],
    ['600', 'generic-status'],
    ['1000', 'generic-status'],
    ['net::ERR_SOMETHING_NEW', 'generic-network'],
    ['NS_ERROR_SOMETHING_NEW', 'generic-network'],
    ['Ein völlig unbekannter Satz.', 'generic-network'],
  ])('%s -> %s', (key, id) => {
    expect(resolveEntryId(key)).toBe(id);
    expect(hasEntry(resolveEntryId(key))).toBe(true);
  });

  it('maps Firefox names to the Chromium entry of the same failure', () => {
    expect(resolveEntryId('NS_ERROR_UNKNOWN_HOST')).toBe('net::ERR_NAME_NOT_RESOLVED');
    expect(resolveEntryId('NS_ERROR_CONNECTION_REFUSED')).toBe('net::ERR_CONNECTION_REFUSED');
    expect(resolveEntryId('NS_ERROR_TRACKING_URI')).toBe('NS_ERROR_TRACKING_URI');
  });

  it('matches curly and straight apostrophes alike', () => {
    expect(resolveEntryId('Peer’s Certificate has expired.')).toBe('net::ERR_CERT_DATE_INVALID');
    expect(resolveEntryId("Peer's Certificate has expired.")).toBe('net::ERR_CERT_DATE_INVALID');
  });
});
