import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_RESPONSE_HEADERS_TOO_BIG',
  kind: 'network',
  title: 'Response headers too large',
  aliases: ['ERR_RESPONSE_HEADERS_TOO_BIG'],
  summary: 'The server sent more header data than the browser accepts, so the browser dropped the answer.',
  meaning:
    'Every answer starts with headers before the body. ' +
    'Chromium stops reading them once they pass its limit (256 KB over HTTP/1.1) and fails the request. ' +
    'Headers that large are almost always a mistake, usually piled-up cookies or a header that keeps growing.',
  contrasts: [
    {
      id: '431',
      text: "431 is the server refusing the request's headers as too large; this error is the browser refusing the response's headers.",
    },
  ],
  causes: [
    {
      title: 'Too many or too large Set-Cookie headers',
      detail: 'An application that sets many cookies on every answer, or sets the same large cookies again each time.',
    },
    {
      title: 'A header that keeps growing',
      detail: 'Code that appends to a header in a loop, or a proxy that adds the same header on every pass.',
    },
    {
      title: 'Very long policy or preload headers',
      detail: 'A Content-Security-Policy or Link preload header built from a list that keeps getting longer.',
    },
    {
      title: 'Debug headers left switched on',
      detail: 'Debugging tools that put logs, queries or stack traces into response headers, running in production.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'Clear the cookies for this site and reload; some sites send back headers that grow with the cookies you already have.',
      },
      { text: 'If it still fails, tell the site owner; the fix is on the server.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Measure the headers and look for repeated or very long lines.',
        snippets: [{ label: 'Shell', code: 'curl -s -o /dev/null -D - https://example.com/ | wc -c' }],
      },
      {
        text: 'Set each cookie once per answer and keep cookies small: store data on the server and keep only an id in the cookie.',
      },
      { text: 'Remove debugging headers in production and trim policy and preload headers to what the page needs.' },
      { text: 'If a proxy or CDN adds headers, check that it does not add them again on every pass.' },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The same oversized headers come back on every reload until the server sends fewer.',
  },
  related: ['431', '494'],
  faq: [],
  references: [
    { title: 'RFC 9110, section 5.4: Field limits', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-5.4' },
    {
      title: 'Chromium net_error_list.h',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
  ],
});
