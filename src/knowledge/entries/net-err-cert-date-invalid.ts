import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_CERT_DATE_INVALID',
  kind: 'network',
  title: 'Certificate expired or not yet valid',
  aliases: [
    'ERR_CERT_DATE_INVALID',
    'Certificate expired',
    'Expired SSL certificate',
    'Your clock is behind',
    'Your clock is ahead',
  ],
  summary:
    "The site's certificate is outside its valid dates, judged by your device's clock. Either the certificate expired or your clock is wrong.",
  meaning:
    'Every HTTPS certificate is valid only between two dates. ' +
    "This error means today's date, as your device sees it, falls outside that window: the certificate's end date has passed or its start date has not come yet. " +
    'There are two very different explanations: the site forgot to renew its certificate, or your device clock is wrong. ' +
    'If many sites fail at once, suspect the clock; if only one site fails, suspect the site.',
  contrasts: [
    {
      id: 'net::ERR_CERT_AUTHORITY_INVALID',
      text: 'An untrusted issuer is about who signed the certificate. A date error means the certificate would be fine on another day.',
    },
    {
      id: 'net::ERR_CERT_COMMON_NAME_INVALID',
      text: 'A name error is about which site the certificate is for. A date error is about when it is valid.',
    },
    {
      id: 'net::ERR_CERT_REVOKED',
      text: 'A revoked certificate was cancelled early by its issuer. An expired one simply reached its end date.',
    },
  ],
  causes: [
    {
      title: 'The site did not renew its certificate',
      detail:
        "Automatic renewal failed or was never set up. Certificates from Let's Encrypt and similar services last 90 days or less, so a broken renewal shows up fast.",
    },
    {
      title: 'The certificate was renewed but not loaded',
      detail:
        'A new certificate is on disk, but the web server, load balancer or CDN still serves the old one because it was not reloaded or the new file was not uploaded there.',
    },
    {
      title: 'Your device clock is wrong',
      detail:
        'A wrong date, year or time zone makes valid certificates look expired or not yet valid. Common after a flat battery, a dead motherboard clock battery or a manual clock change.',
    },
    {
      title: 'An intermediate certificate in the chain expired',
      detail:
        'The server sends an old intermediate certificate that has passed its end date, and the browser finds no current replacement, even though the site certificate itself is in date.',
    },
  ],
  visitor: {
    steps: [
      {
        text: "Check your device's date, time and time zone. Turn on automatic time, then reload. This fixes the error when many sites fail at once.",
      },
      {
        text: "If your clock is right and only this site fails, the site's certificate has expired. Try again later; owners usually fix it quickly once they notice.",
      },
      {
        text: 'Do not click through the warning on a site where you log in, pay or enter personal details. An expired certificate no longer protects the connection as intended.',
      },
      { text: 'Let the site owner know. They may not have noticed yet.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Check the dates of the certificate that is actually being served, not the file on disk.',
        snippets: [
          {
            label: 'Shell (OpenSSL)',
            code: 'openssl s_client -connect example.com:443 -servername example.com </dev/null 2>/dev/null \\\n  | openssl x509 -noout -dates -subject -issuer',
          },
        ],
      },
      {
        text: 'Renew the certificate, then reload every server that uses it. Test that automatic renewal works.',
        snippets: [
          { label: 'Certbot', code: 'certbot renew --dry-run' },
          { label: 'Shell (systemd)', code: 'sudo systemctl reload nginx' },
        ],
      },
      {
        text: 'Upload the new certificate to every load balancer, CDN and second server that serves the site, not just the main one.',
      },
      {
        text: 'Serve the chain your certificate authority currently provides, such as the full chain file from Certbot, rather than an old saved copy.',
      },
      { text: 'Set up monitoring that warns you two to three weeks before expiry.' },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'Retry after fixing the device clock, or once the site has renewed its certificate.',
  },
  related: ['net::ERR_CERT_AUTHORITY_INVALID', 'net::ERR_CERT_COMMON_NAME_INVALID', 'net::ERR_CERT_REVOKED', '526'],
  faq: [
    {
      q: 'How do I know if it is my clock or the site?',
      a: 'If several unrelated HTTPS sites show certificate warnings, it is almost always your clock. If only one site does, it is that site.',
    },
    {
      q: 'Is it safe to continue past the warning?',
      a: 'Not on a site where you log in, pay or type anything private. The browser cannot tell whether an old certificate is still in the right hands.',
    },
    {
      q: 'I renewed the certificate but visitors still see the error. Why?',
      a: 'The server is probably still serving the old one. Reload or restart it, and update every load balancer or CDN that holds its own copy.',
    },
  ],
  references: [
    {
      title: 'Chromium net error list',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
    { title: 'RFC 5280, section 4.1.2.5: Validity', url: 'https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.5' },
    { title: "Let's Encrypt: Certificate lifetimes and renewal (FAQ)", url: 'https://letsencrypt.org/docs/faq/' },
  ],
});
