import { defineEntry } from '../types';

export default defineEntry({
  id: '521',
  kind: 'server-error',
  title: '521 Web Server Is Down (Cloudflare)',
  aliases: ['Web server is down', 'Cloudflare 521', 'Error 521'],
  summary:
    "Cloudflare tried to connect to the site's own server and was refused. The server is stopped or is blocking Cloudflare.",
  meaning:
    "521 is Cloudflare's code, not a standard one. It means the origin, the website's own server behind Cloudflare, actively refused Cloudflare's connection: nothing was listening on the port, or a firewall rejected it. " +
    'For ordinary web traffic Cloudflare connects to the origin on port 80 in the Flexible SSL/TLS mode and on port 443 in Full and Full (strict), so a server that listens only on the other port also ends up here. ' +
    'Your connection to Cloudflare works; the link behind it does not.',
  contrasts: [
    {
      id: '522',
      text: '522 means the origin never replied to the connection attempt, so it timed out. 521 means the origin replied with a clear refusal.',
    },
    {
      id: '523',
      text: '523 means Cloudflare found no network route to the origin at all. With 521 the origin machine was reached and said no.',
    },
    {
      id: 'net::ERR_CONNECTION_REFUSED',
      text: 'That is the same kind of refusal seen by a browser talking to a server directly. Behind Cloudflare it shows up as a 521 page instead.',
    },
  ],
  causes: [
    {
      title: 'The web server is not running',
      detail:
        'nginx, Apache, IIS or the application server stopped, crashed or failed to start after an update or reboot.',
    },
    {
      title: 'Cloudflare addresses are blocked',
      detail:
        'A firewall, fail2ban rule or security plugin rejects Cloudflare IP ranges. Because many visitors share a few Cloudflare addresses, they are easy to block by mistake.',
    },
    {
      title: 'The SSL/TLS mode does not match the ports',
      detail:
        'With Full or Full (strict) Cloudflare connects on 443, which fails if the origin has no HTTPS listener. With Flexible it connects on 80, which fails if only 443 is open.',
    },
    {
      title: 'DNS points at the wrong machine',
      detail:
        'The A or AAAA record in Cloudflare holds an old or mistyped address, and the machine there has no web server.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Wait a few minutes and reload; the server may be restarting.' },
      { text: 'If it lasts, tell the site owner the time and the Ray ID from the error page.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Check that the web server is running and listening on the port your SSL/TLS mode uses.',
        snippets: [
          {
            label: 'Linux shell',
            code: "sudo systemctl status nginx\nsudo ss -ltnp '( sport = :80 or sport = :443 )'",
          },
        ],
      },
      {
        text: 'Allow every Cloudflare IP range through the origin firewall and exempt them from rate limiting.',
        snippets: [
          {
            label: 'ufw',
            code: 'for ip in $(curl -s https://www.cloudflare.com/ips-v4); do\n  sudo ufw allow proto tcp from "$ip" to any port 80,443\ndone',
          },
        ],
      },
      {
        text: 'Match the SSL/TLS mode to the origin: use Full (strict) with a valid certificate on port 443, and do not pick Full unless the origin really serves HTTPS.',
      },
      {
        text: 'Compare the A and AAAA records in the Cloudflare DNS settings with the address your host gives your server.',
      },
    ],
  },
  retry: {
    advice: 'after-delay',
    note: 'A restart may fix it within minutes; a firewall or mode mismatch fails until the owner changes it.',
  },
  related: ['522', '523', '520', 'net::ERR_CONNECTION_REFUSED', '503'],
  faq: [],
  references: [
    {
      title: 'Cloudflare: error 521',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-521/',
    },
    {
      title: 'Cloudflare: SSL/TLS encryption modes',
      url: 'https://developers.cloudflare.com/ssl/origin-configuration/ssl-modes/',
    },
    { title: 'Cloudflare IP ranges', url: 'https://www.cloudflare.com/ips/' },
  ],
});
