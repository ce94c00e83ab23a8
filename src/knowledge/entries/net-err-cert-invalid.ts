import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_CERT_INVALID',
  kind: 'network',
  title: 'Certificate is invalid',
  aliases: ['ERR_CERT_INVALID', 'Invalid certificate', 'Malformed certificate'],
  summary:
    "The site's certificate is damaged or breaks the rules certificates must follow, so the browser cannot use it at all.",
  meaning:
    'Beyond names, dates and issuer, a certificate has to be well formed and follow strict rules about its contents and signature. ' +
    'This error means the certificate the site sent failed one of those basic checks: it could not be read correctly, its signature does not verify, or it contains something a server certificate must not have. ' +
    'It is a catch-all for certificate problems that have no more specific name, and Chrome treats it as one visitors cannot skip.',
  contrasts: [
    {
      id: 'net::ERR_CERT_AUTHORITY_INVALID',
      text: 'An unknown issuer means a sound certificate from someone the browser does not trust. An invalid certificate is unsound in itself.',
    },
    {
      id: 'net::ERR_CERT_WEAK_SIGNATURE_ALGORITHM',
      text: 'A weak signature is a well-formed certificate signed with an outdated method. An invalid certificate fails for other structural reasons.',
    },
    {
      id: 'net::ERR_SSL_PROTOCOL_ERROR',
      text: 'A protocol error breaks the handshake before any certificate is judged. Here the handshake delivered a certificate that then failed the checks.',
    },
  ],
  causes: [
    {
      title: 'A hand-made or tool-generated certificate',
      detail:
        'Certificates built with custom scripts, old appliances or development tools can carry wrong fields, bad encodings or a key usage that does not allow serving a website.',
    },
    {
      title: 'The wrong certificate file was installed',
      detail:
        'For example, a certificate authority certificate was installed as the site certificate, or a file was damaged when it was copied.',
    },
    {
      title: 'HTTPS inspection software creates faulty certificates',
      detail:
        'Antivirus scanning, a company proxy or a filter that re-signs traffic may generate certificates the browser rejects.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'Check whether other sites show certificate warnings too. If they do, try another network or turn off HTTPS scanning in your security software.',
      },
      { text: 'If only this site fails, tell the site owner; nothing in your browser settings will fix it.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Inspect the certificate that is served and look for anything unusual: Basic Constraints marking it as a CA, missing Subject Alternative Names, odd key usage or extended key usage.',
        snippets: [
          {
            label: 'Shell (OpenSSL)',
            code: 'openssl s_client -connect example.com:443 -servername example.com </dev/null 2>/dev/null \\\n  | openssl x509 -noout -text',
          },
        ],
      },
      {
        text: 'Replace a self-made or appliance-generated certificate with one from a public authority, or from your internal authority using a standard server profile.',
      },
      {
        text: 'Check that the configured certificate file is the site certificate (leaf) followed by its intermediates, not the authority certificate alone.',
      },
      {
        text: 'If only visitors behind a certain network or security product are affected, the fault is in that product; ask them which one.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The same certificate fails the same checks every time until it is replaced.',
  },
  related: ['net::ERR_CERT_AUTHORITY_INVALID', 'net::ERR_CERT_WEAK_SIGNATURE_ALGORITHM', 'net::ERR_CERT_REVOKED'],
  faq: [
    {
      q: 'Why is there no option to continue anyway?',
      a: 'The certificate cannot be read or verified properly, so the browser has nothing it could trust even if you agreed. The site has to replace it.',
    },
  ],
  references: [
    {
      title: 'Chromium net error list',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
    {
      title: 'RFC 5280, section 4: Certificate and certificate extensions profile',
      url: 'https://www.rfc-editor.org/rfc/rfc5280#section-4',
    },
  ],
});
