import { hostOf } from '../url';
import type { ContextHint, ResourceKind } from './context';
import type { AuthChallengeHint, CdnPlatform, Hint } from './hints';

/**
 * Plain-English one-liners for the popup, one per hint. Pure: the clock comes
 * in, so a countdown stays right when the popup re-renders.
 */

/** "1:58" under an hour, "2 h 5 min" under a day, "3 d 4 h" beyond. Rounds up. */
export function formatCountdown(seconds: number): string {
  const s = Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 0;
  if (s < 3600) return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  const minutes = Math.ceil(s / 60);
  if (minutes < 24 * 60) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return m === 0 ? `${h} h` : `${h} h ${m} min`;
  }
  const hours = Math.ceil(minutes / 60);
  const d = Math.floor(hours / 24);
  const h = hours % 24;
  return h === 0 ? `${d} d` : `${d} d ${h} h`;
}

const CDN_NAMES: Readonly<Record<CdnPlatform, string>> = {
  cloudfront: 'CloudFront',
  cloudflare: 'Cloudflare',
  vercel: 'Vercel',
  fastly: 'Fastly',
};

const RESOURCE_TEXT: Readonly<Record<ResourceKind, string>> = {
  api: "A call from the page's scripts (API): a feature of the page may not work",
  image: 'An image: the page shows it broken or not at all',
  script: 'A script: parts of the page may not work',
  stylesheet: 'A stylesheet: the page may look unstyled',
  font: 'A font: text falls back to another typeface',
  media: 'Audio or video: it will not play',
  other: 'A resource the page loads',
};

export function hintText(h: Hint | ContextHint, now: number): string {
  switch (h.kind) {
    case 'retry-after': {
      const left = (h.at - now) / 1000;
      return h.past || !(left > 0)
        ? 'The server said it could be retried from now'
        : `Try again in ${formatCountdown(left)}`;
    }
    case 'allow':
      return h.methods.length > 0
        ? `This address accepts ${h.methods.join(', ')}`
        : 'This address accepts no request methods right now';
    case 'auth-challenge':
      return authText(h);
    case 'bot-challenge':
      if (h.platform === 'cloudflare') return 'A bot check page (Cloudflare), not a broken site';
      if (h.action === 'captcha') return 'A CAPTCHA page (AWS WAF), not a broken site';
      if (h.action === 'challenge') return 'A bot check page (AWS WAF), not a broken site';
      return 'Stopped by a firewall rule (AWS WAF) before it reached the site';
    case 'blocked-by':
      return `Blocked for legal reasons by ${hostOf(h.url) || h.url}`;
    case 'content-type':
      return `The server answered with ${h.value}`;
    case 'method':
      return h.status === 405
        ? `This address does not accept ${h.method} requests`
        : `The server does not support the ${h.method} method`;
    case 'cdn-cached':
      return `Error served from the ${CDN_NAMES[h.platform]} cache`;
    case 'request-id':
      return `${h.label}: ${h.value}`;
    case 'party':
      return h.party === 'third'
        ? "Third-party request: it doesn't break this page's own content"
        : `First-party request: part of this site (${h.pageSite})`;
    case 'role':
      if (h.role === 'document') return 'The page itself failed';
      if (h.role === 'subframe') return 'A frame embedded in the page failed';
      return 'Something the page loads failed, not the page itself';
    case 'resource':
      return RESOURCE_TEXT[h.resource];
    case 'cors-likely':
      return 'Cross-origin API call that failed without a status: most often CORS. Open DevTools > Console to confirm.';
    case 'mixed-content':
      return 'Insecure (http) request from a secure page: blocked as mixed content';
    case 'repeated':
      return `Failed ${h.count} times for the same address`;
  }
}

function authText(h: AuthChallengeHint): string {
  const realm = h.realm ? `, realm "${h.realm}"` : '';
  const scheme = h.scheme.toLowerCase();
  if (scheme === 'bearer' || scheme === 'dpop') {
    let s = `${h.proxy ? 'The proxy expected' : 'Expected'} a ${h.scheme} token`;
    if (h.error) s += `: ${h.error}`;
    if (h.errorDescription) s += ` (${h.errorDescription})`;
    else if (h.scope) s += ` (needs scope: ${h.scope})`;
    return s;
  }
  const who = h.proxy ? 'The proxy asks' : 'Asks';
  if (scheme === 'basic' || scheme === 'digest') return `${who} for a user name and password (${h.scheme}${realm})`;
  if (scheme === 'negotiate' || scheme === 'ntlm') return `${who} for a Windows or Kerberos sign-in (${h.scheme})`;
  return `${who} to sign in (${h.scheme}${realm})`;
}
