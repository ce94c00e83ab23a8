import { defineEntry } from '../types';

export default defineEntry({
  id: '527',
  kind: 'server-error',
  title: '527 Railgun Error (Cloudflare, historic)',
  aliases: ['Railgun Error', 'Cloudflare 527', 'Error 527'],
  summary:
    "An old Cloudflare error: its link to the site's Railgun software failed. Railgun was retired in January 2024.",
  meaning:
    "527 is Cloudflare's code, not a standard one. It belonged to Railgun, a Cloudflare product that sped up dynamic pages through a listener program (rg-listener) installed on or near the website's own server. " +
    'A 527 meant the link between Cloudflare and that listener broke or timed out. ' +
    'Cloudflare retired Railgun on 31 January 2024, so a 527 today is rare and points at a leftover configuration.',
  contrasts: [
    {
      id: '520',
      text: '520 is about an unusable reply from the origin itself. 527 was about the Railgun link in front of the origin.',
    },
    {
      id: '522',
      text: '522 is a timeout reaching the origin directly. 527 was a failure on the Railgun connection instead.',
    },
  ],
  causes: [
    {
      title: 'The Railgun listener stopped',
      detail: 'The rg-listener process on the origin side was not running, so Cloudflare had nothing to talk to.',
    },
    {
      title: 'The Railgun port was blocked',
      detail:
        'The listener used TCP port 2408 by default; a firewall that closed it to Cloudflare addresses broke the link.',
    },
    {
      title: 'The listener could not reach the web server',
      detail: 'Railgun received the request but timed out or failed while contacting the actual web server behind it.',
    },
    {
      title: 'A leftover setup after the retirement',
      detail: 'Hosting panels or old configurations that still expect Railgun can fail now that the service is gone.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Reload later.' },
      { text: 'Tell the site owner the time and the Ray ID from the error page; the fix is on their side.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Remove Railgun from the setup and the hosting panel: Cloudflare no longer runs the service, so nothing can fix the link on its side.',
      },
      {
        text: 'While any legacy listener remains, check that it is running and that its port is open to Cloudflare addresses.',
        snippets: [{ label: 'Linux shell', code: "sudo ss -ltnp 'sport = :2408'" }],
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The error repeats until the Railgun link works again or is removed.',
  },
  related: ['520', '522', '521'],
  faq: [],
  references: [
    {
      title: 'Cloudflare: Railgun execution (rg-listener)',
      url: 'https://developers.cloudflare.com/railgun/user-guide/railgun-execution/',
    },
    {
      title: "Cloudflare TV: Cloudflare's farewell to Railgun",
      url: 'https://cloudflare.tv/shows/this-week-in-net/cloudflare-s-farewell-to-railgun-and-its-relevance/5vpBWjZP',
    },
  ],
});
