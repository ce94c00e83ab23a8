import { defineEntry } from '../types';

export default defineEntry({
  id: 'NS_ERROR_CORRUPTED_CONTENT',
  kind: 'network',
  title: 'Corrupted content (Firefox)',
  aliases: ['Corrupted Content Error'],
  summary:
    'Firefox rejected the answer because its headers contradict each other or its type does not fit how it is used.',
  meaning:
    'Firefox uses this name when an answer looks damaged or tampered with rather than simply wrong. ' +
    'Common triggers are two copies of a header that must appear once, with different values, and a script or stylesheet with the wrong Content-Type from a server that also sends X-Content-Type-Options: nosniff. ' +
    "Firefox shows the same Corrupted Content page when a site's service worker answers a page load with something it cannot use.",
  contrasts: [
    {
      id: 'net::ERR_CONTENT_DECODING_FAILED',
      text: 'A decoding failure is compression that does not unpack; corrupted content is conflicting headers or a type that does not fit.',
    },
    {
      id: 'net::ERR_INVALID_RESPONSE',
      text: 'Chrome files many malformed answers under its invalid response code; Firefox uses this name for answers whose headers conflict.',
    },
  ],
  causes: [
    {
      title: 'The same header twice with different values',
      detail:
        'Two Content-Length, Location or Content-Disposition headers that disagree, often because both the application and a proxy set one.',
    },
    {
      title: 'A script or stylesheet with the wrong type under nosniff',
      detail:
        'The server sends X-Content-Type-Options: nosniff and labels a script as text/html or text/plain, or a stylesheet as anything but text/css. A single-page app that answers a missing .js path with its index.html is a common way this happens.',
    },
    {
      title: 'A service worker answered badly',
      detail: "The site's service worker returned an error or a response Firefox may not use for a page load.",
    },
  ],
  visitor: {
    steps: [
      { text: 'Reload while bypassing the cache: Ctrl+Shift+R, or Cmd+Shift+R on a Mac.' },
      { text: 'Clear the cookies and site data for this site, which also removes its service worker, then reload.' },
      { text: 'If the error stays, tell the site owner which page shows it.' },
    ],
  },
  owner: {
    steps: [
      {
        text: "Open Firefox's Web Console (Ctrl+Shift+K). A file blocked for a MIME type mismatch is reported there by name.",
      },
      {
        text: 'Check the raw headers for duplicate Content-Length, Location or Content-Disposition headers and remove the extra one at the application or the proxy.',
        snippets: [{ label: 'Shell', code: 'curl -s -o /dev/null -D - https://example.com/path' }],
      },
      {
        text: 'Serve scripts as text/javascript and stylesheets as text/css, and let missing files under your asset folder return 404 instead of the app page.',
        snippets: [{ label: 'nginx', code: 'location /assets/ {\n    try_files $uri =404;\n}' }],
      },
      {
        text: 'If the site has a service worker, test page loads with it active, and make its fetch handler fall back to the network when it cannot answer.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The same answer is rejected on every reload until the headers, the content type or the service worker change.',
  },
  related: ['net::ERR_CONTENT_DECODING_FAILED', 'net::ERR_INVALID_RESPONSE'],
  faq: [],
  references: [
    {
      title: 'MDN: X-Content-Type-Options',
      url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/X-Content-Type-Options',
    },
    { title: 'RFC 9110, section 8.6: Content-Length', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-8.6' },
    { title: 'MDN: Service Worker API', url: 'https://developer.mozilla.org/en-US/docs/Web/API/Service_Worker_API' },
  ],
});
