import { defineEntry } from '../types';

export default defineEntry({
  id: '495',
  kind: 'client-error',
  title: '495 SSL Certificate Error (nginx)',
  aliases: ['SSL Certificate Error', 'The SSL certificate error', 'Client certificate invalid'],
  summary:
    'The site asked your browser for a client certificate, and the one it sent was not accepted. The browser gets a 400 page.',
  meaning:
    'nginx uses 495 internally when a client certificate fails verification, on servers that ask for one with ssl_verify_client. ' +
    'Unless the site catches the code with its own error_page, the browser receives 400 Bad Request with a page that reads "The SSL certificate error". ' +
    "This is about a certificate that identifies you or your device to the server (mutual TLS), as used by some company and government sites. It has nothing to do with the site's own certificate.",
  browserSees: {
    id: '400',
    note: 'By default nginx turns 495 into 400 Bad Request with the text "The SSL certificate error". A site that redirects the code with error_page may show its own page instead.',
  },
  contrasts: [
    {
      id: '496',
      text: '496 means no client certificate arrived at all. 495 means one arrived but failed the check.',
    },
    {
      id: 'net::ERR_BAD_SSL_CLIENT_AUTH_CERT',
      text: 'That browser error means the server rejected the certificate during the TLS handshake itself. With 495 the handshake completed and nginx rejected the certificate afterwards.',
    },
    {
      id: '403',
      text: 'A 403 refuses access for any reason the site chooses. 495 is specific: the certificate you presented is not valid for this server.',
    },
  ],
  causes: [
    {
      title: 'The certificate has expired',
      detail:
        'Client certificates are often issued for one or two years. After the end date, or before the start date, verification fails.',
    },
    {
      title: 'It comes from an authority the server does not trust',
      detail:
        'The server only accepts certificates issued by the authorities in its ssl_client_certificate or ssl_trusted_certificate file. A certificate from another issuer fails.',
    },
    {
      title: 'The certificate chain is longer than allowed',
      detail:
        'ssl_verify_depth defaults to 1. Certificates issued through an intermediate authority need a higher value.',
    },
    {
      title: 'The certificate was revoked',
      detail: 'If the server checks a revocation list with ssl_crl, a withdrawn certificate is refused.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'If the browser asked you to pick a certificate, make sure you chose the one meant for this site. Close and reopen the browser to be asked again.',
      },
      {
        text: "Check the certificate's expiry date in your system's certificate store or the browser's certificate settings.",
      },
      { text: 'Ask the organisation that issued your certificate, often your IT department, for a new one.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Read the nginx error log at the time of the request. It states why verification failed, for example an expired or untrusted certificate.',
      },
      {
        text: 'Check that the trusted authority file contains the issuing and intermediate certificates, and that the verify depth covers the chain.',
        snippets: [
          {
            label: 'nginx',
            code: 'server {\n    listen 443 ssl;\n    server_name portal.example.com;\n    ssl_certificate     /etc/nginx/tls/server.crt;\n    ssl_certificate_key /etc/nginx/tls/server.key;\n\n    ssl_client_certificate /etc/nginx/tls/client-ca.pem;\n    ssl_verify_client on;\n    ssl_verify_depth 2;\n\n    # Explain the problem instead of a bare 400 page\n    error_page 495 496 =403 /client-certificate-help.html;\n    location = /client-certificate-help.html {\n        root /var/www/errors;\n        internal;\n    }\n}',
          },
        ],
      },
      { text: 'Tell users ahead of time when their certificates are about to expire, and give them a way to renew.' },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The same certificate fails the same way; a different or renewed certificate is needed.',
  },
  related: ['496', '400', '403', 'net::ERR_BAD_SSL_CLIENT_AUTH_CERT'],
  faq: [],
  references: [
    {
      title: 'nginx: ngx_http_ssl_module, error processing (495, 496, 497)',
      url: 'https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors',
    },
    {
      title: 'nginx: ssl_verify_client',
      url: 'https://nginx.org/en/docs/http/ngx_http_ssl_module.html#ssl_verify_client',
    },
  ],
});
