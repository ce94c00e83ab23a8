import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_SSL_UNRECOGNIZED_NAME_ALERT',
  kind: 'network',
  title: 'Server does not know this site name (TLS)',
  aliases: ['ERR_SSL_UNRECOGNIZED_NAME_ALERT', 'unrecognized_name', 'SNI error'],
  summary:
    'The server reached is not set up to serve this site name over HTTPS, and said so at the start of the connection.',
  meaning:
    'When a browser opens an HTTPS connection it first tells the server which site name it wants (this is called SNI), so that one server can host many sites. ' +
    'This error means the server answered with an "unrecognized name" alert: it has no HTTPS site configured for that name and refused to continue. ' +
    'The server is reachable and speaks TLS. The problem is which sites it knows about, or that the name points at the wrong server.',
  contrasts: [
    {
      id: 'net::ERR_CERT_COMMON_NAME_INVALID',
      text: 'With a name mismatch the server still sends a certificate, just one for other names. Here it sends no certificate at all and stops.',
    },
    {
      id: 'net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH',
      text: 'Some servers and CDNs signal a missing site with a version or cipher failure instead. This error is the explicit form of the same complaint.',
    },
    {
      id: 'net::ERR_NAME_NOT_RESOLVED',
      text: 'An unresolved name never finds a server. Here DNS worked and a server answered, but not one that hosts this site.',
    },
  ],
  causes: [
    {
      title: 'The name is not configured on the server',
      detail:
        'A new subdomain or an alias like www was added to DNS but not to the web server, CDN or load balancer that receives the traffic.',
    },
    {
      title: 'DNS points at the wrong or an old server',
      detail:
        'After a move to new hosting, a record still sends some or all visitors to a machine that no longer hosts the site.',
    },
    {
      title: 'The server is set to refuse unknown names',
      detail:
        "A setting such as nginx's ssl_reject_handshake in the default server stops any handshake for a name no other server lists, instead of falling back to a default site.",
    },
  ],
  visitor: {
    steps: [
      { text: 'Check the address for typos, and try the name with and without www.' },
      { text: 'If the site moved recently, wait an hour and try again: your network may still use an old DNS answer.' },
      { text: 'Tell the site owner which exact address fails. Nothing in your browser settings will fix it.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Check where the name points and what that server answers for it.',
        snippets: [
          {
            label: 'Shell',
            code: 'dig +short example.com\nopenssl s_client -connect example.com:443 -servername example.com </dev/null',
          },
        ],
      },
      {
        text: 'Add the exact name to the HTTPS site configuration, and to the certificate.',
        snippets: [
          {
            label: 'nginx',
            code: 'server {\n    listen 443 ssl;\n    server_name example.com www.example.com;\n    # ssl_certificate and ssl_certificate_key as before\n}',
          },
          {
            label: 'Apache',
            code: '<VirtualHost *:443>\n    ServerName example.com\n    ServerAlias www.example.com\n    # SSL directives as before\n</VirtualHost>',
          },
        ],
      },
      {
        text: 'On a CDN or hosting platform, add the name as a custom domain there; pointing DNS at it is not enough.',
      },
      { text: 'After a migration, remove DNS records that still point at the old server.' },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The server refuses the same name every time until its configuration or the DNS record changes.',
  },
  related: [
    'net::ERR_CERT_COMMON_NAME_INVALID',
    'net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH',
    'net::ERR_NAME_NOT_RESOLVED',
  ],
  faq: [
    {
      q: 'The bare domain works but a subdomain does not. Why?',
      a: 'Each name must be set up on the server separately. The subdomain probably exists in DNS but was never added to the server or CDN.',
    },
  ],
  references: [
    {
      title: 'Chromium net error list',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
    { title: 'RFC 6066, section 3: Server Name Indication', url: 'https://www.rfc-editor.org/rfc/rfc6066#section-3' },
    {
      title: 'nginx: ssl_reject_handshake',
      url: 'https://nginx.org/en/docs/http/ngx_http_ssl_module.html#ssl_reject_handshake',
    },
  ],
});
