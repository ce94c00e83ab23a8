/**
 * Firefox reports network failures by its own names (and TLS failures as English
 * sentences). These tables map them onto the entry that explains the same failure,
 * usually the Chromium-named one. The aliases/ folder is the only place the mapping
 * lives; entries do not repeat it. One file per family keeps the tables short.
 */
import type { AliasTable } from './aliases/alias-table';
import { ALIASES as connection } from './aliases/connection';
import { ALIASES as http } from './aliases/http';
import { ALIASES as tls } from './aliases/tls';

export const ALIAS_TABLES: readonly AliasTable[] = [connection, tls, http];

/** Firefox error name -> id of the entry that explains it. */
export const FIREFOX_NAMES: Readonly<Record<string, string>> = Object.assign(
  {},
  ...ALIAS_TABLES.map((t) => t.names),
) as Record<string, string>;

/** English fragments of Firefox TLS sentences -> entry id (matched case-insensitively). */
export const FIREFOX_SENTENCES: readonly { readonly fragment: string; readonly id: string }[] = ALIAS_TABLES.flatMap(
  (t) => t.sentences,
);
