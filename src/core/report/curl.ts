import { percentEncodeUnsafe } from './control-chars';
import { redactUrl } from './redact';

/** HTTP method characters (RFC 9110 tchar); anything else is dropped. */
const NOT_TCHAR = /[^A-Za-z0-9!#$%&'*+.^_`|~-]/g;
/** Arguments that need no quotes in any POSIX shell. */
const PLAIN = /^[A-Za-z0-9_@%+=:,./-]+$/;
/** curl reads [] and {} in URLs as globs ("[1-9]", "{a,b}"); the marker and IPv6 hosts have brackets. */
const GLOB = /[[\]{}]/;

/**
 * One argument for a POSIX shell: as is when it holds only safe characters, else in
 * single quotes, inside which nothing is special but the quote itself, written as
 * '\''. Callers remove control characters first (see percentEncodeUnsafe).
 */
export function shellQuote(arg: string): string {
  if (arg !== '' && PLAIN.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/**
 * A curl command line that repeats a request: `curl -X POST 'https://…'`, no -X for
 * GET, -I for HEAD. The URL is redacted and its control and invisible characters
 * percent-encoded, so the command is one line whatever the server sent; no cookies
 * or credentials are ever added.
 */
export function curlCommand(rec: { method: string; url: string }): string {
  const method = (typeof rec.method === 'string' ? rec.method : '').replace(NOT_TCHAR, '').slice(0, 32) || 'GET';
  const url = percentEncodeUnsafe(redactUrl(typeof rec.url === 'string' ? rec.url : ''));
  const args = ['curl'];
  if (method === 'HEAD') args.push('-I');
  else if (method !== 'GET') args.push('-X', shellQuote(method));
  if (GLOB.test(url)) args.push('-g');
  // A URL that starts with "-" would be read as an option.
  if (url.startsWith('-')) args.push('--url');
  args.push(`'${url.replace(/'/g, `'\\''`)}'`);
  return args.join(' ');
}
