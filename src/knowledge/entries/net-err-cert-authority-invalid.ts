import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_CERT_AUTHORITY_INVALID',
  kind: 'network',
  title: 'Certificate not trusted (unknown issuer)',
  aliases: [
    'ERR_CERT_AUTHORITY_INVALID',
    'Untrusted certificate',
    'Self-signed certificate',
    'Unknown issuer',
    'Your connection is not private',
  ],
  summary:
    "The browser does not trust whoever issued this site's certificate, so it cannot confirm the site is genuine.",
  meaning:
    'Browsers trust a certificate only if it leads, through a chain of intermediate certificates, to a root certificate authority they already know. ' +
    'This error means that chain could not be completed: the certificate is self-signed, comes from a private or unknown authority, or the server left out a link in the chain. ' +
    'It does not prove an attack, but an attacker intercepting the connection would cause exactly this error.',
  contrasts: [
    {
      id: 'net::ERR_CERT_COMMON_NAME_INVALID',
      text: 'A name mismatch means a trusted certificate for the wrong site. An unknown issuer means the browser cannot trust the certificate at all.',
    },
    {
      id: 'net::ERR_CERT_DATE_INVALID',
      text: 'A date error is about when the certificate is valid. An unknown issuer is about who vouches for it.',
    },
    {
      id: 'net::ERR_CERT_REVOKED',
      text: 'A revoked certificate came from a trusted issuer that later cancelled it. Here the issuer is not trusted in the first place.',
    },
    {
      id: '526',
      text: "526 is Cloudflare refusing your origin server's certificate and showing a page. This error is the visitor's own browser refusing the certificate it received.",
    },
  ],
  causes: [
    {
      title: 'The server does not send its intermediate certificate',
      detail:
        'The site certificate is installed without the chain file. Some browsers and devices fill the gap themselves and others do not, so the site fails for only some visitors.',
    },
    {
      title: 'A self-signed or private certificate',
      detail:
        'Routers, NAS boxes, development servers and company intranets often use certificates no public authority vouches for.',
    },
    {
      title: 'Security software or a network inspects HTTPS',
      detail:
        'Antivirus HTTPS scanning, a company proxy or a school filter re-signs traffic with its own root. If that root is not installed on the device, every site shows this error.',
    },
    {
      title: 'A test or distrusted authority',
      detail:
        "The certificate comes from a staging service such as Let's Encrypt staging, or from an authority that browsers have stopped trusting.",
    },
    {
      title: 'A Wi-Fi login page or an attack',
      detail: 'A captive portal or someone on the network answers for the site with their own certificate.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'Check whether other well-known sites also show warnings. If they do, the cause is your network or your security software, not the site.',
      },
      { text: 'Try another network, such as mobile data. On public Wi-Fi, sign in to the network first.' },
      {
        text: 'If your antivirus scans HTTPS, update it or turn that feature off and try again. On a work device, ask IT; they may need to install their root certificate.',
      },
      {
        text: 'Do not click through the warning on a site where you log in, pay or enter personal details. Only continue for a device you own on your own network, such as your router admin page, when you know why it uses its own certificate.',
      },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Look at the chain the server sends. You should see your certificate followed by at least one intermediate, ending at a well-known authority.',
        snippets: [
          {
            label: 'Shell (OpenSSL)',
            code: 'openssl s_client -connect example.com:443 -servername example.com -showcerts </dev/null',
          },
        ],
      },
      {
        text: 'Serve the full chain: your certificate followed by the intermediates, in one file (fullchain.pem with Certbot).',
        snippets: [
          {
            label: 'nginx',
            code: 'ssl_certificate     /etc/letsencrypt/live/example.com/fullchain.pem;\nssl_certificate_key /etc/letsencrypt/live/example.com/privkey.pem;',
          },
          {
            label: 'Apache 2.4.8+',
            code: 'SSLCertificateFile /etc/letsencrypt/live/example.com/fullchain.pem\nSSLCertificateKeyFile /etc/letsencrypt/live/example.com/privkey.pem',
          },
        ],
      },
      {
        text: "For a public site, use a certificate from a publicly trusted authority (Let's Encrypt is free), not a self-signed or staging one.",
      },
      {
        text: 'For internal sites with a private authority, install its root certificate on every device through your device management, rather than telling people to click through.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The same certificate fails every time until the server sends a trusted chain, or the missing root is installed on the device.',
  },
  related: ['net::ERR_CERT_COMMON_NAME_INVALID', 'net::ERR_CERT_DATE_INVALID', 'net::ERR_CERT_INVALID', '526'],
  faq: [
    {
      q: 'Is it safe to continue past the warning?',
      a: 'Not on a site where you log in, pay or type anything private. This is the warning an interception attack produces. It is reasonable only for your own devices on your own network.',
    },
    {
      q: 'Why does the site work in one browser or device and not another?',
      a: 'Usually the server leaves out its intermediate certificate. Some browsers fetch or remember the missing link and others do not. The owner should serve the full chain.',
    },
    {
      q: 'Every site shows this warning. What is wrong?',
      a: 'Something on your device or network intercepts HTTPS, such as antivirus web scanning or a company proxy, and its certificate is not trusted by this browser.',
    },
  ],
  references: [
    {
      title: 'Chromium net error list',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
    {
      title: 'RFC 5280, section 6: Certification path validation',
      url: 'https://www.rfc-editor.org/rfc/rfc5280#section-6',
    },
    {
      title: 'RFC 8446, section 4.4.2: Certificate (chain order)',
      url: 'https://www.rfc-editor.org/rfc/rfc8446#section-4.4.2',
    },
    { title: "Let's Encrypt: Chains of trust", url: 'https://letsencrypt.org/certificates/' },
  ],
});
