import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_BLOCKED_BY_ORB',
  kind: 'network',
  title: 'Cross-site response blocked (ORB)',
  aliases: ['ERR_BLOCKED_BY_ORB', 'Opaque Response Blocking', 'ORB', 'CORB', 'Cross-Origin Read Blocking'],
  summary:
    'The browser discarded a response from another site because it looked like private data, not an image, script or media file.',
  meaning:
    'Pages may embed images, scripts, styles and media from other sites without asking permission. ' +
    'To stop that from leaking private data, the browser checks such cross-site responses and drops those that look like HTML, JSON, XML or another type an image or script tag could never use. ' +
    'This error means the response was dropped by that check, called Opaque Response Blocking (ORB, earlier CORB). ' +
    'The server answered, but often not with the file the page expected: an error page or a login page in place of an image is the classic case.',
  contrasts: [
    {
      id: 'NS_ERROR_DOM_BAD_URI',
      text: 'CORS governs scripts that read a response with fetch or XMLHttpRequest. ORB protects plain embeds such as img and script tags, which never ask for permission.',
    },
    {
      id: 'net::ERR_BLOCKED_BY_RESPONSE',
      text: 'A response block follows an explicit header such as Cross-Origin-Resource-Policy. ORB judges by the content type and the body.',
    },
    {
      id: '404',
      text: 'A missing file often answers with an HTML error page. Loaded from another site by an img or script tag, that page is blocked by ORB, which hides the 404 behind it.',
    },
  ],
  causes: [
    {
      title: 'An error or login page instead of the file',
      detail:
        'The address of an image or script is wrong, expired or needs a sign-in, and the server answers with an HTML page. ORB blocks it, so the real problem looks like a block.',
    },
    {
      title: 'JSON or other data loaded with a script or img tag',
      detail:
        'A page loads an API response through a script tag (old JSONP style) or an img tag, but the server sends it as JSON.',
    },
    {
      title: 'A wrong Content-Type with nosniff',
      detail:
        'The server labels an image or script as text/html, application/json or similar and also sends X-Content-Type-Options: nosniff, so the browser trusts the wrong label and blocks it.',
    },
  ],
  visitor: {
    steps: [{ text: 'If something on the page is missing, tell the site owner which image or file failed.' }],
    nothingToDo:
      'The fix is on the site; reloading returns the same response and no browser setting should be changed to bypass the check.',
  },
  owner: {
    steps: [
      {
        text: 'Open the blocked address directly in a tab or with curl and look at what actually comes back: the status, the Content-Type and the body.',
        snippets: [
          { label: 'Shell (curl)', code: 'curl -sS -D - -o /dev/null https://cdn.example.com/images/photo.jpg' },
        ],
      },
      {
        text: 'If it is an error or login page, fix the address, the permissions or the missing file. That is the real failure.',
      },
      {
        text: 'Serve files with their true Content-Type, such as image/png or text/javascript, especially when you send X-Content-Type-Options: nosniff.',
      },
      { text: 'Load data from other sites with fetch and CORS, not with a script or img tag.' },
    ],
  },
  retry: {
    advice: 'never',
    note: 'The same response is blocked every time until the server sends the right file with the right type.',
  },
  related: ['net::ERR_BLOCKED_BY_RESPONSE', 'NS_ERROR_DOM_BAD_URI', '404', '403'],
  faq: [
    {
      q: 'The file opens fine in its own tab. Why is it blocked on the page?',
      a: 'The check only applies when a page embeds a response from another site; a tab of its own is an ordinary visit. Also make sure the tab really shows the file and not an error or login page.',
    },
  ],
  references: [
    {
      title: 'Chromium net error list',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
    { title: 'Opaque Response Blocking (ORB) explainer', url: 'https://github.com/annevk/orb' },
    {
      title: 'Chromium: Cross-Origin Read Blocking for web developers',
      url: 'https://www.chromium.org/Home/chromium-security/corb-for-developers/',
    },
    {
      title: 'MDN: X-Content-Type-Options',
      url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/X-Content-Type-Options',
    },
  ],
});
