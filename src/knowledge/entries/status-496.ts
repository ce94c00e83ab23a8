import { defineEntry } from '../types';

export default defineEntry({
  id: '496',
  kind: 'client-error',
  title: '496 SSL Certificate Required (nginx)',
  aliases: ['SSL Certificate Required', 'No required SSL certificate was sent', 'Client certificate missing'],
  summary: 'The site requires a client certificate and your browser did not send one. The browser gets a 400 page.',
  meaning:
    'nginx uses 496 internally when a server set up with "ssl_verify_client on" receives a request without any client certificate. ' +
    'Unless the site catches the code with its own error_page, the browser receives 400 Bad Request with a page that reads "No required SSL certificate was sent". ' +
    'Sites that work this way identify people or devices by a certificate installed on the computer, in place of or in addition to a password.',
  browserSees: {
    id: '400',
    note: 'By default nginx turns 496 into 400 Bad Request with the text "No required SSL certificate was sent". A site that redirects the code with error_page may show its own page instead.',
  },
  contrasts: [
    {
      id: '495',
      text: '495 means a certificate arrived but failed the check. 496 means none arrived at all.',
    },
    {
      id: '401',
      text: '401 asks for credentials such as a password or token. 496 asks for a certificate, which must be installed in the browser or system beforehand.',
    },
    {
      id: 'net::ERR_BAD_SSL_CLIENT_AUTH_CERT',
      text: 'That browser error comes from a failed TLS handshake. With 496 the handshake completed without a certificate and nginx refused the request afterwards.',
    },
  ],
  causes: [
    {
      title: 'No certificate is installed',
      detail: 'The certificate was never installed on this device or in this browser profile, or it was removed.',
    },
    {
      title: 'The certificate prompt was cancelled',
      detail:
        'When the browser asks which certificate to use and you cancel, it remembers that choice for a while and sends none.',
    },
    {
      title: 'The installed certificate is from another issuer',
      detail:
        'Browsers usually offer only certificates issued by authorities the server names during the handshake. A certificate from a different issuer is not offered.',
    },
    {
      title: 'Something in the network strips it',
      detail:
        'A company proxy or security tool that inspects encrypted traffic ends the TLS connection itself, so the certificate never reaches the site.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Close and reopen the browser, visit the page again and choose your certificate when asked.' },
      { text: 'Check that the certificate is installed on this device and in this browser profile.' },
      {
        text: 'Try a network without a company proxy, or ask IT whether the proxy allows client certificates for this site.',
      },
      { text: 'Ask the organisation that runs the site how to obtain and install a certificate.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Confirm which requests arrive without a certificate in the error and access logs, and whether they come through a proxy.',
      },
      {
        text: 'Replace the bare 400 page with one that explains how to get and install a certificate.',
        snippets: [
          {
            label: 'nginx',
            code: 'error_page 495 496 =403 /client-certificate-help.html;\nlocation = /client-certificate-help.html {\n    root /var/www/errors;\n    internal;\n}',
          },
        ],
      },
      {
        text: 'If only parts of the site need a certificate, use "ssl_verify_client optional" and check $ssl_client_verify in those locations instead of refusing every request.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'Reloading fails again until a certificate is installed and chosen.',
  },
  related: ['495', '400', '401', 'net::ERR_BAD_SSL_CLIENT_AUTH_CERT'],
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
