import { defineEntry } from '../types';

export default defineEntry({
  id: '999',
  kind: 'client-error',
  title: '999 Request Denied (LinkedIn and others)',
  aliases: ['Request denied', 'LinkedIn 999', 'HTTP 999'],
  summary:
    'The site refused the request, most often because it looked automated. LinkedIn is the best-known sender of this code.',
  meaning:
    'This is not a standard HTTP code: the standard only defines codes from 100 to 599, and says a client should treat anything outside that range like a server error. ' +
    'LinkedIn answers "999 Request denied" when it takes a request for the work of a bot, a scraper or a link checker rather than a person. ' +
    'The page usually exists; the site just will not show it to this client.',
  contrasts: [
    {
      id: '403',
      text: '403 is the standard way to refuse access. 999 is a non-standard refusal that LinkedIn uses mainly against automated traffic.',
    },
    {
      id: '429',
      text: '429 says a client sent too many requests and may try again later. A 999 can also hit a single request that merely looks automated.',
    },
    {
      id: 'generic-status',
      text: 'Codes outside 100 to 599 have no standard meaning at all; only the sender knows what 999 means.',
    },
  ],
  causes: [
    {
      title: 'An automated tool made the request',
      detail:
        'Link checkers, preview generators, scripts and monitoring tools are treated as bots, even when they only check one link.',
    },
    {
      title: 'The network address has a poor reputation',
      detail:
        'Requests from cloud servers, VPNs and shared proxies look more like automated traffic than those from a home connection.',
    },
    {
      title: 'Not signed in, or cookies are missing',
      detail: 'Many LinkedIn pages expect a signed-in browser; requests without its cookies look less like a person.',
    },
    {
      title: 'Too many requests in a short time',
      detail: 'Opening many profiles or pages quickly looks like scraping.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Open the link in a normal browser window where you are signed in to the site.' },
      { text: 'Turn off your VPN or proxy and try again.' },
      { text: 'If you opened many pages quickly, wait a while before continuing.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'If your link checker flags LinkedIn links with 999, treat them as "could not check" rather than broken, or exclude them.',
      },
      {
        text: 'For example, skip LinkedIn in the lychee link checker.',
        snippets: [{ label: 'lychee', code: "lychee --exclude 'linkedin\\.com' README.md" }],
      },
      { text: 'If you need data from LinkedIn, use its official APIs instead of fetching pages.' },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The same tool or network is refused again; a normal signed-in browser or a different network usually gets through.',
  },
  related: ['403', '429', 'generic-status'],
  faq: [
    {
      q: 'Is the LinkedIn page broken?',
      a: 'Usually not. The page exists, but LinkedIn refused to show it to the program that asked. Opening it in your own browser normally works.',
    },
  ],
  references: [
    {
      title: 'RFC 9110, section 15: status codes (valid range 100 to 599)',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15',
    },
    {
      title: 'html-proofer issue #215: LinkedIn answers "999 Request denied"',
      url: 'https://github.com/gjtorikian/html-proofer/issues/215',
    },
  ],
});
