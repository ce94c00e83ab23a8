import { defineEntry } from '../types';

export default defineEntry({
  id: 'NS_ERROR_TRACKING_URI',
  kind: 'network',
  title: 'Blocked by Firefox tracking protection',
  aliases: [
    'Enhanced Tracking Protection',
    'Tracking protection',
    'Blocked tracker',
    'Blocked fingerprinter',
    'Blocked cryptominer',
  ],
  summary:
    "Firefox's built-in tracking protection stopped this request because the address is on a list of known trackers.",
  meaning:
    'Firefox checks requests against lists of known trackers, social media trackers, fingerprinting scripts, cryptominers and email trackers. ' +
    'Depending on your protection level, it refuses to load addresses on those lists. ' +
    'This error means Firefox itself blocked the request on purpose; the site and the network were never involved. ' +
    'HTTP Why lists these requests separately and does not count them on the badge by default, because the blocking is intended.',
  contrasts: [
    {
      id: 'net::ERR_BLOCKED_BY_CLIENT',
      text: 'In Chrome, blocks come from extensions such as ad blockers. This block comes from a feature built into Firefox.',
    },
    {
      id: 'NS_ERROR_CONTENT_BLOCKED',
      text: "A content policy block follows rules such as the page's own security policy. A tracking block follows Firefox's lists of known trackers.",
    },
  ],
  causes: [
    {
      title: 'The address is a known tracker',
      detail: 'Analytics, advertising and social media scripts and pixels are the usual matches.',
    },
    {
      title: 'A stricter protection level or a private window',
      detail:
        'Strict mode, custom settings and private windows block more categories than the Standard level in normal windows, so the same page can behave differently.',
    },
    {
      title: 'A site relies on a tracker for a feature',
      detail:
        'Embedded videos, social logins, comment widgets or checkout helpers may load from addresses on a list, and break when blocked.',
    },
  ],
  visitor: {
    steps: [
      { text: 'If the page works as you want, there is nothing to do: Firefox is protecting your privacy.' },
      {
        text: 'If something is broken, click the shield icon at the left of the address bar and turn off Enhanced Tracking Protection for this site, then reload.',
      },
      {
        text: 'To review what was blocked on this site, open the same shield panel; about:protections shows totals over time.',
      },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Make the page work when analytics, ads and social scripts do not load: guard calls into them and do not let them gate core features.',
      },
      { text: 'Test the site in a Firefox private window or with Strict protection before each release.' },
      {
        text: 'Prefer first-party or privacy-friendly providers for features that must always work, such as login and checkout.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'Firefox blocks the address every time until protection is turned off for the site.',
  },
  related: ['net::ERR_BLOCKED_BY_CLIENT', 'NS_ERROR_CONTENT_BLOCKED'],
  faq: [
    {
      q: 'Should I turn tracking protection off?',
      a: 'Only for a site that breaks and that you trust, and only for that site. Leave it on for every other site.',
    },
    {
      q: 'Why does the page work in one window and not another?',
      a: 'Private windows block more trackers than normal windows at the Standard level, so a page that relies on one can break only in private windows.',
    },
  ],
  references: [
    {
      title: 'Mozilla Support: Enhanced Tracking Protection in Firefox',
      url: 'https://support.mozilla.org/en-US/kb/enhanced-tracking-protection-firefox-desktop',
    },
    {
      title: 'MDN: webRequest.onErrorOccurred',
      url: 'https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/webRequest/onErrorOccurred',
    },
  ],
});
