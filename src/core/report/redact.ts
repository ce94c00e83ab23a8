/**
 * Redaction of secrets in URLs and in free text, for everything HTTP Why copies or
 * exports. It works on the raw string: nothing is parsed into a URL object and
 * serialised back, so everything that is not a secret stays byte-for-byte as it was.
 * It never throws; on an unexpected failure it returns the marker alone rather than
 * risk returning a secret.
 */

export const REDACTED = '[redacted]';

/** Parameter names (or name parts) that carry secrets, lower-case. */
const SECRET_NAMES: ReadonlySet<string> = new Set([
  'token',
  'access_token',
  'id_token',
  'refresh_token',
  'key',
  'api_key',
  'apikey',
  'secret',
  'client_secret',
  'password',
  'passwd',
  'pwd',
  'pass',
  'auth',
  'authorization',
  'sig',
  'signature',
  'session',
  'sessionid',
  'sid',
  'code',
  'jwt',
  'bearer',
  'credential',
  'credentials',
  'private',
  'x-amz-signature',
  'x-amz-credential',
  'x-amz-security-token',
  'x-goog-signature',
  'otp',
  // Beyond the list above: names real services use for the same things.
  'awsaccesskeyid',
  'googleaccessid',
  'accesskey',
  'secretkey',
  'privatekey',
  'sessid',
  'jsessionid',
  'phpsessid',
  'aspsessionid',
  'verifier',
  'ticket',
  'samlresponse',
  'assertion',
  'passphrase',
  'hmac',
]);

/**
 * A name part ending with one of these is a secret too: "csrftoken", "authtoken",
 * "clientsecret", "newpassword". Only long, unambiguous words: "key" or "pass" as a
 * suffix would catch "monkey" and "compass".
 */
const SECRET_SUFFIXES = [
  'token',
  'secret',
  'password',
  'passwd',
  'signature',
  'credential',
  'credentials',
  'apikey',
  'sessionid',
  'sessid',
];

/** How deep nested URLs inside parameter values are followed. */
const MAX_DEPTH = 3;

