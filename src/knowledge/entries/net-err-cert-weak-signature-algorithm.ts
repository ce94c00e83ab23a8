import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_CERT_WEAK_SIGNATURE_ALGORITHM',
  kind: 'network',
  title: 'Certificate signed with a weak algorithm',
  aliases: ['ERR_CERT_WEAK_SIGNATURE_ALGORITHM', 'SHA-1 certificate', 'Weak signature algorithm'],
  summary:
    "The site's certificate was signed with an outdated method such as SHA-1 that can be forged, so the browser refuses it.",
  meaning:
    'Each certificate in the chain is signed by the one above it, using a hash function. ' +
    'This error means the site certificate, or an intermediate certificate above it, was signed with an algorithm now considered breakable, such as SHA-1 or MD5. ' +
    'Browsers stopped accepting SHA-1 signed certificates around 2017, so this almost always means old equipment or an old internal certificate authority. ' +
    'The signature on the root certificate itself does not count; the ones below it do.',
  contrasts: [
    {
      id: 'net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH',
      text: 'A cipher mismatch is about how the connection is encrypted. A weak signature is about how the certificate was signed.',
    },
    {
      id: 'net::ERR_CERT_INVALID',
      text: 'An invalid certificate is malformed or breaks other rules. A weak signature is a well-formed certificate signed with a method that is no longer safe.',
    },
    {
      id: 'net::ERR_CERT_AUTHORITY_INVALID',
      text: 'An unknown issuer is not trusted at all. Here the issuer may be trusted, but the way it signed is not.',
    },
  ],
  causes: [
    {
      title: 'Old hardware with a built-in certificate',
      detail:
        'Routers, printers, storage boxes, remote management cards and industrial devices often ship with SHA-1 certificates that are never updated.',
    },
    {
      title: 'An old internal certificate authority',
      detail:
        'A company authority set up years ago may still sign with SHA-1, or an intermediate it issued long ago may be SHA-1 signed.',
    },
    {
      title: 'HTTPS inspection that re-signs weakly',
      detail: 'Outdated security software or proxies may re-sign intercepted certificates with SHA-1.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'If this is a device you own, such as a router or printer admin page, look for a firmware update that replaces its certificate.',
      },
      { text: 'If it is a work system, report it to IT with the address that failed.' },
      {
        text: 'Do not click through the warning on a site where you log in, pay or enter personal details: a forged certificate would look the same.',
      },
      {
        text: 'For other sites, tell the site owner. There is no safe browser setting that accepts these certificates.',
      },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Find which certificate in the chain carries the weak signature. OpenSSL 3 prints the signature algorithm of each one on its a: line.',
        snippets: [
          {
            label: 'Shell (OpenSSL 3)',
            code: 'openssl s_client -connect example.com:443 -servername example.com -showcerts </dev/null 2>/dev/null \\\n  | grep -E "s:|i:|a:"',
          },
        ],
      },
      {
        text: 'Reissue the site certificate with SHA-256 or stronger, and replace any SHA-1 signed intermediate certificates.',
      },
      { text: 'For an internal authority, configure it to sign with SHA-256 and reissue certificates still in use.' },
      {
        text: 'For appliances that cannot be updated, put a current reverse proxy in front of them with a proper certificate.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'Fails every time until the certificate is reissued with a current algorithm.',
  },
  related: ['net::ERR_CERT_INVALID', 'net::ERR_CERT_AUTHORITY_INVALID', 'net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH'],
  faq: [
    {
      q: 'The device worked for years. Why does it fail now?',
      a: 'The device did not change; browsers did. They no longer accept SHA-1 signatures because forging them became practical.',
    },
  ],
  references: [
    {
      title: 'Chromium net error list',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
    {
      title: 'RFC 5280, section 4.1.1.2: signatureAlgorithm',
      url: 'https://www.rfc-editor.org/rfc/rfc5280#section-4.1.1.2',
    },
    {
      title: 'Google Security Blog: Announcing the first SHA1 collision',
      url: 'https://security.googleblog.com/2017/02/announcing-first-sha1-collision.html',
    },
  ],
});
