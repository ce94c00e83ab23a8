import { siteOf } from './diagnose/site';
import { hostOf } from './url';

/**
 * Whether a request goes to another site than the page's (ads, widgets, other
 * companies' APIs). Unknown page: not third-party. Sites are approximated by
 * `siteOf` (registrable domain), not by origin: cdn.shop.example is first-party
 * on www.shop.example.
 */
export function isThirdParty(url: string, pageUrl: string): boolean {
  const page = hostOf(pageUrl);
  const req = hostOf(url);
  if (page === '' || req === '') return false;
  return siteOf(page.replace(/:\d+$/, '')) !== siteOf(req.replace(/:\d+$/, ''));
}
