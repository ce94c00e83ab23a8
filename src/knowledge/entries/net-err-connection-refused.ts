import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_CONNECTION_REFUSED',
  kind: 'network',
  title: 'Connection refused',
  aliases: ['ERR_CONNECTION_REFUSED', 'refused to connect', 'ECONNREFUSED'],
  summary: "The server's address was reached, but nothing there accepted a connection on that port.",
  meaning:
    'DNS worked and the browser sent a connection request to the address, which turned it down immediately. ' +
    'Most often no program is listening on that port: the web server is stopped, or it listens on a different port or address. A firewall that rejects instead of ignoring causes the same answer. ' +
    'The request itself was never sent, so there is no page and no status code.',
  contrasts: [
    {
      id: 'net::ERR_CONNECTION_TIMED_OUT',
      text: 'A refusal comes back at once. A timeout means no answer came at all, which is typical of a firewall that silently drops traffic or a machine that is switched off.',
    },
    {
      id: '521',
      text: 'Behind Cloudflare, the same refusal between Cloudflare and the origin server is shown to the visitor as a 521 page instead.',
    },
    {
      id: '502',
      text: 'A 502 comes from a proxy the browser did reach, which then got no valid answer from the server behind it. Here the browser could not connect to anything.',
    },
    {
      id: 'net::ERR_PROXY_CONNECTION_FAILED',
      text: 'When the browser uses a proxy and the proxy is the one that cannot be reached, Chrome reports a proxy error instead.',
    },
  ],
  causes: [
    {
      title: 'The web server is not running',
      detail: 'The service crashed, is restarting, or did not start again after a reboot or a deploy.',
    },
    {
      title: 'Wrong port or scheme',
      detail:
        'The address points at a port where nothing listens: http:// when the site only serves HTTPS on 443, a development server on another port, or a port number left in a link.',
    },
    {
      title: 'Listening on the wrong address',
      detail:
        'The program listens only on 127.0.0.1, so it accepts connections from the same machine and refuses everyone else.',
    },
    {
      title: 'A firewall rejects the connection',
      detail:
        'Some firewalls answer blocked connections with a refusal rather than silence, on the server or on the network in between.',
    },
    {
      title: 'A local helper is not running',
      detail:
        'The page talks to a development server or a companion app on localhost that is not running on this computer.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Wait a minute and reload; the server may be restarting.' },
      {
        text: 'Check the address: try https:// instead of http://, and remove any port number such as :8080 unless you know it is needed.',
      },
      { text: 'If the address is localhost or 127.0.0.1, start the program that should be serving it.' },
      {
        text: 'Turn off a VPN or proxy, or try another network. If the site still refuses everywhere, tell the site owner.',
      },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Check that the web server is running and listening on the expected ports and addresses.',
        snippets: [{ label: 'Linux shell', code: 'sudo systemctl status nginx\nsudo ss -ltnp' }],
      },
      {
        text: 'Listen on the public ports for both IPv4 and IPv6, not only on localhost.',
        snippets: [
          {
            label: 'nginx',
            code: 'server {\n    listen 80;\n    listen [::]:80;\n    listen 443 ssl;\n    listen [::]:443 ssl;\n    server_name example.com;\n    ssl_certificate     /etc/ssl/example.com/fullchain.pem;\n    ssl_certificate_key /etc/ssl/example.com/privkey.pem;\n}',
          },
          {
            label: 'Express',
            code: "app.listen(3000, '0.0.0.0', () => {\n  console.log('listening on port 3000');\n});",
          },
        ],
      },
      {
        text: 'Open the ports in the server firewall and in any cloud security group or network rule.',
        snippets: [{ label: 'ufw', code: 'sudo ufw allow 80/tcp\nsudo ufw allow 443/tcp' }],
      },
      {
        text: 'Have the service restart itself after a crash.',
        snippets: [{ label: 'systemd unit', code: '[Service]\nRestart=on-failure\nRestartSec=5' }],
      },
    ],
  },
  retry: {
    advice: 'after-delay',
    note: 'If the server is restarting, a retry in a minute can work; otherwise it fails the same way until the service or the address is fixed.',
  },
  related: ['net::ERR_CONNECTION_TIMED_OUT', 'net::ERR_CONNECTION_RESET', 'net::ERR_ADDRESS_UNREACHABLE', '521', '502'],
  faq: [
    {
      q: 'Does "refused" mean the site has blocked me?',
      a: 'Usually not. Most often the service is down or the port is wrong. Deliberate blocks more often look like a timeout or a 403 page.',
    },
    {
      q: 'Why does localhost refuse to connect?',
      a: 'Nothing on your own computer is listening on that port. The development server or helper app is not running, has crashed, or uses a different port.',
    },
  ],
  references: [
    {
      title: 'Chromium: net_error_list.h (ERR_CONNECTION_REFUSED)',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
    {
      title: 'RFC 9293, section 3.5.2: TCP reset generation',
      url: 'https://www.rfc-editor.org/rfc/rfc9293#section-3.5.2',
    },
  ],
});
