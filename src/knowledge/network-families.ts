/**
 * Sorts any browser network error name into a family, so the popup can say at least
 * roughly what went wrong when a name has no entry of its own.
 *
 * Chromium names follow the numeric ranges of net_error_list.h (see
 * /work/shared/reference/chromium-net-errors.csv). Two of those ranges are mixed bags:
 * "system" (-1 to -99) and "connection" (-100 to -199) also hold DNS, offline, proxy,
 * TLS and blocking errors, so names decide there. A few names are placed by meaning
 * rather than range: ERR_EMPTY_RESPONSE sits in the http range but means the
 * connection closed with nothing sent, and the private-network-access errors in the
 * http range are policy blocks.
 *
 * Firefox names (NS_ERROR_*, NS_BINDING_*) follow the same families by meaning.
 * Firefox reports TLS and certificate failures as English sentences (or in the UI
 * language); only English keywords are recognised here. A caller that knows a string
 * came from Firefox's webRequest error field may treat any other non-name text as 'tls'.
 *
 * Pure and total: any input, even garbage or a non-string, returns a family.
 */

export type NetworkFamily =
  'dns' | 'connection' | 'offline' | 'proxy' | 'tls' | 'certificate' | 'blocked' | 'http' | 'cache' | 'generic';

export const NETWORK_FAMILIES: readonly NetworkFamily[] = [
  'dns',
  'connection',
  'offline',
  'proxy',
  'tls',
  'certificate',
  'blocked',
  'http',
  'cache',
  'generic',
];

/** One plain line per family, shown in the popup next to an unknown error name. */
export const FAMILY_LABELS: Record<NetworkFamily, string> = {
  dns: "The browser could not look up the server's address.",
  connection: 'The browser could not open or keep a connection to the server.',
  offline: 'The device was offline, or its network changed while the request was running.',
  proxy: 'A proxy between the browser and the site failed or refused the request.',
  tls: 'The secure (HTTPS) connection to the server could not be set up.',
  certificate: "The site's security certificate was not accepted.",
  blocked: 'The request was stopped on purpose by the browser, an extension, a policy or a rule the site set.',
  http: 'The request or the answer broke the rules of HTTP, for example a redirect loop or a damaged response.',
  cache: "The browser's cache could not supply or store the response.",
  generic: 'The request failed before any answer arrived, without a more specific reason.',
};

/** Chromium names (without "net::ERR_") whose family the rules below would get wrong. */
const CHROMIUM_EXCEPTIONS: Readonly<Record<string, NetworkFamily>> = {
  // system range
  TIMED_OUT: 'connection',
  NETWORK_CHANGED: 'offline',
  NETWORK_ACCESS_REVOKED: 'blocked',
  CLEARTEXT_NOT_PERMITTED: 'blocked',
  // connection range
  INTERNET_DISCONNECTED: 'offline',
  NETWORK_ACCESS_DENIED: 'offline',
  // http range
  EMPTY_RESPONSE: 'connection',
  HTTP2_INADEQUATE_TRANSPORT_SECURITY: 'tls',
  INCONSISTENT_IP_ADDRESS_SPACE: 'blocked',
  NETWORK_IO_SUSPENDED: 'http',
  // misc range
  INSECURE_RESPONSE: 'certificate',
};

