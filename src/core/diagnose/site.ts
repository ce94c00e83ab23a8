/**
 * The "site" (registrable domain) of a host, for first- vs third-party.
 *
 * This is an approximation of the Public Suffix List, which is ~200 KB and
 * changes weekly: the last two labels, or one more when the host ends in one of
 * a short list of common multi-label public suffixes (co.uk, github.io, ...),
 * where every customer gets their own site. IP addresses, localhost and
 * single-label hosts are their own site. Wrong at worst for rare suffixes,
 * where two unrelated sites may look like one.
 */

export const MULTI_LABEL_SUFFIXES: ReadonlySet<string> = new Set([
  // Country second-level domains.
  'co.uk',
  'org.uk',
  'ac.uk',
  'gov.uk',
  'com.au',
  'net.au',
  'org.au',
  'co.jp',
  'ne.jp',
  'or.jp',
  'co.nz',
  'co.za',
  'co.in',
  'co.kr',
  'com.br',
  'com.cn',
  'com.mx',
  'com.tr',
  'com.sg',
  'com.hk',
  'com.tw',
  // Hosting platforms where each subdomain belongs to a different customer.
  'github.io',
  'herokuapp.com',
  'vercel.app',
  'netlify.app',
  'pages.dev',
  'workers.dev',
  'web.app',
  'firebaseapp.com',
  'appspot.com',
  'azurewebsites.net',
  'cloudfront.net',
  's3.amazonaws.com',
  'blogspot.com',
]);

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

export function siteOf(host: string): string {
  let h = host.trim().toLowerCase();
  if (h.endsWith('.')) h = h.slice(0, -1);
  if (h === '' || h.startsWith('[') || h.includes(':') || IPV4.test(h)) return h;
  const labels = h.split('.');
  if (labels.length <= 2) return h;
  // Longest listed suffix first; a host that is itself a suffix is its own site.
  for (let n = Math.min(3, labels.length); n >= 2; n--) {
    if (MULTI_LABEL_SUFFIXES.has(labels.slice(-n).join('.'))) return labels.slice(-(n + 1)).join('.');
  }
  return labels.slice(-2).join('.');
}
