import { hostOf } from '../url';
import type { ContextHint, ResourceKind } from './context';
import type { AuthChallengeHint, CdnPlatform, Hint } from './hints';

/**
 * One-liners for the popup, one per hint, through the interface's message
 * catalogue. Pure: the clock and the translator come in, so a countdown stays
 * right when the popup re-renders and core needs no browser API.
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

const RESOURCE_KEY: Readonly<Record<ResourceKind, string>> = {
  api: 'hintResourceApi',
  image: 'hintResourceImage',
  script: 'hintResourceScript',
  stylesheet: 'hintResourceStylesheet',
  font: 'hintResourceFont',
  media: 'hintResourceMedia',
  other: 'hintResourceOther',
};

/** Looks up an interface string by its messages.json key (browser.i18n in the extension). */
export type Translate = (key: string, substitutions?: string | readonly string[]) => string;

/** One line for a hint, in the interface language; server text stays as the server sent it. */
export function hintText(h: Hint | ContextHint, now: number, t: Translate): string {
  switch (h.kind) {
    case 'retry-after': {
      const left = (h.at - now) / 1000;
      return h.past || !(left > 0) ? t('hintRetryNow') : t('hintRetryIn', formatCountdown(left));
    }
    case 'allow':
      return h.methods.length > 0 ? t('hintAllow', h.methods.join(', ')) : t('hintAllowNone');
    case 'auth-challenge':
      return authText(h, t);
    case 'bot-challenge':
      if (h.platform === 'cloudflare') return t('hintBotCloudflare');
      if (h.action === 'captcha') return t('hintWafCaptcha');
      if (h.action === 'challenge') return t('hintWafChallenge');
      return t('hintWafBlock');
    case 'blocked-by':
      return t('hintBlockedBy', hostOf(h.url) || h.url);
    case 'content-type':
      return t('hintContentType', h.value);
    case 'method':
      return t(h.status === 405 ? 'hintMethod405' : 'hintMethod501', h.method);
    case 'cdn-cached':
      return t('hintCdnCached', CDN_NAMES[h.platform]);
    case 'request-id':
      return `${h.label}: ${h.value}`;
    case 'party':
      return h.party === 'third' ? t('hintThirdParty') : t('hintFirstParty', h.pageSite);
    case 'role':
      if (h.role === 'document') return t('hintRoleDocument');
      if (h.role === 'subframe') return t('hintRoleSubframe');
      return t('hintRoleSubresource');
    case 'resource':
      return t(RESOURCE_KEY[h.resource]);
    case 'cors-likely':
      return t('hintCors');
    case 'mixed-content':
      return t('hintMixedContent');
    case 'repeated':
      return t('hintRepeated', String(h.count));
  }
}

function authText(h: AuthChallengeHint, t: Translate): string {
  const realm = h.realm ? `, realm "${h.realm}"` : '';
  const scheme = h.scheme.toLowerCase();
  if (scheme === 'bearer' || scheme === 'dpop') {
    let s = t(h.proxy ? 'hintAuthTokenProxy' : 'hintAuthToken', h.scheme);
    if (h.error) s += `: ${h.error}`;
    if (h.errorDescription) s += ` (${h.errorDescription})`;
    else if (h.scope) s += ` (${t('hintAuthScope', h.scope)})`;
    return s;
  }
  const p = h.proxy ? 'Proxy' : '';
  if (scheme === 'basic' || scheme === 'digest') return t(`hintAuthPassword${p}`, `${h.scheme}${realm}`);
  if (scheme === 'negotiate' || scheme === 'ntlm') return t(`hintAuthWindows${p}`, h.scheme);
  return t(`hintAuthOther${p}`, `${h.scheme}${realm}`);
}
