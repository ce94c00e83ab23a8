import { siteOf } from './diagnose/site';
import { hostOf } from './url';

/** Hosts repeat (a page's CDN, its API): remember their sites. Bounded: cleared when full. */
const SITE_CACHE_MAX = 512;
const siteCache = new Map<string, string>();

function cachedSite(host: string): string {
  let site = siteCache.get(host);
  if (site === undefined) {
    if (siteCache.size >= SITE_CACHE_MAX) siteCache.clear();
    site = siteOf(host.replace(/:\d+$/, ''));
    siteCache.set(host, site);
  }
  return site;
}

/** A page's failures arrive one after another: remember the last page's host. */
let lastPage = '';
let lastPageHost = '';
function pageHostOf(pageUrl: string): string {
  if (pageUrl !== lastPage) {
    lastPage = pageUrl;
    lastPageHost = hostOf(pageUrl);
  }
  return lastPageHost;
}

/**
 * Whether a request goes to another site than the page's (ads, widgets, other
 * companies' APIs). Unknown page: not third-party. Sites are approximated by
 * `siteOf` (registrable domain), not by origin: cdn.shop.example is first-party
 * on www.shop.example.
 */
export function isThirdParty(url: string, pageUrl: string): boolean {
  const page = pageHostOf(pageUrl);
  const req = hostOf(url);
  if (page === '' || req === '') return false;
  return cachedSite(page) !== cachedSite(req);
}
