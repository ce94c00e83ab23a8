import { defineEntry } from '../types';

export default defineEntry({
  id: '509',
  kind: 'server-error',
  title: '509 Bandwidth Limit Exceeded (Apache / cPanel hosting)',
  aliases: ['Bandwidth Limit Exceeded', 'Bandwidth exceeded', 'Hosting bandwidth limit'],
  summary:
    'The site has used up the data transfer its hosting plan allows. It stays offline until the limit resets or is raised.',
  meaning:
    'This is not a standard HTTP code. Some shared web hosts, notably those running cPanel, answer 509 once a site has sent more data in a period, usually a month, than its plan allows. ' +
    'Instead of serving more, the host blocks the site until the period resets or the owner raises the limit. ' +
    "It is about the site's quota with its host, not about your connection or your own data usage.",
  contrasts: [
    {
      id: '503',
      text: '503 means the server is overloaded or in maintenance right now. 509 means the site used up its allowance and is blocked by its host.',
    },
    {
      id: '429',
      text: '429 limits how fast one client may send requests. 509 is about the total traffic of the whole site.',
    },
    {
      id: '507',
      text: '507 means the server ran out of storage space. 509 is about data transferred, not data stored.',
    },
  ],
  causes: [
    {
      title: 'A traffic spike',
      detail:
        'A popular post, a campaign or a link from a big site brings far more visitors than the plan was sized for.',
    },
    {
      title: 'Large files served from the account',
      detail:
        'Videos, downloads, backups or big images served straight from the hosting account use up the allowance quickly.',
    },
    {
      title: 'Hotlinking and heavy bots',
      detail:
        'Other sites embedding your images, or crawlers downloading everything, consume bandwidth without bringing visitors.',
    },
    {
      title: 'A limit set too low',
      detail: 'The hosting package or a reseller gave the account a small monthly quota.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Try again later; many hosts reset the allowance at the start of each month.' },
      { text: 'Let the site owner know, in case they have not noticed.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Check bandwidth use in your hosting control panel, and raise the limit or upgrade the plan with your host.',
      },
      {
        text: 'On a server you run with WHM, an administrator can change the account limit (in megabytes).',
        snippets: [{ label: 'cPanel WHM (command line)', code: 'whmapi1 limitbw user=username bwlimit=20000' }],
      },
      { text: 'Move large files to a CDN or object storage so they do not count against the hosting account.' },
      {
        text: 'Stop other sites from embedding your images.',
        snippets: [
          {
            label: 'Apache (.htaccess)',
            code: 'RewriteEngine On\nRewriteCond %{HTTP_REFERER} !^$\nRewriteCond %{HTTP_REFERER} !^https?://(www\\.)?example\\.com/ [NC]\nRewriteRule \\.(jpe?g|png|gif|webp|mp4)$ - [F,NC]',
          },
        ],
      },
    ],
  },
  retry: {
    advice: 'after-delay',
    note: 'The site comes back when the quota period resets or the owner raises the limit; reloading before then shows the same page.',
  },
  related: ['503', '429', '507'],
  faq: [],
  references: [
    {
      title: 'cPanel WHM API: update account bandwidth quota (limitbw)',
      url: 'https://api.docs.cpanel.net/openapi/whm/operation/limitbw/',
    },
  ],
});