/** Ordered rules for Chromium names without "net::ERR_"; the first match wins. */
const CHROMIUM_RULES: readonly (readonly [RegExp, NetworkFamily])[] = [
  [/^CERT(IFICATE)?_/, 'certificate'],
  [/^(DNS_|NAME_|HOST_RESOLVER|ICANN_)/, 'dns'],
  [/PROXY|PROXIES|SOCKS|TUNNEL|(^|_)PAC_/, 'proxy'],
  [/BLOCKED/, 'blocked'],
  [/SSL|TLS|(^|_)ECH(_|$)|ALPN|EARLY_DATA|CLIENT_AUTH|^CT_/, 'tls'],
  [/CERT|PKCS12|KEY_GENERATION|PRIVATE_KEY/, 'certificate'],
  [/^CACHE_/, 'cache'],
  [
    /HTTP|QUIC|REDIRECT|RESPONSE|CHUNKED|ENCODING|CONTENT_|URL|AUTH|RANGE|SECURITY_LIBRARY|SIGNED_EXCHANGE|WEB_BUNDLE|DICTIONARY|ZSTD|ACCEPT_CH|UNSAFE_PORT|METHOD_NOT_SUPPORTED|SYN_REPLY|FTP|RETRIES|MALFORMED_IDENTITY/,
    'http',
  ],
  [
    /CONNECTION|ADDRESS|SOCKET|TIMED_OUT|^WS_|BUFFER|MSG_TOO_BIG|THROTTL|PRECONNECT|WINSOCK|READ_IF_READY/,
    'connection',
  ],
];

/** Firefox names whose family the rules below would get wrong, or that need no rule. */
const FIREFOX_EXCEPTIONS: Readonly<Record<string, NetworkFamily>> = {
  NS_ERROR_OFFLINE: 'offline',
  NS_ERROR_NET_RESET: 'connection',
  NS_ERROR_NET_INTERRUPT: 'connection',
  NS_ERROR_NET_TIMEOUT_EXTERNAL: 'connection',
  NS_ERROR_NET_UNCLEAN_SHUTDOWN: 'connection',
  NS_ERROR_NET_EMPTY_RESPONSE: 'connection',
  NS_ERROR_ALREADY_CONNECTED: 'connection',
  NS_ERROR_NOT_CONNECTED: 'connection',
  NS_ERROR_WEBTRANSPORT_SESSION_LIMIT_EXCEEDED: 'connection',
  NS_ERROR_NET_INADEQUATE_SECURITY: 'tls',
  NS_ERROR_HTTPS_ONLY: 'tls',
  NS_ERROR_BAD_HSTS_CERT: 'certificate',
  NS_ERROR_DOCUMENT_NOT_CACHED: 'cache',
  NS_ERROR_PORT_ACCESS_NOT_ALLOWED: 'http',
  NS_ERROR_NET_ERROR_RESPONSE: 'http',
  NS_ERROR_FIRST_HEADER_FIELD_COMPONENT_EMPTY: 'http',
  NS_ERROR_SUPERFLUOS_AUTH: 'http',
  NS_ERROR_NOT_RESUMABLE: 'http',
  NS_ERROR_ENTITY_CHANGED: 'http',
  NS_ERROR_NET_BODY_NOT_REPLAYABLE: 'http',
  NS_ERROR_MALFORMED_URI: 'http',
  NS_ERROR_UNKNOWN_PROTOCOL: 'http',
  NS_ERROR_UNSAFE_CONTENT_TYPE: 'http',
  NS_ERROR_INVALID_SIGNATURE: 'http',
  NS_ERROR_NO_CONTENT: 'http',
  // Firefox shows the same "Corrupted Content" page for a failed service worker answer.
  NS_ERROR_INTERCEPTION_FAILED: 'http',
  // CORS and other URI access checks: generic, like Chromium's ERR_FAILED.
  NS_ERROR_DOM_BAD_URI: 'generic',
  NS_ERROR_DOM_BAD_CROSS_ORIGIN_URI: 'generic',
  NS_ERROR_LOCAL_NETWORK_ACCESS_DENIED: 'blocked',
  NS_ERROR_OS_LOCAL_NETWORK_ACCESS_DENIED: 'blocked',
  NS_ERROR_NON_LOCAL_CONNECTION_REFUSED: 'blocked',
  // webRequest fallbacks name the last step seen before the failure; only a few name the failing step.
  NS_ERROR_NET_ON_RESOLVING: 'dns',
  NS_ERROR_NET_ON_CONNECTING_TO: 'connection',
  NS_ERROR_NET_ON_TLS_HANDSHAKE_STARTING: 'tls',
  NS_ERROR_NET_ON_PROXY_RESPONSE_HEADER: 'proxy',
};

