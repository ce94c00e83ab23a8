import { defineEntry } from '../types';

export default defineEntry({
  id: '525',
  kind: 'server-error',
  title: '525 SSL Handshake Failed (Cloudflare)',
  aliases: ['SSL handshake failed', 'Cloudflare 525', 'Error 525'],
  summary:
    "Cloudflare could not set up an encrypted connection to the site's own server. The fault is in that server's TLS setup.",
  meaning:
    "525 is Cloudflare's code, not a standard one. It appears only when the zone's SSL/TLS mode is Full or Full (strict), in which Cloudflare connects to the origin, the website's own server, over HTTPS. " +
    'The TLS handshake on that second leg failed before any HTTP was exchanged. ' +
    'The encrypted connection between your browser and Cloudflare is not affected, which is why you see a Cloudflare page rather than a browser security warning.',
  contrasts: [
    {
      id: '526',
      text: "526 means the handshake could run but the origin certificate failed Cloudflare's check in Full (strict) mode. With 525 the handshake itself broke down.",
    },
    {
      id: '521',
      text: '521 means the origin refused the connection. With 525 the connection opened and the TLS negotiation failed.',
    },
    {
      id: 'net::ERR_SSL_PROTOCOL_ERROR',
      text: 'That browser error is a failed handshake between your browser and a server. 525 is a failed handshake between Cloudflare and the origin.',
    },
  ],
  causes: [
    {
      title: 'No certificate on the origin',
      detail:
        'The server has no valid certificate installed for the hostname, or HTTPS was never configured although the mode expects it.',
    },
    {
      title: 'Port 443 is not serving TLS',
      detail: 'Port 443, or the custom secure port in use, is closed to Cloudflare or answers without TLS.',
    },
    {
      title: 'No SNI support',
      detail:
        'Cloudflare sends the hostname in the handshake. An origin that cannot pick a certificate by name may end the handshake.',
    },
    {
      title: 'No common cipher suites or TLS versions',
      detail:
        'An origin limited to old protocols or unusual ciphers shares none with Cloudflare, so the handshake fails.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Reload after a few minutes; the owner may be renewing or changing certificates.' },
      {
        text: 'If it lasts, tell the site owner the time and the Ray ID from the error page. Your browser and connection are fine.',
      },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Test the handshake against the origin directly, sending the real hostname.',
        snippets: [
          {
            label: 'openssl',
            code: 'openssl s_client -connect 203.0.113.10:443 -servername www.example.com </dev/null',
          },
        ],
      },
      {
        text: 'Install a valid certificate on the origin. A free Cloudflare Origin CA certificate works for traffic that goes through Cloudflare.',
        snippets: [
          {
            label: 'nginx',
            code: 'server {\n    listen 443 ssl;\n    server_name example.com www.example.com;\n    ssl_certificate     /etc/ssl/cloudflare/origin.pem;\n    ssl_certificate_key /etc/ssl/cloudflare/origin.key;\n    ssl_protocols TLSv1.2 TLSv1.3;\n}',
          },
        ],
      },
      { text: 'Make sure the origin supports TLS 1.2 or later with modern cipher suites that Cloudflare also offers.' },
      {
        text: 'For intermittent 525s, read the TLS errors in the origin error log at those times; raise the log level if needed.',
      },
      {
        text: 'Switching to Flexible mode hides the error but leaves the Cloudflare-to-origin leg unencrypted. Fix the origin instead.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The handshake fails the same way until the origin TLS setup or the SSL/TLS mode changes.',
  },
  related: ['526', '521', '520', 'net::ERR_SSL_PROTOCOL_ERROR'],
  faq: [],
  references: [
    {
      title: 'Cloudflare: error 525',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-525/',
    },
    {
      title: 'Cloudflare: SSL/TLS encryption modes',
      url: 'https://developers.cloudflare.com/ssl/origin-configuration/ssl-modes/',
    },
    {
      title: 'Cloudflare: Origin CA certificates',
      url: 'https://developers.cloudflare.com/ssl/origin-configuration/origin-ca/',
    },
  ],
});
