import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_INVALID_REDIRECT',
  kind: 'network',
  title: 'Redirect to an unreadable address',
  aliases: ['ERR_INVALID_REDIRECT'],
  summary:
    'The server sent a redirect, but the address it points to is not a valid URL, so the browser could not follow it.',
  meaning:
    'A redirect answer carries the next address in its Location header. ' +
    'Here that value could not be turned into a valid URL, for example because the host name is missing or contains characters host names may not have. ' +
    'The browser stops at the redirect. The server is up; the redirect it sends is broken.',
  contrasts: [
    {
      id: 'net::ERR_UNSAFE_REDIRECT',
      text: 'An unsafe redirect points at a readable address that is not allowed; an invalid redirect points at something that is not a readable address at all.',
    },
    {
      id: 'net::ERR_TOO_MANY_REDIRECTS',
      text: 'A redirect loop is made of valid redirects that never end; an invalid redirect fails at the first bad hop.',
    },
  ],
  causes: [
    {
      title: 'A target assembled from broken parts',
      detail:
        'Code glued a scheme, host and path together and produced something like https:// with no host, or a host with spaces in it.',
    },
    {
      title: 'An empty or wrong base address setting',
      detail:
        'A setting such as the site URL, base URL or server name was empty or wrong, so every redirect built from it is broken.',
    },
    {
      title: 'A proxy rewrote the Location header badly',
      detail:
        'A reverse proxy that rewrites redirect targets (nginx proxy_redirect, Apache ProxyPassReverse) produced a broken address.',
    },
  ],
  visitor: {
    steps: [
      { text: "Go back and reach the page from the site's home page or menus instead." },
      { text: 'Tell the site owner which link failed.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Read the raw Location header and check that it is a full valid URL or a clean path.',
        snippets: [{ label: 'Shell', code: "curl -sI https://example.com/path | grep -i '^location'" }],
      },
      {
        text: "Build redirect targets with your framework's URL helpers rather than by joining strings, and fail at startup when the base address setting is empty.",
      },
      {
        text: 'Check proxy rules that rewrite Location headers.',
        snippets: [
          {
            label: 'nginx',
            code: 'location / {\n    proxy_pass http://backend:8080;\n    proxy_redirect http://backend:8080/ /;\n}',
          },
        ],
      },
    ],
  },
  retry: {
    advice: 'never',
    note: 'The same broken redirect comes back until the server or its settings are fixed.',
  },
  related: ['net::ERR_UNSAFE_REDIRECT', 'net::ERR_TOO_MANY_REDIRECTS'],
  faq: [],
  references: [
    { title: 'RFC 9110, section 10.2.2: Location', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-10.2.2' },
    { title: 'WHATWG URL Standard', url: 'https://url.spec.whatwg.org/' },
    {
      title: 'Chromium net_error_list.h',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
  ],
});