/** Ordered rules for Firefox names; the first match wins. */
const FIREFOX_RULES: readonly (readonly [RegExp, NetworkFamily])[] = [
  [/^NS_ERROR_NET_(ON|UNKNOWN)_|^NS_BINDING_/, 'generic'],
  [/PROXY/, 'proxy'],
  [/DNS|UNKNOWN_HOST/, 'dns'],
  [/_URI$|BLOCKED|_CSP_|_XFO_|_CORP_|_COEP_|_COOP_|RESTRICTED_CONTENT/, 'blocked'],
  [/CERT/, 'certificate'],
  [/SSL|TLS/, 'tls'],
  [/HTTP|REDIRECT|CONTENT_ENCODING|CORRUPTED_CONTENT|PARTIAL_TRANSFER/, 'http'],
  [/CONNECTION|SOCKET|NET_TIMEOUT/, 'connection'],
  [/OFFLINE/, 'offline'],
  [/CACHE/, 'cache'],
];

function firstMatch(name: string, rules: readonly (readonly [RegExp, NetworkFamily])[]): NetworkFamily {
  for (const [pattern, family] of rules) {
    if (pattern.test(name)) return family;
  }
  return 'generic';
}

function chromiumFamily(bare: string): NetworkFamily {
  return CHROMIUM_EXCEPTIONS[bare] ?? firstMatch(bare, CHROMIUM_RULES);
}

function firefoxFamily(name: string): NetworkFamily {
  return FIREFOX_EXCEPTIONS[name] ?? firstMatch(name, FIREFOX_RULES);
}

/** NSS names, which Firefox normally turns into sentences before an extension sees them. */
function nssFamily(name: string): NetworkFamily | undefined {
  if (/^(SEC_ERROR_|MOZILLA_PKIX_ERROR_)/.test(name)) return 'certificate';
  if (/^SSL_ERROR_/.test(name)) return name.includes('CERT') ? 'certificate' : 'tls';
  return undefined;
}

/** English keywords of Firefox's TLS sentences ("Peer's Certificate has expired."). */
function sentenceFamily(text: string): NetworkFamily {
  const lower = text.toLowerCase();
  if (/\bcertificate\b|\bissuer\b/.test(lower)) return 'certificate';
  if (/\b(ssl|tls|cipher|handshake)\b|communicate securely|secure connection/.test(lower)) return 'tls';
  return 'generic';
}

/**
 * The family of a network error name: "net::ERR_NAME_NOT_RESOLVED" (with or without
 * "net::"), "NS_ERROR_UNKNOWN_HOST", an NSS name, or an English Firefox TLS sentence.
 * Unknown names are placed by the words they contain; anything else is 'generic'.
 */
export function networkFamily(name: string): NetworkFamily {
  if (typeof name !== 'string') return 'generic';
  const trimmed = name.trim();
  const upper = trimmed.toUpperCase();
  const withoutNet = upper.startsWith('NET::') ? upper.slice(5) : upper;

  const chromium = /^ERR_([A-Z0-9_]+)$/.exec(withoutNet);
  if (chromium?.[1] !== undefined) return chromiumFamily(chromium[1]);

  if (/^NS_[A-Z0-9_]+$/.test(upper)) return firefoxFamily(upper);

  // An unnamed security-module code: NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, <name>).
  const generated = /^NS_ERROR_GENERATE_FAILURE\(\s*NS_ERROR_MODULE_SECURITY\s*,\s*([A-Z0-9_]*)\s*\)$/.exec(upper);
  if (generated) return nssFamily(generated[1] ?? '') ?? 'tls';

  if (/^[A-Z0-9_]+$/.test(upper)) return nssFamily(upper) ?? 'generic';

  return sentenceFamily(trimmed);
}
