import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_BAD_SSL_CLIENT_AUTH_CERT',
  kind: 'network',
  title: 'Client certificate rejected',
  aliases: [
    'ERR_BAD_SSL_CLIENT_AUTH_CERT',
    'Bad client certificate',
    'Login certificate not accepted',
    'Mutual TLS failed',
  ],
  summary:
    'The site asks your browser for a personal security certificate, and it rejected the one sent, or none was sent.',
  meaning:
    'Most HTTPS sites only prove their own identity. Some, often company, government or banking systems, also ask the visitor to prove theirs with a client certificate stored in the browser, the operating system or a smart card. ' +
    'This error means the server ended the handshake because it did not accept what the browser offered: a missing, expired, revoked or unknown certificate. ' +
    'The server does not say which of these it was.',
  contrasts: [
    {
      id: '496',
      text: 'nginx logs 496 when no client certificate was sent and shows the browser a 400 page. Here the server refused during the handshake, so no page came back at all.',
    },
    {
      id: '495',
      text: 'nginx logs 495 when a client certificate fails its checks and still answers with a 400 page. This error is the same refusal made during the handshake instead.',
    },
    {
      id: 'net::ERR_SSL_PROTOCOL_ERROR',
      text: 'A server that refuses a client with only a generic handshake alert shows up as a protocol error; this error means it named a certificate problem.',
    },
  ],
  causes: [
    {
      title: 'No certificate, or the wrong one, was chosen',
      detail:
        'The selection dialog was dismissed, or a different certificate was picked. Browsers remember that choice for a while and keep sending the same one.',
    },
    {
      title: 'The certificate expired or was revoked',
      detail: 'Client certificates have a fixed lifetime and are revoked when people leave or devices are replaced.',
    },
    {
      title: 'The server does not trust the issuer',
      detail:
        'The certificate comes from a certificate authority the server is not configured to accept, for example after the organisation moved to a new internal CA.',
    },
    {
      title: 'A smart card or token is not available',
      detail: 'The card is not inserted, its driver or middleware is missing, or the PIN prompt was cancelled.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'Close the browser completely, open it again and load the site. When asked, choose the certificate your organisation gave you.',
      },
      { text: 'If you use a smart card or token, insert it before loading the page and enter the PIN when asked.' },
      {
        text: 'Check the certificate in your operating system or browser certificate manager: its expiry date and who issued it.',
      },
      {
        text: 'Ask the IT team or the service that issued the certificate for a new one if it has expired or was replaced.',
      },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Read the TLS error in the server log: it names the reason, such as an unknown issuer, an expired certificate or no certificate at all.',
      },
      {
        text: 'Make sure the server trusts the CA that issues your client certificates, including any intermediate CA.',
        snippets: [
          {
            label: 'Apache',
            code: 'SSLVerifyClient require\nSSLVerifyDepth 2\nSSLCACertificateFile /etc/ssl/client-ca.pem',
          },
        ],
      },
      {
        text: 'Reproduce it with a known good certificate and key.',
        snippets: [{ label: 'Shell (curl)', code: 'curl -v --cert client.pem --key client.key https://example.com/' }],
      },
      {
        text: 'Where possible, answer a missing or bad certificate with a helpful HTTP error page instead of failing the handshake, so people know what to do.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'Retrying sends the same certificate again. Restart the browser, pick another certificate or get a new one first.',
  },
  related: ['495', '496', 'net::ERR_SSL_PROTOCOL_ERROR', '403'],
  faq: [
    {
      q: 'What is a client certificate?',
      a: 'A small file, stored in the browser, the operating system or a smart card, that proves who you are to a site, like a key card for a building.',
    },
    {
      q: 'The browser never asked me to choose. Why?',
      a: 'It may be remembering an earlier choice, or an administrator policy picks the certificate automatically. Restarting the browser usually brings the question back.',
    },
  ],
  references: [
    {
      title: 'Chromium net error list',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
    {
      title: 'RFC 8446, section 4.3.2: Certificate request (TLS 1.3)',
      url: 'https://www.rfc-editor.org/rfc/rfc8446#section-4.3.2',
    },
    { title: 'RFC 8446, section 6.2: Error alerts', url: 'https://www.rfc-editor.org/rfc/rfc8446#section-6.2' },
  ],
});
