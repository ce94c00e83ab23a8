import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_CONNECTION_CLOSED',
  kind: 'network',
  title: 'Connection closed unexpectedly',
  aliases: ['ERR_CONNECTION_CLOSED', 'unexpectedly closed the connection'],
  summary: 'The server hung up the connection before the browser got what it was waiting for.',
  meaning:
    'The other end closed the connection in the normal, orderly way, but at a moment when the browser still expected data: typically in the middle of the secure (TLS) handshake, or while a request on the connection was still waiting for its answer. ' +
    'Chrome keeps this name for the polite hang-up; an abrupt one is a reset. ' +
    'A hang-up right after a request on a fresh connection, with no answer at all, has its own name: ERR_EMPTY_RESPONSE.',
  contrasts: [
    {
      id: 'net::ERR_CONNECTION_RESET',
      text: 'A reset tears the connection down abruptly. A close is an orderly goodbye that simply came too early.',
    },
    {
      id: 'net::ERR_EMPTY_RESPONSE',
      text: 'An empty response means the request went out and the server closed without answering. A closed connection is reported when the close interrupts another stage, such as the handshake.',
    },
    {
      id: 'net::ERR_SSL_PROTOCOL_ERROR',
      text: 'If the server answers the handshake with something that is not valid TLS instead of hanging up, Chrome reports a protocol error.',
    },
  ],
  causes: [
    {
      title: 'The server cannot serve HTTPS for this name',
      detail:
        'The server accepts connections on port 443 but has no certificate or site set up for this host name, and drops the handshake.',
    },
    {
      title: 'Something on the way ends the handshake',
      detail:
        'A firewall, filter or antivirus product that inspects secure traffic closes connections it does not want to allow.',
    },
    {
      title: 'A proxy, load balancer or server closed it early',
      detail: 'A timeout, a connection limit or a restart made the other end close while a request was still waiting.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Reload once; a connection closed at an unlucky moment usually works the second time.' },
      { text: 'Turn off a VPN or proxy, or pause HTTPS scanning in your antivirus, and try again.' },
      { text: 'Try another network. If the site fails everywhere, tell the site owner.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Test the handshake for the exact host name the visitor used.',
        snippets: [
          {
            label: 'Command line (OpenSSL)',
            code: 'openssl s_client -connect example.com:443 -servername example.com',
          },
        ],
      },
      {
        text: 'Make sure a server block with a certificate exists for every host name that points at the server.',
        snippets: [
          {
            label: 'nginx',
            code: 'server {\n    listen 443 ssl;\n    server_name example.com www.example.com;\n    ssl_certificate     /etc/ssl/example.com/fullchain.pem;\n    ssl_certificate_key /etc/ssl/example.com/privkey.pem;\n}',
          },
        ],
      },
      {
        text: 'Check that timeouts on proxies and load balancers are longer than your slowest legitimate requests.',
        snippets: [{ label: 'nginx', code: 'proxy_read_timeout 120s;' }],
      },
    ],
  },
  retry: {
    advice: 'immediately',
    note: 'An early close is often a one-off; if it happens on every try, the handshake or a timeout is failing consistently.',
  },
  related: ['net::ERR_CONNECTION_RESET', 'net::ERR_EMPTY_RESPONSE', 'net::ERR_SSL_PROTOCOL_ERROR', '444'],
  faq: [
    {
      q: 'Does this mean the site is down?',
      a: 'Not necessarily. The server accepted the connection, so something is running there. It closed too early, often because of a handshake or timeout problem.',
    },
  ],
  references: [
    {
      title: 'Chromium: net_error_list.h (ERR_CONNECTION_CLOSED)',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
    {
      title: 'RFC 9293, section 3.6: Closing a TCP connection',
      url: 'https://www.rfc-editor.org/rfc/rfc9293#section-3.6',
    },
  ],
});
