import { defineEntry } from '../types';

export default defineEntry({
  id: '421',
  kind: 'client-error',
  title: '421 Misdirected Request',
  aliases: ['Misdirected', 'SNI and Host mismatch'],
  summary: 'The request reached a server that says it cannot answer for this site name on this connection.',
  meaning:
    'The server that got the request is not set up to answer for the scheme and host name in it, at least not on this connection. ' +
    'It happens when one connection or one certificate serves several site names and the pieces do not line up. ' +
    'A client may send the request again on a fresh connection. ' +
    'Unlike a certificate error, the secure connection itself worked.',
  contrasts: [
    {
      id: 'net::ERR_CERT_COMMON_NAME_INVALID',
      text: 'That error means the certificate does not cover the name; with 421 the certificate was accepted but the server will not serve the name on this connection.',
    },
    {
      id: '502',
      text: '502 means a proxy got no usable answer from the server behind it; 421 is a clear answer saying this server is the wrong one for the name.',
    },
    {
      id: '404',
      text: '404 comes from the right server, which lacks the page; 421 says the server is not the one for this site name at all.',
    },
  ],
  causes: [
    {
      title: 'A reverse proxy sends no TLS name, or the wrong one',
      detail:
        'When nginx or another proxy connects to an HTTPS back end without sending the site name (SNI), or sends a different one than the Host header, Apache answers 421 and logs AH02032. Apache 2.4.64, a security release (the fix for CVE-2025-23048), made this check stricter, and many proxied setups began failing after that update.',
    },
    {
      title: 'A connection reused for another site name',
      detail:
        'Browsers can reuse an HTTP/2 or HTTP/3 connection for another name covered by the same certificate and address. If the server does not serve that second name on the connection, it answers 421.',
    },
    {
      title: 'A load balancer routing to the wrong back end',
      detail: 'A listener or host rule sends the request to a server that does not host that name.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Reload the page. A 421 can come from a reused connection, and a fresh one may work.' },
      { text: 'Close the browser completely and open it again to drop its old connections.' },
      { text: 'Turn off any proxy or VPN and try again.' },
      { text: 'If it keeps happening, tell the site owner; the fix is in their server setup.' },
    ],
  },
  owner: {
    steps: [
      { text: 'Read the back end error log. Apache logs AH02032 when the SNI name and the Host header do not match.' },
      {
        text: 'Make the proxy send the requested site name as SNI when it connects to an HTTPS back end.',
        snippets: [
          {
            label: 'nginx',
            code:
              'location / {\n' +
              '    proxy_pass https://backend;\n' +
              '    proxy_set_header Host $host;\n' +
              '    proxy_ssl_server_name on;\n' +
              '    proxy_ssl_name $host;\n' +
              '}',
          },
        ],
      },
      {
        text: 'Where browsers reuse connections, make every name on a shared certificate answerable on every server that presents it, or give sites that cannot share their own certificates.',
      },
      { text: 'Check that load balancer host rules send each name to a back end that serves it.' },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'A reload on a new connection can work once; a proxy or server setup problem stays until it is fixed.',
  },
  related: ['502', '404', 'net::ERR_CERT_COMMON_NAME_INVALID', 'net::ERR_SSL_UNRECOGNIZED_NAME_ALERT'],
  faq: [
    {
      q: 'Why did 421 errors start after a server update?',
      a: 'Apache 2.4.64 fixed a security flaw in mod_ssl (CVE-2025-23048) by checking more strictly that the TLS name (SNI) and the Host header lead to the same TLS setup. Proxies that connected without sending the site name started getting 421. Configure the proxy to send the name.',
    },
  ],
  references: [
    {
      title: 'RFC 9110, section 15.5.20: 421 Misdirected Request',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20',
    },
    {
      title: 'RFC 9110, section 7.4: Rejecting Misdirected Requests',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-7.4',
    },
    { title: 'MDN: 421 Misdirected Request', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/421' },
    {
      title: 'Apache HTTP Server 2.4 vulnerabilities (CVE-2025-23048, fixed in 2.4.64)',
      url: 'https://httpd.apache.org/security/vulnerabilities_24.html',
    },
    {
      title: 'nginx: proxy_ssl_server_name',
      url: 'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_ssl_server_name',
    },
  ],
});
