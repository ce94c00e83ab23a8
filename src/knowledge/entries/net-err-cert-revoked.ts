import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_CERT_REVOKED',
  kind: 'network',
  title: 'Certificate revoked',
  aliases: ['ERR_CERT_REVOKED', 'Revoked certificate', 'Certificate has been revoked'],
  summary: "The authority that issued this site's certificate has cancelled it, so the browser will not use it.",
  meaning:
    'Certificate authorities can cancel (revoke) a certificate before its end date, for example when its private key may have leaked or it was issued by mistake. ' +
    'This error means the browser learned that the certificate the site sent is on such a list. ' +
    'A revoked certificate must not be trusted, even though its dates and names may look fine. ' +
    'Only the site owner can fix it, by installing a new certificate.',
  contrasts: [
    {
      id: 'net::ERR_CERT_DATE_INVALID',
      text: 'An expired certificate reached its planned end date. A revoked one was cancelled early on purpose.',
    },
    {
      id: 'net::ERR_CERT_AUTHORITY_INVALID',
      text: 'An unknown issuer is not trusted at all. A revoked certificate came from a trusted issuer that later withdrew it.',
    },
    {
      id: 'net::ERR_CERT_INVALID',
      text: 'An invalid certificate is malformed or breaks the rules. A revoked one may be perfectly formed but has been cancelled.',
    },
  ],
  causes: [
    {
      title: 'The private key was exposed or lost',
      detail:
        'The owner, or the authority, revoked the certificate because its key leaked, was committed to a public repository or sat on a compromised server.',
    },
    {
      title: 'The authority revoked certificates in bulk',
      detail:
        'When an authority finds it issued certificates incorrectly, it must revoke them within days, sometimes affecting many sites at once.',
    },
    {
      title: 'The owner revoked it and kept serving it',
      detail:
        'A certificate was replaced and revoked, but one server, load balancer or CDN still has the old one installed.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'Do not look for a way around the warning, and do not log in, pay or enter personal details on this site until it is fixed.',
      },
      { text: 'Try again later and let the site owner know; only they can install a new certificate.' },
    ],
    nothingToDo: 'The fix is a new certificate on the server. There is no safe setting to change in your browser.',
  },
  owner: {
    steps: [
      {
        text: 'Check which certificate is actually served. Compare its serial number with the one your certificate authority says it revoked.',
        snippets: [
          {
            label: 'Shell (OpenSSL)',
            code: 'openssl s_client -connect example.com:443 -servername example.com </dev/null 2>/dev/null \\\n  | openssl x509 -noout -serial -dates -issuer',
          },
        ],
      },
      { text: 'Get a new certificate with a new private key. Reusing the old key keeps any exposure alive.' },
      { text: 'Install it on every server, load balancer and CDN that serves the site, and reload them.' },
      {
        text: 'Read the notice from your certificate authority to learn why it was revoked, and fix the cause, such as a leaked key or an automation error.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'Fails every time until the site installs a new certificate.',
  },
  related: ['net::ERR_CERT_DATE_INVALID', 'net::ERR_CERT_AUTHORITY_INVALID', 'net::ERR_CERT_INVALID'],
  faq: [
    {
      q: 'Why does the site work in another browser?',
      a: 'Browsers learn about revocations in different ways and at different speeds. The certificate is revoked either way; the other browser has not caught up yet.',
    },
  ],
  references: [
    {
      title: 'Chromium net error list',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
    {
      title: 'RFC 5280, section 5: Certificate revocation lists',
      url: 'https://www.rfc-editor.org/rfc/rfc5280#section-5',
    },
    { title: 'RFC 6960: Online Certificate Status Protocol (OCSP)', url: 'https://www.rfc-editor.org/rfc/rfc6960' },
  ],
});
