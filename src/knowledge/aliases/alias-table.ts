export interface AliasTable {
  /** Firefox error name (NS_ERROR_*, NS_BINDING_*) -> entry id. */
  readonly names: Readonly<Record<string, string>>;
  /**
   * Fragments of the English sentences Firefox sends for TLS failures, lower case,
   * with straight apostrophes (the matcher folds U+2019 to ').
   */
  readonly sentences: readonly { readonly fragment: string; readonly id: string }[];
}
