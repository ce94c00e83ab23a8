import { defineEntry } from '../types';

export default defineEntry({
  id: '526',
  kind: 'server-error',
  title: '526 Invalid SSL Certificate (Cloudflare)',
  aliases: ['Invalid SSL certificate', 'Cloudflare 526', 'Error 526'],
  summary:
    "Cloudflare would not connect because the site's own server shows an invalid certificate: expired, self-signed or for another name.",
  meaning:
    "526 is Cloudflare's code, not a standard one. It belongs to the Full (strict) SSL/TLS mode, in which Cloudflare checks the certificate of the origin, the website's own server, much as a browser would. " +
    'The check failed: the certificate may be expired, revoked, self-signed, or issued for names that do not include the requested hostname. ' +
    'Workers that call outside hosts, and Cloudflare Gateway on company networks, can show 526 for the same reason.',
  contrasts: [
    {
      id: '525',
      text: '525 means the TLS handshake itself failed. With 526 the origin presented a certificate and Cloudflare rejected it.',
    },
    {
      id: 'net::ERR_CERT_DATE_INVALID',
      text: 'That browser error is an expired certificate on a server the browser talks to directly. 526 is the same kind of problem on the server behind Cloudflare.',
    },
    {
      id: 'net::ERR_CERT_AUTHORITY_INVALID',
      text: 'That browser error is an untrusted issuer seen by the browser. With 526 it is Cloudflare that does not trust the origin certificate.',
    },
  ],
  causes: [
    {
      title: 'The origin certificate expired',
      detail: 'Automatic renewal stopped working, or a manually installed certificate reached its end date.',
    },
    {
      title: 'A self-signed certificate in strict mode',
      detail:
        'Full (strict) requires a certificate from a trusted authority or a Cloudflare Origin CA certificate. A self-signed one fails unless it is added to the Custom Origin Trust Store.',
    },
    {
      title: 'The names do not match',
      detail:
        "The requested hostname is not in the certificate's Common Name or Subject Alternative Names, for example a www name missing from the certificate.",
    },
    {
      title: 'The certificate was revoked',
      detail: 'The issuer withdrew the certificate, so it no longer counts as valid.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Reload later; the owner may be renewing the certificate.' },
      {
        text: 'If it lasts, tell the site owner the time and the Ray ID from the error page. Your browser and connection are fine.',
      },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Inspect the certificate the origin presents for the hostname: issuer, validity dates and names.',
        snippets: [
          {
            label: 'openssl',
            code: 'openssl s_client -connect 203.0.113.10:443 -servername www.example.com </dev/null 2>/dev/null \\\n  | openssl x509 -noout -subject -issuer -dates -ext subjectAltName',
          },
        ],
      },
      {
        text: 'Renew the certificate, or install a Cloudflare Origin CA certificate that covers every proxied hostname.',
        snippets: [{ label: "Let's Encrypt (certbot)", code: 'sudo certbot renew --dry-run\nsudo certbot renew' }],
      },
      {
        text: 'If you must keep a self-signed certificate, add it to the Custom Origin Trust Store instead of lowering the mode.',
      },
      {
        text: 'Switching from Full (strict) to Full removes the error at once but stops Cloudflare from checking the origin. Use it only as a short stopgap.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'Every request fails until the origin certificate is fixed or the mode changes.',
  },
  related: [
    '525',
    'net::ERR_CERT_DATE_INVALID',
    'net::ERR_CERT_AUTHORITY_INVALID',
    'net::ERR_CERT_COMMON_NAME_INVALID',
  ],
  faq: [],
  references: [
    {
      title: 'Cloudflare: error 526',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-526/',
    },
    {
      title: 'Cloudflare: Full (strict) mode',
      url: 'https://developers.cloudflare.com/ssl/origin-configuration/ssl-modes/full-strict/',
    },
    {
      title: 'Cloudflare: Origin CA certificates',
      url: 'https://developers.cloudflare.com/ssl/origin-configuration/origin-ca/',
    },
  ],
});
