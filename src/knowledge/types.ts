/**
 * The shape of one knowledge-base entry. Every entry lives in its own file under
 * `src/knowledge/entries/`, default-exports one `KnowledgeEntry`, and is checked by
 * `validate.ts` (run over every entry by `entries.test.ts`).
 */

/** Whether trying again can help, and when. */
export type RetryAdvice =
  | 'never' // the same request will fail the same way until something changes
  | 'after-delay' // a temporary condition: wait, then retry unchanged
  | 'after-change' // retry once something (request, credentials, settings) has changed
  | 'immediately'; // a transient glitch: an immediate retry often succeeds

/** Which family an entry belongs to; drives grouping and colour. */
export type EntryKind = 'client-error' | 'server-error' | 'network' | 'generic';

export interface Cause {
  /** A few words: "The link is out of date". */
  readonly title: string;
  /** One or two sentences of detail. */
  readonly detail: string;
}

export interface Snippet {
  /** What the snippet is for: "nginx", "Apache .htaccess", "Express". */
  readonly label: string;
  /** Plain text, shown verbatim in a <pre>. */
  readonly code: string;
}

export interface FixStep {
  readonly text: string;
  readonly snippets?: readonly Snippet[];
}

/**
 * Fix steps for one voice. `steps` holds at least two steps where that voice can do
 * something; where it cannot, `steps` may be shorter and `nothingToDo` says plainly why.
 */
export interface FixVoice {
  readonly steps: readonly FixStep[];
  readonly nothingToDo?: string;
}

export interface Faq {
  readonly q: string;
  readonly a: string;
}

export interface Reference {
  readonly title: string;
  /** https link to the RFC section, MDN page or vendor documentation. */
  readonly url: string;
}

export interface Contrast {
  /** Id of the entry it is often confused with (must exist). */
  readonly id: string;
  /** How the two differ, in one or two sentences. */
  readonly text: string;
}

export interface KnowledgeEntry {
  /**
   * "404", "520", "net::ERR_NAME_NOT_RESOLVED", or a generic id such as "generic-4xx".
   * The file name is derived from it by `entryFileName`.
   */
  readonly id: string;
  readonly kind: EntryKind;
  /** "404 Not Found", "Name not resolved (DNS)". */
  readonly title: string;
  /** Other names people search for: older reason phrases, Firefox names belong in network-aliases.ts. */
  readonly aliases: readonly string[];
  /** The popup's first line; at most 140 characters. */
  readonly summary: string;
  /** What it means, in a short paragraph. */
  readonly meaning: string;
  /** How it differs from its look-alikes. */
  readonly contrasts: readonly Contrast[];
  /** Most likely first; at least three where three exist. */
  readonly causes: readonly Cause[];
  readonly visitor: FixVoice;
  readonly owner: FixVoice;
  readonly retry: { readonly advice: RetryAdvice; readonly note: string };
  /** Ids of related entries (must exist). */
  readonly related: readonly string[];
  readonly faq: readonly Faq[];
  readonly references: readonly Reference[];
  /**
   * For codes a server uses internally that never reach the browser (nginx 444, 499...):
   * what the browser shows instead, as an entry id.
   */
  readonly browserSees?: { readonly id: string; readonly note: string };
}

/** Identity helper so entry files get full type checking and editor help. */
export function defineEntry(entry: KnowledgeEntry): KnowledgeEntry {
  return entry;
}
