import { defineEntry } from '../types';

export default defineEntry({
  id: '530',
  kind: 'server-error',
  title: '530 Origin DNS Error (Cloudflare)',
  aliases: ['Cloudflare 530', 'Error 530', 'Origin DNS error'],
  summary:
    "Cloudflare could not work out where the site's own server is. The page shows a 1xxx error number with the exact reason.",
  meaning:
    "530 is Cloudflare's code, not a standard one. Cloudflare sends it when it cannot resolve the origin it should forward the request to, and it puts a Cloudflare 1xxx error number in the page; that number is the real diagnosis. " +
    'Two common ones are 1016 (origin DNS error: a record points at a hostname that does not resolve) and 1033 (a Cloudflare Tunnel with no running connector). ' +
    'In FTP, 530 means "not logged in"; that meaning has nothing to do with web pages.',
  contrasts: [
    {
      id: '523',
      text: '523 means Cloudflare had an address for the origin but no route to it. 530 means it could not get a usable address in the first place.',
    },
    {
      id: 'net::ERR_NAME_NOT_RESOLVED',
      text: "That error means your own device could not look up the site name. With 530 your lookup worked and you reached Cloudflare; Cloudflare's lookup of the origin failed.",
    },
    {
      id: '502',
      text: 'A 502 means a gateway reached something and got a bad answer. With 530 Cloudflare had nowhere to send the request.',
    },
  ],
  causes: [
    {
      title: 'A CNAME points at a name that no longer exists',
      detail:
        'The DNS record targets a hostname at another provider, such as a deleted app or an old hosting account, that does not resolve any more (error 1016).',
    },
    {
      title: 'The origin record is missing',
      detail:
        'The A record for the origin was deleted or never created, so Cloudflare has no address to use (error 1016).',
    },
    {
      title: 'A Cloudflare Tunnel has no connector',
      detail:
        'The hostname routes to a tunnel, but the cloudflared connector is stopped or cannot reach Cloudflare (error 1033).',
    },
    {
      title: 'Load balancer or SaaS hostnames do not resolve',
      detail:
        'Origins in Cloudflare Load Balancing pools, or custom hostnames that have not finished validation, point at names Cloudflare cannot resolve.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Note the 1xxx error number shown on the page and the Ray ID.' },
      { text: 'Wait a little and reload; a restarted tunnel or fixed DNS record works at once.' },
      { text: 'If it lasts, send the number and the time to the site owner.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Look up the 1xxx number from the error page in the Cloudflare documentation; it names the specific failure.',
      },
      {
        text: 'For 1016, check that the target of each CNAME and every origin hostname resolves from the public internet.',
        snippets: [{ label: 'dig', code: 'dig +short origin.example.net @1.1.1.1' }],
      },
      {
        text: 'For 1033, make sure cloudflared is running and connected.',
        snippets: [{ label: 'cloudflared', code: 'sudo systemctl status cloudflared\ncloudflared tunnel list' }],
      },
      {
        text: 'For load balancers, give pools a fallback origin with a plain IP address, so one unresolvable name does not take the site down.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The error stays until the DNS record or the tunnel is fixed; after that the next request works.',
  },
  related: ['523', '521', '502', 'net::ERR_NAME_NOT_RESOLVED'],
  faq: [],
  references: [
    {
      title: 'Cloudflare: error 530',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-530/',
    },
    {
      title: 'Cloudflare: error 1016',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1016/',
    },
    {
      title: 'Cloudflare: error 1033',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1033/',
    },
  ],
});