/** Percent-decodes what can be decoded; never throws. Malformed UTF-8 keeps only ASCII escapes decoded. */
function safeDecode(s: string): string {
  if (!s.includes('%') && !s.includes('+')) return s;
  const plus = s.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(plus);
  } catch {
    return plus.replace(/%([0-7][0-9a-f])/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
}

/** Splits "AWSAccessKeyId" into AWS, Access, Key, Id and "accessToken" into access, Token. */
function camelParts(part: string): string[] {
  return part
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(' ');
}

function isSecretWord(word: string): boolean {
  if (word === '') return false;
  if (SECRET_NAMES.has(word)) return true;
  return SECRET_SUFFIXES.some((suffix) => word.endsWith(suffix));
}

/**
 * True when a parameter name suggests a secret: the whole name, or one of its parts
 * split on _ - . [ ] and camelCase, is a secret word. Percent-encoded names are
 * decoded first ("access%5Ftoken"), up to three times for double encoding.
 */
export function isSecretName(rawName: string): boolean {
  let name = rawName;
  for (let i = 0; i < 3; i++) {
    const next = safeDecode(name);
    if (next === name) break;
    name = next;
  }
  name = name.trim();
  if (name === '') return false;
  if (isSecretWord(name.toLowerCase())) return true;
  for (const part of name.split(/[_\-.[\]\s]+/)) {
    if (isSecretWord(part.toLowerCase())) return true;
    for (const sub of camelParts(part)) if (isSecretWord(sub.toLowerCase())) return true;
  }
  return false;
}

/** Schemes whose URLs have an authority even without "//" (the WHATWG parser accepts "https:user@host"). */
const SPECIAL_AUTHORITY = /^([\u0000-\u0020]*(?:https?|wss?|ftp):[/\\]*)/i;
const OTHER_AUTHORITY = /^([\u0000-\u0020]*(?:[a-z][a-z0-9+.-]*:)?\/\/)/i;

/** Replaces the userinfo of "scheme://user:pass@host" with the marker. */
function redactUserinfo(head: string): string {
  const m = SPECIAL_AUTHORITY.exec(head) ?? OTHER_AUTHORITY.exec(head);
  if (!m?.[1]) return head;
  const prefix = m[1];
  const rest = head.slice(prefix.length);
  const end = rest.search(/[/\\?#]/);
  const authority = end < 0 ? rest : rest.slice(0, end);
  const at = authority.lastIndexOf('@');
  if (at <= 0) return head;
  return prefix + REDACTED + rest.slice(at);
}

/** Path parameters such as ";jsessionid=ABC" in "/app;jsessionid=ABC/page". */
function redactPathParams(path: string): string {
  if (!path.includes(';')) return path;
  return path.replace(/;([^;/\\=?#]*)=([^;/\\?#]*)/g, (whole, name: string, value: string) =>
    value !== '' && isSecretName(name) ? `;${name}=${REDACTED}` : whole,
  );
}

/** Encodes a redacted nested URL back into a parameter value, keeping the marker readable. */
function reencode(s: string): string {
  return encodeURIComponent(s).split(encodeURIComponent(REDACTED)).join(REDACTED);
}

/**
 * The value of a parameter whose name is not secret may still hold a URL with
 * secrets, raw ("next=https://a/cb?code=1") or percent-encoded
 * ("next=https%3A%2F%2Fa%2Fcb%3Fcode%3D1"). Raw ones are redacted in place; an
 * encoded one is decoded, redacted and encoded again, but only when it held a secret.
 */
function redactValue(value: string, depth: number): string {
  if (depth >= MAX_DEPTH || value === '') return value;
  const raw = redactUrlAt(value, depth + 1);
  if (!raw.includes('%')) return raw;
  const decoded = safeDecode(raw);
  if (decoded === raw || !/[?#;=@]/.test(decoded)) return raw;
  const redacted = redactUrlAt(decoded, depth + 1);
  if (redacted === decoded) return raw;
  try {
    return reencode(redacted);
  } catch {
    return REDACTED;
  }
}

/** One "name=value" piece of a query or fragment. */
function redactPiece(piece: string, depth: number): string {
  const eq = piece.indexOf('=');
  if (eq < 0) return piece;
  const rawName = piece.slice(0, eq);
  const value = piece.slice(eq + 1);
  // "#/callback?code=…", "#!/page;token=…", "&amp;token=…": the name is what follows the last of these.
  const name = rawName.slice(Math.max(...['?', '/', '#', '!', ';'].map((c) => rawName.lastIndexOf(c))) + 1);
  if (isSecretName(name)) return value === '' ? piece : `${rawName}=${REDACTED}`;
  return `${rawName}=${redactValue(value, depth)}`;
}

function redactParams(section: string, depth: number): string {
  return section
    .split('&')
    .map((piece) => redactPiece(piece, depth))
    .join('&');
}

function redactUrlAt(url: string, depth: number): string {
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt < 0 ? url : url.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const head = queryAt < 0 ? beforeHash : beforeHash.slice(0, queryAt);
  let out = redactPathParams(redactUserinfo(head));
  if (queryAt >= 0) out += '?' + redactParams(beforeHash.slice(queryAt + 1), depth);
  if (hashAt >= 0) out += '#' + redactParams(url.slice(hashAt + 1), depth);
  return out;
}

/** JSON Web Tokens wherever they appear: header and payload are base64url JSON ("eyJ"). */
const JWT = /\beyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g;

function redactJwts(s: string): string {
  return s.includes('eyJ') ? s.replace(JWT, REDACTED) : s;
}

/**
 * A URL with its secrets replaced by the marker: the userinfo ("user:pass@"), the
 * values of query, fragment and path parameters whose names suggest secrets (see
 * `isSecretName`), secrets inside URLs nested in other parameters' values, and JWTs
 * anywhere. Empty values and parameters without "=" stay as they are. Anything that
 * is not a URL gets the same parameter rule after its first "?" or "#".
 */
export function redactUrl(url: string): string {
  if (typeof url !== 'string') return '';
  try {
    return redactJwts(redactUrlAt(url, 0));
  } catch {
    return REDACTED;
  }
}

/** A URL inside free text: a scheme and "//", or "www.", up to whitespace, quotes or angle brackets. */
const URL_IN_TEXT = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s"'<>`]+/gi;
/** Punctuation that ends a sentence rather than the URL. */
const TRAILING = /[.,;:!?)\]}]+$/;
/** "name=value" outside URLs: relative URLs, log lines, form bodies. */
const PAIR_IN_TEXT = /(^|[\s?&#;,(])([^\s=&?#;,"'<>()]{1,64})=([^\s&#;,"'<>()]+)/g;
/** "name": "value" in JSON-looking text. */
const JSON_PAIR = /"([^"\\]{1,64})"(\s*:\s*)"((?:[^"\\]|\\.)+)"/g;
/** Credentials of an Authorization header: "Bearer abc…", "Basic dXNl…" (not "Bearer realm=…"). */
const AUTH_SCHEME = /\b(Bearer|Basic)(\s+)([A-Za-z0-9\-._~+/]+=*)(?![A-Za-z0-9\-._~+/=])/gi;

/** Random-looking enough to be a credential rather than a word ("Bearer token", "Basic authentication"). */
function looksLikeCredential(s: string): boolean {
  return s.length >= 8 && (/\d/.test(s) || /[+/=_.~-]/.test(s) || /[a-z][A-Z]/.test(s));
}

/**
 * Free text (an error message, a header value, a diagnosis line) with its secrets
 * replaced: every URL in it goes through `redactUrl`, secret "name=value" pairs and
 * JSON "name": "value" pairs lose their values, and so do Bearer and Basic
 * credentials and JWTs.
 */
export function redactText(s: string): string {
  if (typeof s !== 'string') return '';
  try {
    let out = s.replace(URL_IN_TEXT, (m) => {
      let cut = m.length - (TRAILING.exec(m)?.[0] ?? '').length;
      // The marker's own "]" belongs to the URL, or text redacted twice would grow a "]".
      if (m.charAt(cut) === ']' && m.slice(0, cut).endsWith(REDACTED.slice(0, -1))) cut++;
      return redactUrl(m.slice(0, cut)) + m.slice(cut);
    });
    out = out.replace(PAIR_IN_TEXT, (whole, lead: string, name: string, value: string) => {
      if (value.startsWith(REDACTED)) return whole;
      if (!isSecretName(name)) {
        // "next=https%3A%2F%2F…%3Ftoken%3D…" outside a URL the pass above saw whole (one
        // cut short by a quote, a relative URL): nested URLs lose their secrets as in redactUrl.
        const nested = redactValue(value, 0);
        return nested === value ? whole : `${lead}${name}=${nested}`;
      }
      const tail = TRAILING.exec(value)?.[0] ?? '';
      return `${lead}${name}=${REDACTED}${tail}`;
    });
    out = out.replace(JSON_PAIR, (whole, name: string, colon: string) =>
      isSecretName(name) ? `"${name}"${colon}"${REDACTED}"` : whole,
    );
    out = out.replace(AUTH_SCHEME, (whole, scheme: string, space: string, cred: string) =>
      looksLikeCredential(cred) ? `${scheme}${space}${REDACTED}` : whole,
    );
    return redactJwts(out);
  } catch {
    return REDACTED;
  }
}
