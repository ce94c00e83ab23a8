import { defineEntry } from '../types';

export default defineEntry({
  id: '523',
  kind: 'server-error',
  title: '523 Origin Is Unreachable (Cloudflare)',
  aliases: ['Origin is unreachable', 'Cloudflare 523', 'Error 523'],
  summary:
    "Cloudflare found no network route to the site's own server. Usually its address is wrong or its network is down.",
  meaning:
    "523 is Cloudflare's code, not a standard one. It means a network device between Cloudflare and the origin, the website's own server, reported that it has no route to the origin's IP address. " +
    'Cloudflare never got as far as knocking on the server. The cause is almost always an address that is wrong, outdated or private, or a routing fault in the hosting network.',
  contrasts: [
    {
      id: '522',
      text: '522 means the path exists but the origin stayed silent. 523 means there was no path to the origin at all.',
    },
    {
      id: '530',
      text: '530 means Cloudflare could not even resolve the origin name to an address. With 523 it had an address but could not reach it.',
    },
    {
      id: 'net::ERR_ADDRESS_UNREACHABLE',
      text: 'That is the same no-route failure seen by a browser connecting directly. Behind Cloudflare it appears as 523.',
    },
  ],
  causes: [
    {
      title: 'The IP address in DNS is wrong',
      detail:
        'The A or AAAA record in Cloudflare has a typo, an address the host no longer assigns, or a private address such as 192.168.x.x or 10.x.x.x that cannot be reached from the internet.',
    },
    {
      title: 'A routing problem at the host',
      detail:
        "A network outage or router misconfiguration at the hosting provider leaves the server's address unreachable from parts of the internet.",
    },
    {
      title: 'An AAAA record the server does not serve',
      detail: 'An IPv6 record left in DNS for a server that has no working IPv6 connectivity makes some requests fail.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Wait and reload later; routing problems at hosts are often fixed within hours.' },
      { text: 'Tell the site owner the time and the Ray ID from the error page. Nothing on your device causes this.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Check that every A and AAAA record in the Cloudflare DNS settings holds the public address your host assigns today.',
      },
      { text: 'Remove AAAA records if the origin does not answer over IPv6.' },
      {
        text: 'Trace the route from the origin back to a Cloudflare address seen in your access logs, and share the result with your host.',
        snippets: [{ label: 'Linux shell', code: 'mtr -rwc 50 CLOUDFLARE_IP' }],
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'A wrong address or route fails every time until it is corrected; a host network outage ends when the host fixes it.',
  },
  related: ['522', '521', '530', 'net::ERR_ADDRESS_UNREACHABLE'],
  faq: [],
  references: [
    {
      title: 'Cloudflare: error 523',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-523/',
    },
  ],
});
