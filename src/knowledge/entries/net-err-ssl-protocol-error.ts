import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_SSL_PROTOCOL_ERROR',
  kind: 'network',
  title: 'Secure connection failed (TLS protocol error)',
  aliases: ['ERR_SSL_PROTOCOL_ERROR', 'SSL protocol error', "This site can't provide a secure connection"],
  summary:
    'The browser and the server started a secure (HTTPS) connection, but the exchange broke down before any page was sent.',
  meaning:
    'Before an HTTPS page can load, the browser and the server run a TLS handshake to agree on encryption. ' +
    'This error means that handshake failed in a way the browser could not put into a more specific category: the server sent something that was not valid TLS, sent it out of order, or ended the handshake with a generic alert. ' +
    'No request reached the website itself. The name does not say whether the server, the network in between or a program on your device is at fault.',
  contrasts: [
    {
      id: 'net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH',
      text: 'A version or cipher mismatch is a clean refusal: both sides spoke TLS but shared no settings. A protocol error means the conversation itself was broken or not TLS at all.',
    },
    {
      id: 'net::ERR_CERT_AUTHORITY_INVALID',
      text: 'Certificate errors happen after a working handshake, when the browser judges the certificate. A protocol error stops earlier, before any certificate is checked.',
    },
    {
      id: 'net::ERR_CONNECTION_RESET',
      text: 'A reset means the connection was cut. A protocol error means data did arrive, but it was not the TLS the browser expected.',
    },
    {
      id: '525',
      text: '525 is Cloudflare failing the handshake with your origin server and answering the browser with a page. This error is the browser itself failing the handshake.',
    },
  ],
  causes: [
    {
      title: 'The server speaks plain HTTP on the HTTPS port',
      detail:
        'A server block listens on port 443 without TLS turned on, or the address points https at a port that only serves plain HTTP. The browser receives ordinary HTTP text where it expected a TLS reply.',
    },
    {
      title: 'A broken or half-finished TLS setup',
      detail:
        'No certificate or key is configured for this site, the key does not match the certificate, or a load balancer forwards encrypted traffic to a backend that expects plain HTTP.',
    },
    {
      title: 'Something on the network or device interferes',
      detail:
        'Antivirus HTTPS scanning, a corporate firewall, a filtering proxy or a captive portal can cut into the handshake, especially when it does not support newer TLS versions.',
    },
    {
      title: 'The server ends the handshake with a generic alert',
      detail:
        'Some servers refuse a client with a plain handshake failure alert, for example when a client certificate is required. The browser can only report it as a protocol error.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'Reload once. If it still fails, check that the address starts with https and has no unusual port number such as :8080.',
      },
      {
        text: 'Try another network, such as mobile data instead of Wi-Fi. If the site works there, the first network is interfering.',
      },
      { text: 'Pause antivirus HTTPS or web scanning, a VPN or a proxy for a moment and try again.' },
      { text: 'If other HTTPS sites work and this one never does, the problem is on the site. Tell the site owner.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Test the handshake from outside your network. A reply that looks like HTTP text, or no certificate at all, points at the server configuration.',
        snippets: [
          {
            label: 'Shell (OpenSSL)',
            code: 'openssl s_client -connect example.com:443 -servername example.com </dev/null',
          },
          { label: 'Shell (curl)', code: 'curl -v https://example.com/' },
        ],
      },
      {
        text: 'Make sure the HTTPS listener really has TLS turned on and a certificate and key configured.',
        snippets: [
          {
            label: 'nginx',
            code: 'server {\n    listen 443 ssl;\n    server_name example.com;\n    ssl_certificate     /etc/ssl/example.com/fullchain.pem;\n    ssl_certificate_key /etc/ssl/example.com/privkey.pem;\n}',
          },
          {
            label: 'Apache',
            code: '<VirtualHost *:443>\n    ServerName example.com\n    SSLEngine on\n    SSLCertificateFile /etc/ssl/example.com/fullchain.pem\n    SSLCertificateKeyFile /etc/ssl/example.com/privkey.pem\n</VirtualHost>',
          },
        ],
      },
      {
        text: 'Behind a load balancer or CDN, check which port and protocol it uses to reach the backend, and that the two sides agree on TLS or plain HTTP.',
      },
      {
        text: 'If only some visitors are affected, suspect their network or security software: ask for the network and product they use before changing the server.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'A reload can help after brief network interference; otherwise it fails until the server or the network changes.',
  },
  related: [
    'net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH',
    'net::ERR_CONNECTION_RESET',
    'net::ERR_CONNECTION_CLOSED',
    '525',
  ],
  faq: [
    {
      q: 'Is my browser broken?',
      a: 'Rarely. If other HTTPS sites load, the fault is with this site or with something between you and it, such as a firewall or scanning software.',
    },
    {
      q: 'Why does it work on my phone but not my laptop?',
      a: 'The two devices probably use different networks or security software. Something on the failing path is getting in the way of the handshake.',
    },
  ],
  references: [
    {
      title: 'Chromium net error list',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
    { title: 'RFC 8446, section 6: Alert protocol (TLS 1.3)', url: 'https://www.rfc-editor.org/rfc/rfc8446#section-6' },
    {
      title: 'Cloudflare: ERR_SSL_PROTOCOL_ERROR',
      url: 'https://developers.cloudflare.com/ssl/troubleshooting/err-ssl-protocol-error/',
    },
  ],
});
