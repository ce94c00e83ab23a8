import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_BLOCKED_BY_RESPONSE',
  kind: 'network',
  title: "Blocked by the response's own rules (framing or cross-origin policy)",
  aliases: [
    'ERR_BLOCKED_BY_RESPONSE',
    'Refused to display in a frame',
    'X-Frame-Options',
    'Cross-Origin-Resource-Policy',
    'frame-ancestors',
  ],
  summary:
    'The server answered, but its response says it may not be used here, for example inside a frame on another site.',
  meaning:
    'Some responses carry rules about where they may be used. ' +
    'This error means the browser received an answer but threw it away because the place that asked for it breaks those rules. ' +
    'Typical cases: a page that forbids being shown in a frame (X-Frame-Options or the Content-Security-Policy frame-ancestors directive), or a file that only allows same-site use (Cross-Origin-Resource-Policy). ' +
    'The server is working; the combination of the two sites is what fails.',
  contrasts: [
    {
      id: 'net::ERR_BLOCKED_BY_CSP',
      text: 'A CSP block follows the rules of the page that asks. This block follows the rules sent with the response that was asked for.',
    },
    {
      id: 'net::ERR_BLOCKED_BY_ORB',
      text: 'ORB is the browser guessing from the content type that a cross-site response is private data. Here the response said so explicitly in its headers.',
    },
    {
      id: 'NS_ERROR_DOM_BAD_URI',
      text: 'A CORS failure is about scripts reading a response without permission. This block stops the response from being embedded or displayed at all.',
    },
    {
      id: '403',
      text: 'A 403 is the server refusing the request. Here the server answered normally and the browser applied the rules that came with the answer.',
    },
  ],
  causes: [
    {
      title: 'The page does not allow framing',
      detail:
        'The framed page sends X-Frame-Options: DENY or SAMEORIGIN, or a frame-ancestors rule that does not list the embedding site. Login pages, banks and many large sites do this to prevent clickjacking.',
    },
    {
      title: 'The file allows only same-site use',
      detail:
        'An image, script or other file sends Cross-Origin-Resource-Policy: same-origin or same-site, and another site tried to load it.',
    },
    {
      title: 'The embedding page demands cross-origin opt-in',
      detail:
        'A page that sends Cross-Origin-Embedder-Policy: require-corp only loads cross-site files that opt in with a Cross-Origin-Resource-Policy header or CORS. Files without it are blocked.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'If a frame is empty, look for a link or button to open that content in its own tab, where it is allowed to load.',
      },
      { text: 'Tell the site that embeds the content that it does not load.' },
    ],
    nothingToDo: 'The rule comes from the websites involved; no browser setting should be changed to bypass it.',
  },
  owner: {
    steps: [
      {
        text: 'If you own the framed page and want to allow a partner to embed it, list that site in frame-ancestors. Browsers that support frame-ancestors ignore X-Frame-Options when both are sent.',
        snippets: [
          {
            label: 'nginx',
            code: 'add_header Content-Security-Policy "frame-ancestors \'self\' https://partner.example" always;',
          },
          {
            label: 'Apache (mod_headers)',
            code: 'Header always set Content-Security-Policy "frame-ancestors \'self\' https://partner.example"',
          },
        ],
      },
      {
        text: 'If you serve files meant for other sites, such as a CDN or public images, allow cross-origin use.',
        snippets: [
          { label: 'nginx', code: 'add_header Cross-Origin-Resource-Policy cross-origin always;' },
          { label: 'Apache (mod_headers)', code: 'Header always set Cross-Origin-Resource-Policy "cross-origin"' },
        ],
      },
      {
        text: "If you embed someone else's page and they forbid framing, link to it instead. Only they can change the rule.",
      },
      { text: 'The browser console names the header that caused the block; start there.' },
    ],
  },
  retry: {
    advice: 'never',
    note: 'The same response carries the same rules; it fails until one of the sites changes its headers or markup.',
  },
  related: ['net::ERR_BLOCKED_BY_CSP', 'net::ERR_BLOCKED_BY_ORB', 'NS_ERROR_DOM_BAD_URI'],
  faq: [
    {
      q: 'Why does the page open fine on its own but not inside another site?',
      a: 'It allows itself to be shown as a normal page, but not inside frames on other sites. That protects its visitors from being tricked into clicking hidden buttons.',
    },
  ],
  references: [
    {
      title: 'Chromium net error list',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
    { title: 'RFC 7034: HTTP Header Field X-Frame-Options', url: 'https://www.rfc-editor.org/rfc/rfc7034' },
    {
      title: 'MDN: CSP frame-ancestors',
      url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Content-Security-Policy/frame-ancestors',
    },
    {
      title: 'MDN: Cross-Origin-Resource-Policy',
      url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Cross-Origin-Resource-Policy',
    },
    {
      title: 'MDN: Cross-Origin-Embedder-Policy',
      url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Cross-Origin-Embedder-Policy',
    },
  ],
});
