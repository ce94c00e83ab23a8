/**
 * Reason phrases for the failing status codes, for badge titles and list headings
 * where loading a knowledge entry would be too heavy. Registered names follow the
 * IANA registry; unofficial ones name their source.
 */
const NAMES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  407: 'Proxy Authentication Required',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  411: 'Length Required',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  416: 'Range Not Satisfiable',
  417: 'Expectation Failed',
  418: '(Unused)',
  421: 'Misdirected Request',
  422: 'Unprocessable Content',
  423: 'Locked',
  424: 'Failed Dependency',
  425: 'Too Early',
  426: 'Upgrade Required',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates',
  507: 'Insufficient Storage',
  508: 'Loop Detected',
  510: 'Not Extended',
  511: 'Network Authentication Required',
  // Unofficial codes that reach browsers.
  419: 'Page Expired (Laravel)',
  420: 'Enhance Your Calm',
  430: 'Security Rejection (Shopify)',
  440: 'Login Time-out (IIS)',
  449: 'Retry With (IIS)',
  450: 'Blocked by Parental Controls',
  463: 'Too Many Forwarded Addresses (AWS ELB)',
  464: 'Incompatible Protocol (AWS ELB)',
  498: 'Invalid Token (ArcGIS)',
  509: 'Bandwidth Limit Exceeded',
  520: 'Unknown Error (Cloudflare)',
  521: 'Web Server Is Down (Cloudflare)',
  522: 'Connection Timed Out (Cloudflare)',
  523: 'Origin Is Unreachable (Cloudflare)',
  524: 'A Timeout Occurred (Cloudflare)',
  525: 'SSL Handshake Failed (Cloudflare)',
  526: 'Invalid SSL Certificate (Cloudflare)',
  527: 'Railgun Error (Cloudflare)',
  529: 'Site Is Overloaded',
  530: 'Origin DNS Error (Cloudflare)',
  561: 'Unauthorized (AWS ELB)',
  598: 'Network Read Timeout',
  599: 'Network Connect Timeout',
  999: 'Request Denied',
};

export function statusName(code: number): string | undefined {
  return NAMES[code];
}

/** "404 Not Found", or "499" when the code has no known name. */
export function statusLabel(code: number): string {
  const name = NAMES[code];
  return name ? `${code} ${name}` : String(code);
}
