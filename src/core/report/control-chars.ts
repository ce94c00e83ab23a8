/**
 * Characters that must not reach a shell or a Markdown line as themselves: C0 and
 * C1 controls (newlines, escape sequences), DEL, and the invisible format characters
 * that reorder or hide text (bidi overrides as in "Trojan Source", zero-width
 * spaces, line and paragraph separators, BOM).
 */
const UNSAFE =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Percent-encodes (as UTF-8) every unsafe character of a URL and leaves the rest
 * untouched. A lone surrogate, which has no UTF-8 form, becomes U+FFFD's bytes.
 */
export function percentEncodeUnsafe(url: string): string {
  return url.replace(UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) return '%EF%BF%BD';
    return encodeURIComponent(ch);
  });
}

/** Replaces every unsafe character of free text with a space (line breaks) or nothing. */
export function stripUnsafe(text: string): string {
  return text.replace(UNSAFE, (ch) => (/[\t\n\v\f\r\u0085\u2028\u2029]/.test(ch) ? ' ' : ''));
}
