import { defineEntry } from '../types';

export default defineEntry({
  id: '426',
  kind: 'client-error',
  title: '426 Upgrade Required',
  aliases: ['Protocol upgrade required'],
  summary:
    'The server will only answer this address over a different protocol, such as a WebSocket or a newer HTTP version.',
  meaning:
    'The server will not deal with the request over the protocol it came in on. Its Upgrade header names the protocol to switch to. ' +
    'The most common case is a WebSocket address opened as an ordinary page, or reached through a proxy that dropped the upgrade. ' +
    'The address is right; the way of talking to it is not.',
  contrasts: [
    {
      id: '505',
      text: '505 refuses the HTTP version and offers nothing; 426 names the protocol to switch to in its Upgrade header.',
    },
    {
      id: '400',
      text: 'Some WebSocket servers answer 400 to a plain request; 426 says more precisely that an upgrade was expected.',
    },
  ],
  causes: [
    {
      title: 'A WebSocket address opened as a page',
      detail:
        'Many WebSocket servers answer 426 to a plain HTTP request, so opening such an address in a tab, or fetching it, shows this error.',
    },
    {
      title: 'A proxy that drops the upgrade',
      detail:
        'A reverse proxy forwards the WebSocket handshake without the Upgrade and Connection headers, so the back end sees an ordinary request. nginx, for example, only passes them when configured to.',
    },
    {
      title: 'An old HTTP version towards the back end',
      detail:
        'nginx talks HTTP/1.0 to the servers behind it unless told otherwise, and a back end that requires HTTP/1.1 can answer 426.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'If you opened this address directly, go back to the page that uses it; it is meant for the app, not for reading in a tab.',
      },
      {
        text: 'Turn off any proxy, VPN or security software that inspects web traffic, since some interfere with WebSockets, then reload.',
      },
      { text: 'Tell the site owner if the live parts of the page never load.' },
    ],
  },
  owner: {
    steps: [
      { text: 'Check the Upgrade header of the 426 response to see which protocol the server wants.' },
      {
        text: 'Configure the proxy to pass WebSocket upgrades and to speak HTTP/1.1 to the back end.',
        snippets: [
          {
            label: 'nginx',
            code:
              'location /ws/ {\n' +
              '    proxy_pass http://127.0.0.1:8080;\n' +
              '    proxy_http_version 1.1;\n' +
              '    proxy_set_header Upgrade $http_upgrade;\n' +
              '    proxy_set_header Connection "upgrade";\n' +
              '}',
          },
        ],
      },
      { text: 'On a managed load balancer or CDN, make sure WebSockets are enabled for this host and path.' },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The same request fails again until it uses the protocol the server asks for.',
  },
  related: ['505', '400', '502'],
  faq: [],
  references: [
    {
      title: 'RFC 9110, section 15.5.22: 426 Upgrade Required',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.22',
    },
    { title: 'RFC 9110, section 7.8: Upgrade', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-7.8' },
    { title: 'MDN: 426 Upgrade Required', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/426' },
    { title: 'nginx: WebSocket proxying', url: 'https://nginx.org/en/docs/http/websocket.html' },
  ],
});
