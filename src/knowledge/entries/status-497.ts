import { defineEntry } from '../types';

export default defineEntry({
  id: '497',
  kind: 'client-error',
  title: '497 HTTP Request Sent to HTTPS Port (nginx)',
  aliases: ['HTTP Request Sent to HTTPS Port', 'The plain HTTP request was sent to HTTPS port', 'nginx 497'],
  summary: 'A plain http:// request reached a port that expects encrypted https://. The browser gets a 400 page.',
  meaning:
    'nginx uses 497 internally when an unencrypted HTTP request arrives on a port configured for HTTPS. ' +
    'Unless the site catches the code with error_page, the browser receives 400 Bad Request with a page that reads "The plain HTTP request was sent to HTTPS port". ' +
    'It usually comes from an address such as http://example.com:443/, or from a proxy in front of the site that forwards plain HTTP to an HTTPS port.',
  browserSees: {
    id: '400',
    note: 'By default nginx turns 497 into 400 Bad Request with the text "The plain HTTP request was sent to HTTPS port". Many sites redirect it to https:// with error_page instead.',
  },
  contrasts: [
    {
      id: 'net::ERR_SSL_PROTOCOL_ERROR',
      text: 'That error is the reverse case: the browser spoke https:// to a port that answers in plain HTTP.',
    },
    {
      id: '426',
      text: '426 is a standard way to ask the client to switch protocols. 497 is only nginx noticing that encryption was missing.',
    },
  ],
  causes: [
    {
      title: 'The address mixes http:// with an HTTPS port',
      detail:
        'A link or bookmark such as http://example.com:443/ or http://example.com:8443/ sends plain HTTP to a port that expects TLS.',
    },
    {
      title: 'A proxy or load balancer forwards plain HTTP',
      detail:
        'The load balancer ends TLS itself and then forwards unencrypted traffic to nginx on a port marked "ssl". Every request through it fails this way.',
    },
    {
      title: 'The application builds links with the wrong scheme',
      detail:
        'Behind a proxy, an application that does not know the original scheme may generate http:// links that keep the HTTPS port number.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'Change http:// to https:// at the start of the address, or remove the port number after the host name, and load it again.',
      },
      { text: 'If the bad link came from the site itself, tell the owner which page it was on.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Redirect such requests to the same address over HTTPS instead of showing the 400 page.',
        snippets: [
          {
            label: 'nginx',
            code: 'server {\n    listen 443 ssl;\n    server_name example.com;\n    # ssl_certificate and ssl_certificate_key as usual\n\n    error_page 497 =301 https://$host$request_uri;\n}',
          },
        ],
      },
      {
        text: 'If a load balancer or proxy sits in front, make its backend protocol match the nginx port: HTTPS to a port with "ssl", plain HTTP to a port without it.',
      },
      {
        text: 'Tell the application the original scheme, for example through X-Forwarded-Proto, so it stops generating http:// links with HTTPS ports.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The same http:// address fails every time; use https:// or fix the proxy setup.',
  },
  related: ['400', 'net::ERR_SSL_PROTOCOL_ERROR', '426'],
  faq: [],
  references: [
    {
      title: 'nginx: ngx_http_ssl_module, error processing (495, 496, 497)',
      url: 'https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors',
    },
    { title: 'nginx: error_page', url: 'https://nginx.org/en/docs/http/ngx_http_core_module.html#error_page' },
  ],
});
