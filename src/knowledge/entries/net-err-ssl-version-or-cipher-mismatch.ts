import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH',
  kind: 'network',
  title: 'No common TLS version or cipher',
  aliases: ['ERR_SSL_VERSION_OR_CIPHER_MISMATCH', 'Unsupported protocol', 'SSL version or cipher mismatch'],
  summary: 'The browser and the server could not agree on a secure way to talk, so no HTTPS connection was made.',
  meaning:
    'At the start of every HTTPS connection the browser lists the TLS versions and encryption methods (cipher suites) it accepts, and the server picks one. ' +
    'This error means there was no overlap, or the server refused the offer outright. ' +
    'Current browsers only accept TLS 1.2 and 1.3 with modern ciphers, so a server stuck on older settings fails this way. ' +
    'It does not mean the certificate is bad: the connection never got far enough to check it.',
  contrasts: [
    {
      id: 'net::ERR_SSL_PROTOCOL_ERROR',
      text: 'A protocol error means the handshake was garbled or not TLS at all. A mismatch means both sides spoke TLS but found no settings in common.',
    },
    {
      id: 'net::ERR_SSL_UNRECOGNIZED_NAME_ALERT',
      text: 'An unrecognized name alert says plainly that the server has no site for this name. A mismatch can hide the same problem on servers and CDNs that simply have no certificate to offer.',
    },
    {
      id: 'net::ERR_CERT_WEAK_SIGNATURE_ALGORITHM',
      text: 'A weak signature is about how the certificate was signed, checked after the handshake. A mismatch is about the connection settings, before any certificate is judged.',
    },
  ],
  causes: [
    {
      title: 'The server only offers TLS 1.0 or 1.1',
      detail:
        'Browsers removed these old versions around 2020. Old appliances, routers, printers, intranet servers and outdated hosting still run them.',
    },
    {
      title: 'The server only offers obsolete ciphers',
      detail:
        'A cipher list written years ago may contain only suites such as RC4 or 3DES that browsers no longer accept, even when the TLS version itself is fine.',
    },
    {
      title: 'No certificate is set up for this hostname',
      detail:
        'Some servers and CDNs end the handshake this way when they have nothing to offer for the name. On Cloudflare it is typical for a new domain whose certificate is not active yet, or a deeper subdomain such as a.b.example.com that the standard certificate does not cover.',
    },
    {
      title: 'A very old browser or operating system',
      detail:
        'The other way round: a server that accepts only TLS 1.3, or only the newest ciphers, is out of reach for devices that have not been updated in years.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'Make sure your browser and operating system are up to date; a very old browser can also cause the mismatch.',
      },
      {
        text: 'If the site is a device on your own network, such as a router or printer admin page, look for a firmware update for that device.',
      },
      {
        text: 'Otherwise there is nothing to change on your side. Tell the site owner; the fix is in their server settings.',
      },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Check which TLS versions the server accepts. A failure with both commands below means modern browsers cannot connect.',
        snippets: [
          {
            label: 'Shell (OpenSSL)',
            code: 'openssl s_client -connect example.com:443 -servername example.com -tls1_2 </dev/null\nopenssl s_client -connect example.com:443 -servername example.com -tls1_3 </dev/null',
          },
        ],
      },
      {
        text: 'Enable TLS 1.2 and 1.3 and use a current cipher list, such as one from the Mozilla SSL Configuration Generator.',
        snippets: [
          { label: 'nginx', code: 'ssl_protocols TLSv1.2 TLSv1.3;' },
          { label: 'Apache', code: 'SSLProtocol -all +TLSv1.2 +TLSv1.3' },
        ],
      },
      {
        text: 'If the software or appliance cannot do TLS 1.2, put a current reverse proxy or CDN in front of it, or replace it.',
      },
      {
        text: 'On Cloudflare, check under Edge Certificates that a certificate is active and covers the exact hostname, and that the DNS record is proxied. Deeper subdomains need an advanced or custom certificate.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The handshake fails the same way until the server settings change, except while a new CDN certificate is still being issued.',
  },
  related: [
    'net::ERR_SSL_PROTOCOL_ERROR',
    'net::ERR_SSL_UNRECOGNIZED_NAME_ALERT',
    'net::ERR_CERT_COMMON_NAME_INVALID',
    '525',
  ],
  faq: [
    {
      q: 'The site worked last year. What changed?',
      a: 'Probably the browsers. They dropped TLS 1.0, TLS 1.1 and several old ciphers, so a server that never changed can stop working.',
    },
    {
      q: 'Can I turn the old versions back on in my browser?',
      a: 'Current Chrome does not allow it, and lowering security settings in any browser weakens every site you visit. The lasting fix is on the server.',
    },
  ],
  references: [
    {
      title: 'Chromium net error list',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
    { title: 'RFC 8996: Deprecating TLS 1.0 and TLS 1.1', url: 'https://www.rfc-editor.org/rfc/rfc8996' },
    {
      title: 'RFC 8446, section 4.1.1: Cryptographic negotiation',
      url: 'https://www.rfc-editor.org/rfc/rfc8446#section-4.1.1',
    },
    {
      title: 'Cloudflare: ERR_SSL_VERSION_OR_CIPHER_MISMATCH',
      url: 'https://developers.cloudflare.com/ssl/troubleshooting/version-cipher-mismatch/',
    },
    { title: 'Mozilla SSL Configuration Generator', url: 'https://ssl-config.mozilla.org/' },
  ],
});
