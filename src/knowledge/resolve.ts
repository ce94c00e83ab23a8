import { hasEntry } from './catalog';
import { FIREFOX_NAMES, FIREFOX_SENTENCES } from './network-aliases';

/** Folds Firefox's curly apostrophes so sentence fragments match either form. */
function fold(s: string): string {
  return s.toLowerCase().replace(/[\u2018\u2019]/g, "'");
}

/**
 * The entry that explains a failure key ("404", "net::ERR_...", "NS_ERROR_...", or a
 * Firefox TLS sentence). Always returns an existing entry id: unknown codes and
 * names fall back to the generic entry of their family.
 */
export function resolveEntryId(key: string): string {
  if (/^\d+$/.test(key)) {
    const code = Number(key);
    if (hasEntry(key)) return key;
    if (code >= 400 && code < 500) return 'generic-4xx';
    if (code >= 500 && code < 600) return 'generic-5xx';
    return 'generic-status';
  }
  if (key.startsWith('net::')) return hasEntry(key) ? key : 'generic-network';
  if (/^NS_[A-Z0-9_]+$/.test(key)) {
    const mapped = FIREFOX_NAMES[key];
    if (mapped !== undefined && hasEntry(mapped)) return mapped;
    return hasEntry(key) ? key : 'generic-network';
  }
  const folded = fold(key);
  for (const s of FIREFOX_SENTENCES) if (folded.includes(s.fragment)) return s.id;
  // Try the key as written (search box: "404", "err_name_not_resolved", ...).
  return 'generic-network';
}
