import { printable } from './headers';

/**
 * Reads the first challenge of a WWW-Authenticate or Proxy-Authenticate value
 * (RFC 9110 section 11.2 and 11.6.1):
 *   challenge  = auth-scheme [ 1*SP ( token68 / #auth-param ) ]
 *   auth-param = token BWS "=" BWS ( token / quoted-string )
 * One value may hold several challenges separated by commas, and the params of
 * a challenge are separated by commas too: after a comma, `name=` continues the
 * current challenge, a bare token starts the next one.
 * Lenient where servers are sloppy (unterminated quotes, cut values), never throws.
 */
export interface Challenge {
  /** The scheme as sent, with the usual spelling for well-known ones ("bearer" -> "Bearer"). */
  readonly scheme: string;
  /** Parameter names lower-cased; the first occurrence of a name wins. */
  readonly params: Readonly<Record<string, string>>;
  readonly token68?: string;
}

const TCHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
const TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*/;

const KNOWN_SCHEMES: Readonly<Record<string, string>> = {
  basic: 'Basic',
  bearer: 'Bearer',
  digest: 'Digest',
  negotiate: 'Negotiate',
  ntlm: 'NTLM',
  hoba: 'HOBA',
  mutual: 'Mutual',
  dpop: 'DPoP',
  'aws4-hmac-sha256': 'AWS4-HMAC-SHA256',
};

export function parseFirstChallenge(value: string): Challenge | undefined {
  const s = value;
  let i = 0;

  const skip = (chars: RegExp): void => {
    while (i < s.length && chars.test(s.charAt(i))) i++;
  };
  const token = (): string => {
    const start = i;
    while (i < s.length && TCHAR.test(s.charAt(i))) i++;
    return s.slice(start, i);
  };
  const quoted = (): string => {
    // At the opening quote. A backslash escapes the next character (quoted-pair).
    let out = '';
    i++;
    while (i < s.length) {
      const c = s.charAt(i);
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\\' && i + 1 < s.length) {
        out += s.charAt(i + 1);
        i += 2;
        continue;
      }
      out += c;
      i++;
    }
    return out; // Unterminated (often a value cut short): keep what came.
  };
  /** True when a `name =` follows at i (a parameter), without moving. */
  const paramAhead = (): boolean => {
    const save = i;
    const name = token();
    skip(/[ \t]/);
    let ok = name !== '' && s.charAt(i) === '=';
    if (ok) {
      // "abc=" or "abc==" with no value after is a token68, not a parameter.
      i++;
      skip(/[ \t]/);
      const next = s.charAt(i);
      ok = next === '"' || TCHAR.test(next);
    }
    i = save;
    return ok;
  };

  skip(/[\s,]/);
  const rawScheme = token();
  if (rawScheme === '') return undefined;
  const lower = rawScheme.toLowerCase();
  const scheme = (Object.hasOwn(KNOWN_SCHEMES, lower) ? KNOWN_SCHEMES[lower] : undefined) ?? rawScheme;
  const params = Object.create(null) as Record<string, string>;
  skip(/[ \t]/);

  if (!paramAhead()) {
    const m = TOKEN68.exec(s.slice(i));
    const rest = m ? s.slice(i + m[0].length).trimStart() : '';
    if (m && (rest === '' || rest.startsWith(','))) return { scheme, params, token68: m[0] };
  }

  while (i < s.length && paramAhead()) {
    const name = token().toLowerCase();
    skip(/[ \t]/);
    i++; // '='
    skip(/[ \t]/);
    const v = s.charAt(i) === '"' ? quoted() : token();
    if (!(name in params)) params[name] = printable(v);
    skip(/[ \t]/);
    if (s.charAt(i) !== ',') break;
    // Commas may repeat (empty list elements are allowed).
    skip(/[\s,]/);
  }
  return { scheme, params };
}
