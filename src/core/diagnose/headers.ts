/**
 * Defensive reading of captured response headers. The capture step already
 * lower-cases names and trims values, but records also come back from storage,
 * so anything that is not a [string, string] pair is skipped, never thrown on.
 */

/** A header list as the diagnosis reads it (FailureRecord.headers fits). */
export type HeaderList = readonly (readonly [string, string])[];

/** Every [name, value] pair, name lower-cased and trimmed, value trimmed. */
export function normaliseHeaders(headers: unknown): [string, string][] {
  const out: [string, string][] = [];
  if (!Array.isArray(headers)) return out;
  for (const h of headers as readonly unknown[]) {
    if (!Array.isArray(h)) continue;
    const [name, value] = h as unknown[];
    if (typeof name !== 'string' || typeof value !== 'string') continue;
    out.push([name.trim().toLowerCase(), value.trim()]);
  }
  return out;
}

/** The values of every header called `name` (lower case), in order; duplicates all kept. */
export function valuesOf(headers: readonly (readonly [string, string])[], name: string): string[] {
  const out: string[] = [];
  for (const [n, v] of headers) if (n === name) out.push(v);
  return out;
}

/**
 * Replaces control characters (a server could send any byte, and binary header
 * values come through as Latin-1, C1 controls included) and line separators so
 * text stays on one line, and drops bidi embeddings, overrides and isolates, which
 * would reorder the sentence the value is shown in ("Trojan Source").
 */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
}
