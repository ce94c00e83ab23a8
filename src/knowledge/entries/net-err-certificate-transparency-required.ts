import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_CERTIFICATE_TRANSPARENCY_REQUIRED',
  kind: 'network',
  title: 'Certificate not publicly logged (Certificate Transparency)',
  aliases: ['ERR_CERTIFICATE_TRANSPARENCY_REQUIRED', 'Certificate Transparency', 'CT required', 'Missing SCTs'],
  summary:
    "The site's certificate lacks proof that it was recorded in public certificate logs, which the browser requires.",
  meaning:
    'Publicly trusted certificates must be recorded in open Certificate Transparency logs, so that wrongly issued certificates can be spotted. ' +
    'The proof of logging is a set of signed timestamps (SCTs), usually built into the certificate. ' +
    'This error means the certificate came from a publicly trusted authority, but without enough valid timestamps from logs the browser accepts. ' +
    'Certificates from a private authority installed on the device are not subject to this rule.',
  contrasts: [
    {
      id: 'net::ERR_CERT_AUTHORITY_INVALID',
      text: 'An unknown issuer is not trusted at all. Here the issuer is trusted, but the certificate lacks its logging proof.',
    },
    {
      id: 'net::ERR_CERT_INVALID',
      text: 'An invalid certificate is malformed. A certificate without logging proof can be perfectly formed.',
    },
  ],
  causes: [
    {
      title: 'The certificate was issued without logging',
      detail:
        'Some authorities can issue certificates that are not logged, on request or by mistake. Browsers that enforce the rule refuse them.',
    },
    {
      title: 'The logs it relied on are no longer accepted',
      detail:
        'A certificate whose timestamps come mostly from logs that browsers have since stopped trusting may no longer meet the requirement.',
    },
    {
      title: 'The server stopped delivering separate timestamps',
      detail:
        'A few setups send the timestamps during the handshake or in a stapled OCSP response instead of inside the certificate. If that stops, the proof disappears.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'Tell the site owner which address failed. Do not enter passwords or payment details on this site until it is fixed.',
      },
    ],
    nothingToDo: 'The requirement is built into the browser and the fix is a new certificate on the server.',
  },
  owner: {
    steps: [
      {
        text: 'Check whether the served certificate contains embedded timestamps.',
        snippets: [
          {
            label: 'Shell (OpenSSL)',
            code: 'openssl s_client -connect example.com:443 -servername example.com </dev/null 2>/dev/null \\\n  | openssl x509 -noout -text | grep -A 4 "CT Precertificate SCTs"',
          },
        ],
      },
      { text: 'Look your certificates up in a public log search such as crt.sh to confirm they were logged.' },
      {
        text: "Reissue the certificate from a public authority with logging on (the default for major authorities, including Let's Encrypt), and install it everywhere.",
      },
      {
        text: 'For purely internal names, use a private authority whose root is installed on your devices instead of a public one.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'Fails every time until the site installs a properly logged certificate.',
  },
  related: ['net::ERR_CERT_AUTHORITY_INVALID', 'net::ERR_CERT_INVALID'],
  faq: [
    {
      q: 'Why do browsers require public logging?',
      a: 'Logging lets anyone, including the site owner, see every certificate issued for a domain, so a certificate issued wrongly or to an attacker gets noticed.',
    },
  ],
  references: [
    {
      title: 'Chromium net error list',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
    { title: 'RFC 6962: Certificate Transparency', url: 'https://www.rfc-editor.org/rfc/rfc6962' },
    {
      title: 'Chrome Certificate Transparency policy',
      url: 'https://googlechrome.github.io/CertificateTransparency/ct_policy.html',
    },
    { title: 'crt.sh certificate search', url: 'https://crt.sh/' },
  ],
});
