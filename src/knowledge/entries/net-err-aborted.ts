import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_ABORTED',
  kind: 'network',
  title: 'Request cancelled',
  aliases: ['ERR_ABORTED', 'Cancelled request', '(canceled)'],
  summary:
    'The request was cancelled before it finished, usually by the page itself or because you moved on. Mostly harmless.',
  meaning:
    'The browser stopped the request on purpose before the answer was complete. ' +
    'The page may have cancelled it, you may have left the page or pressed stop, or the browser may have dropped it because nothing needed it any more. ' +
    'It does not say the server or the network failed. ' +
    'HTTP Why records these apart and does not count them as failures by default.',
  contrasts: [
    {
      id: 'net::ERR_FAILED',
      text: 'A failed request was meant to finish and did not; a cancelled one was stopped because someone decided it was no longer needed.',
    },
    {
      id: 'net::ERR_BLOCKED_BY_CLIENT',
      text: 'Blocked by client means an extension refused the request before it started; a cancelled request was stopped by the page or the browser.',
    },
    {
      id: 'net::ERR_CONNECTION_RESET',
      text: 'A reset is the network or the server dropping the connection; a cancellation comes from inside the browser.',
    },
  ],
  causes: [
    {
      title: 'You left or reloaded the page',
      detail:
        'Requests still running when a page is replaced are cancelled, including slow images, analytics and API calls.',
    },
    {
      title: 'The page cancelled the request',
      detail:
        'Scripts cancel requests they no longer need, for example with AbortController when a search box gets a new letter or when part of the page is closed.',
    },
    {
      title: 'Media players restart their downloads',
      detail:
        'Video and audio players often cancel a request and start a new one when you seek or the quality changes.',
    },
    {
      title: 'The browser dropped a load it no longer needed',
      detail: 'A newer navigation replaced an older one, a prefetch was thrown away, or the tab was closed.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'If something on the page did not finish loading, reload the page and let it complete before clicking away.',
      },
    ],
    nothingToDo: 'Usually nothing is wrong: these requests were stopped on purpose, often because you moved on.',
  },
  owner: {
    steps: [
      {
        text: 'Treat a few cancelled requests as normal. Look closer only when the same address is cancelled on every visit.',
      },
      {
        text: 'If your own code cancels requests, check that it does so on purpose, for example that a cleanup function does not abort a request the page still needs.',
      },
      {
        text: 'For analytics or saves sent while the page is closing, use a request that is allowed to outlive the page.',
        snippets: [
          { label: 'JavaScript', code: "fetch('/analytics', { method: 'POST', body: data, keepalive: true });" },
          { label: 'JavaScript (beacon)', code: "navigator.sendBeacon('/analytics', data);" },
        ],
      },
    ],
  },
  retry: {
    advice: 'immediately',
    note: 'Nothing failed, so loading it again usually works if you still need it.',
  },
  related: ['net::ERR_FAILED', 'net::ERR_BLOCKED_BY_CLIENT', 'generic-network'],
  faq: [
    {
      q: 'Why does HTTP Why not count these as failures?',
      a: 'Most cancelled requests are the normal result of browsing: leaving a page, typing in a search box, skipping through a video. Counting them would bury real failures. They are kept in a separate list so you can still look at them.',
    },
    {
      q: 'DevTools shows (canceled). Is that the same thing?',
      a: 'Usually, yes. DevTools labels requests the browser cancelled that way, and extensions see them as net::ERR_ABORTED.',
    },
  ],
  references: [
    { title: 'MDN: AbortController', url: 'https://developer.mozilla.org/en-US/docs/Web/API/AbortController' },
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
