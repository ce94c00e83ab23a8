import { defineEntry } from '../types';

export default defineEntry({
  id: 'generic-network',
  kind: 'generic',
  title: 'Other network failure',
  aliases: ['Network error', 'Failed to fetch', 'NetworkError when attempting to fetch resource'],
  summary: 'The request failed before any HTTP status arrived, with an error name this guide has no page for yet.',
  meaning:
    'The browser reported a failure below the level of HTTP: no status code came back, so the server was either never reached or its answer never completed. ' +
    'There is no page for this exact error name, but the popup shows which family it belongs to, such as address lookup, connection, secure connection, a block or a broken answer. ' +
    'The family tells you where to look first.',
  contrasts: [
    {
      id: 'generic-status',
      text: 'Any status code, even an unknown one, proves a server answered; a network failure means no answer arrived at all.',
    },
    {
      id: 'net::ERR_FAILED',
      text: 'ERR_FAILED is a specific, if vague, Chromium code with its own page; this page covers error names that have none.',
    },
  ],
  causes: [
    {
      title: 'The server could not be found or reached',
      detail: 'Address lookup (DNS), connection and offline errors mean the request never got to the server.',
    },
    {
      title: 'The secure connection failed',
      detail: 'TLS and certificate errors stop the request before any HTTP is exchanged.',
    },
    {
      title: 'Something blocked the request on purpose',
      detail: "An extension, a browser setting, a company policy or the site's own security headers stopped it.",
    },
    {
      title: 'The answer broke on the way',
      detail: 'The server started to answer, but the response was cut off or malformed.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Reload the page.' },
      { text: 'Check that you are online, then turn off the VPN, proxy or ad blocker for a moment and try again.' },
      { text: 'Try another network or another browser to tell a problem on your side from a problem with the site.' },
      { text: 'If it continues, tell the site owner the error name shown here.' },
    ],
  },
  owner: {
    steps: [
      {
        text: "Note the exact error name and its family, and look it up in the browser's own list: net_error_list.h for Chrome, ErrorList.py for Firefox.",
      },
      { text: 'Request the address with curl -v from another network to see whether the server answers at all.' },
      {
        text: 'Check whether the failures cluster on one browser, network or region; that separates blocks on the visitor side from problems on the server.',
      },
    ],
  },
  retry: {
    advice: 'after-delay',
    note: 'Many network failures are brief; wait a moment and retry, and look closer if it keeps failing.',
  },
  related: [
    'generic-status',
    'net::ERR_FAILED',
    'net::ERR_ABORTED',
    'net::ERR_NAME_NOT_RESOLVED',
    'net::ERR_CONNECTION_REFUSED',
  ],
  faq: [],
  references: [
    {
      title: 'Chromium net_error_list.h',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
    { title: 'Firefox ErrorList.py', url: 'https://searchfox.org/mozilla-central/source/xpcom/base/ErrorList.py' },
    {
      title: 'MDN: webRequest.onErrorOccurred',
      url: 'https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/webRequest/onErrorOccurred',
    },
  ],
});
