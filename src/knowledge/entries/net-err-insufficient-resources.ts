import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_INSUFFICIENT_RESOURCES',
  kind: 'network',
  title: 'Browser ran out of resources for requests',
  aliases: ['ERR_INSUFFICIENT_RESOURCES'],
  summary: 'The browser refused the request because the page already had too many requests going at once.',
  meaning:
    "Chrome caps how many requests one renderer process, which usually means one site's open pages, can have open at the same time, at a few thousand, with much tighter caps for keepalive requests meant to outlive a page. " +
    'Past a cap, new requests fail at once with this code, before anything is sent. ' +
    "It is almost always the page's own code making far too many requests, not a network or server problem.",
  contrasts: [
    {
      id: '429',
      text: '429 is a server asking the browser to slow down; this error is the browser itself refusing to start more requests.',
    },
    {
      id: 'net::ERR_FAILED',
      text: 'ERR_FAILED gives no reason; this error says the limit on open requests was reached.',
    },
  ],
  causes: [
    {
      title: 'A request loop in the page',
      detail:
        'A script fires requests in a tight loop, for example a retry without any delay, or code that runs again on every screen update.',
    },
    {
      title: 'Thousands of requests at once',
      detail:
        'A page starts a huge number of image, map tile or API requests at the same moment instead of in batches.',
    },
    {
      title: 'Too many requests meant to outlive the page',
      detail:
        'Requests sent with keepalive, including sendBeacon, have tighter limits of their own, and analytics code that sends many of them can reach those.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Close other tabs of this site and reload the page.' },
      { text: 'If it happens again, tell the site owner; the page is making too many requests.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Open the Network panel in DevTools and look for a burst or an endless stream of requests; the Initiator column shows which script sends them.',
      },
      {
        text: 'Give retries a delay that grows and a maximum number of tries.',
        snippets: [
          {
            label: 'JavaScript',
            code:
              'async function fetchWithRetry(url, tries = 3) {\n' +
              '  for (let i = 0; i < tries; i++) {\n' +
              '    const res = await fetch(url).catch(() => undefined);\n' +
              '    if (res?.ok) return res;\n' +
              '    await new Promise((r) => setTimeout(r, 500 * 2 ** i));\n' +
              '  }\n' +
              '  throw new Error(`giving up on ${url}`);\n' +
              '}',
          },
        ],
      },
      {
        text: 'Load many small resources in batches or lazily, for example loading="lazy" on images below the fold, and combine small API calls.',
      },
      { text: 'Keep keepalive and sendBeacon requests few and small.' },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'A reload may work for a moment, but it fails again as long as the page keeps flooding requests.',
  },
  related: ['429', 'net::ERR_FAILED'],
  faq: [],
  references: [
    {
      title: 'MDN: Navigator.sendBeacon()',
      url: 'https://developer.mozilla.org/en-US/docs/Web/API/Navigator/sendBeacon',
    },
    {
      title: 'Chromium net_error_list.h',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
  ],
});
