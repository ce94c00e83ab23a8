import { defineEntry } from '../types';

export default defineEntry({
  id: '425',
  kind: 'client-error',
  title: '425 Too Early',
  aliases: ['Early data rejected', '0-RTT rejected'],
  summary:
    'The server would not act on a request sent before the secure connection was fully set up. A retry normally works.',
  meaning:
    'With TLS 1.3 and QUIC, a browser returning to a site can send a request in the very first flight of a new connection, called early data or 0-RTT, to save time. ' +
    'An attacker can capture and replay early data, so a server may refuse requests that would be unsafe to run twice and answer 425. ' +
    'The client is expected to send the request again once the handshake has finished.',
  contrasts: [
    {
      id: '429',
      text: '429 asks the sender to slow down; 425 only asks it to resend the same request after the handshake, which can be at once.',
    },
    {
      id: '408',
      text: '408 means the request came too slowly and the server gave up waiting; 425 means it came too early to be trusted.',
    },
  ],
  causes: [
    {
      title: 'A request that changes something, sent as early data',
      detail:
        'A form submission or API call (POST, PUT, DELETE) arrived as early data, and the server will not risk running it twice.',
    },
    {
      title: 'A CDN or proxy forwarding early data',
      detail:
        'The edge accepted 0-RTT and passed the request on marked Early-Data: 1, and the application behind it refused it.',
    },
    {
      title: 'A client or proxy that did not retry',
      detail:
        'Whatever sent the early data should have resent the request after the handshake, but passed the 425 on instead.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Reload the page or repeat the action; the second attempt uses a connection that is fully set up.' },
      { text: 'If it keeps happening, turn off any proxy or VPN, try again, and tell the site owner.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Decide which requests may run as early data: safe reads such as GET for public pages, never requests that change state.',
      },
      {
        text: 'In nginx, pass the early data flag to the back end so it can answer 425 for unsafe requests.',
        snippets: [
          {
            label: 'nginx',
            code:
              '# in a server block that uses TLS 1.3\n' +
              'ssl_early_data on;\n' +
              '\n' +
              'location / {\n' +
              '    proxy_pass http://app;\n' +
              '    proxy_set_header Early-Data $ssl_early_data;\n' +
              '}',
          },
        ],
      },
      {
        text: 'If the application cannot handle replays safely, turn 0-RTT off at the server or CDN. In nginx, ssl_early_data is off unless enabled.',
      },
    ],
  },
  retry: {
    advice: 'immediately',
    note: 'A retry on the completed connection normally succeeds; clients are expected to do it on their own.',
  },
  related: ['429', '408'],
  faq: [],
  references: [
    { title: 'RFC 8470, section 5.2: 425 Too Early', url: 'https://www.rfc-editor.org/rfc/rfc8470#section-5.2' },
    {
      title: 'RFC 8470, section 5.1: the Early-Data header',
      url: 'https://www.rfc-editor.org/rfc/rfc8470#section-5.1',
    },
    { title: 'MDN: 425 Too Early', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/425' },
    { title: 'nginx: ssl_early_data', url: 'https://nginx.org/en/docs/http/ngx_http_ssl_module.html#ssl_early_data' },
  ],
});
