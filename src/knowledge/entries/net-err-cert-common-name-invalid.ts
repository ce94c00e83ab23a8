import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_CERT_COMMON_NAME_INVALID',
  kind: 'network',
  title: 'Certificate is for a different name',
  aliases: [
    'ERR_CERT_COMMON_NAME_INVALID',
    'Certificate name mismatch',
    'Your connection is not private',
    'Hostname mismatch',
  ],
  summary: "The site's security certificate was issued for other names, not the address you are visiting.",
  meaning:
    'An HTTPS certificate lists the exact names it is valid for, such as example.com and www.example.com. ' +
    'This error means the certificate the server sent does not list the name in the address bar. ' +
    'Usually the site is misconfigured, but the browser cannot tell that apart from someone impersonating the site, so it stops. ' +
    'The certificate may be perfectly valid for the names it does list.',
  contrasts: [
    {
      id: 'net::ERR_CERT_AUTHORITY_INVALID',
      text: 'An untrusted issuer means the browser cannot trust the certificate at all. A name mismatch means the certificate is trusted, just not for this name.',
    },
    {
      id: 'net::ERR_CERT_DATE_INVALID',
      text: 'A date error is about when the certificate is valid. A name error is about which site it is valid for.',
    },
    {
      id: 'net::ERR_SSL_UNRECOGNIZED_NAME_ALERT',
      text: 'An unrecognized name alert means the server would not send any certificate for this name. Here it sent one, but for other names.',
    },
  ],
  causes: [
    {
      title: 'A name is missing from the certificate',
      detail:
        'The certificate covers example.com but not www.example.com, or a new subdomain was added without renewing the certificate. A wildcard such as *.example.com covers one level only: not example.com itself, not a.b.example.com.',
    },
    {
      title: 'The server sends the certificate of another site',
      detail:
        'On a shared server or load balancer, this name has no HTTPS setup of its own, so the default site answers with its certificate. Often seen after adding a domain to DNS before adding it to the server.',
    },
    {
      title: 'DNS points at the wrong server',
      detail:
        "After a move to new hosting or a CDN, the name still leads to a machine that has someone else's certificate.",
    },
    {
      title: 'A Wi-Fi login page or filter steps in',
      detail:
        'Hotel, airport and office networks often intercept the first HTTPS connection to show a login or block page, which carries a certificate for their own name.',
    },
    {
      title: 'The name is only in the old Common Name field',
      detail:
        'Chrome reads only the Subject Alternative Name list. A certificate from an internal tool that puts the name only in the Common Name fails, even though the name looks right.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'Check the address for typos and look for a well-known form of the site name, such as with or without www.',
      },
      {
        text: "On public or hotel Wi-Fi, open any plain http:// page or the network's login page first, sign in, then try the site again.",
      },
      {
        text: 'Do not click through the warning on a site where you log in, pay or enter personal details. A mismatch is exactly what an impostor site would look like.',
      },
      { text: 'If it persists on other networks, tell the site owner which address failed.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'See which names the served certificate covers. Always pass -servername so you test the same site the browser asks for.',
        snippets: [
          {
            label: 'Shell (OpenSSL 1.1.1+)',
            code: 'openssl s_client -connect example.com:443 -servername example.com </dev/null 2>/dev/null \\\n  | openssl x509 -noout -subject -ext subjectAltName',
          },
        ],
      },
      {
        text: 'Get a certificate that lists every name you serve, including the www and bare forms, in the Subject Alternative Name list.',
        snippets: [{ label: 'Certbot (nginx)', code: 'certbot --nginx -d example.com -d www.example.com' }],
      },
      {
        text: 'Give each name its own HTTPS server block or virtual host, so the default site does not answer for it.',
        snippets: [
          {
            label: 'nginx',
            code: 'server {\n    listen 443 ssl;\n    server_name example.com www.example.com;\n    ssl_certificate     /etc/letsencrypt/live/example.com/fullchain.pem;\n    ssl_certificate_key /etc/letsencrypt/live/example.com/privkey.pem;\n}',
          },
        ],
      },
      {
        text: 'On a CDN or hosting platform, add the name as a custom domain there and wait until its certificate shows as active before switching DNS.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The same certificate comes back every time until the server, the DNS record or your network changes.',
  },
  related: [
    'net::ERR_CERT_AUTHORITY_INVALID',
    'net::ERR_CERT_DATE_INVALID',
    'net::ERR_SSL_UNRECOGNIZED_NAME_ALERT',
    '526',
  ],
  faq: [
    {
      q: 'Is it safe to continue past the warning?',
      a: 'Not on a site where you log in, pay or type anything private. The browser cannot tell a misconfigured site from an impostor. Wait for the owner to fix it or use the exact address they publish.',
    },
    {
      q: 'Why does www work but the bare domain does not, or the other way round?',
      a: 'They are two different names, and the certificate lists only one of them. The owner needs a certificate that lists both.',
    },
    {
      q: 'Why is there no button to continue?',
      a: 'Sites that use HSTS tell browsers never to allow skipping certificate warnings for them. Only the owner can fix it.',
    },
  ],
  references: [
    {
      title: 'Chromium net error list',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
    {
      title: 'RFC 5280, section 4.2.1.6: Subject Alternative Name',
      url: 'https://www.rfc-editor.org/rfc/rfc5280#section-4.2.1.6',
    },
    {
      title: 'RFC 9525, section 6: Verifying service identity',
      url: 'https://www.rfc-editor.org/rfc/rfc9525#section-6',
    },
    { title: 'RFC 6797: HTTP Strict Transport Security', url: 'https://www.rfc-editor.org/rfc/rfc6797' },
  ],
});
