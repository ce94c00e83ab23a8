/**
 * Display helpers for URLs from servers and pages. They never throw: any string
 * goes in, a bounded string comes out.
 */

/** The host of a URL, or '' when it has none. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

/** "example.com/assets/app.js?v=3" cut to `max` characters with an ellipsis in the middle. */
export function shortenUrl(url: string, max = 80): string {
  let s = url;
  try {
    const u = new URL(url);
    s = u.host + u.pathname + u.search;
  } catch {
    // Not a URL: show it as given.
  }
  if (s.length <= max) return s;
  const head = Math.ceil((max - 1) * 0.6);
  const tail = max - 1 - head;
  return s.slice(0, head) + '…' + s.slice(s.length - tail);
}
