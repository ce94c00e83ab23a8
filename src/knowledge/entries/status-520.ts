import { defineEntry } from '../types';

export default defineEntry({
  id: '520',
  kind: 'server-error',
  title: '520 Web Server Returned an Unknown Error (Cloudflare)',
  aliases: ['Web server is returning an unknown error', 'Cloudflare 520', 'Error 520'],
  summary: "Cloudflare reached the site's own server, but what came back was empty, broken or not valid HTTP.",
  meaning:
    "520 is Cloudflare's code, not a standard one. Cloudflare sits between you and the website's own server, which it calls the origin. " +
    'It sends 520 when it reached the origin but could not use the reply: the connection was reset or closed without an answer, the response had no valid status line, or its headers were larger than Cloudflare accepts. ' +
    'It is the catch-all for origin replies that fit no more specific Cloudflare error. Your device and your connection to Cloudflare are fine.',
  contrasts: [
    {
      id: '502',
      text: 'A 502 shown by Cloudflare usually passes on a bad gateway from the origin or from Cloudflare itself. 520 means the origin did answer, but with something Cloudflare could not read as HTTP.',
    },
    {
      id: '521',
      text: '521 means the origin refused the connection outright. With 520 the connection worked and the reply was the problem.',
    },
    {
      id: '500',
      text: 'A proper 500 from the origin is passed through by Cloudflare as 500. A 520 appears when the origin fails so badly that it cannot even send a 500.',
    },
  ],
  causes: [
    {
      title: 'The application crashed mid-request',
      detail:
        'A PHP worker that dies, an app killed for using too much memory, or a server that restarts closes the connection without an answer. Cloudflare notes this is common with some PHP applications.',
    },
    {
      title: 'A firewall or security plugin cuts off Cloudflare',
      detail:
        'Security software at the origin that resets connections from Cloudflare addresses, or rate-limits them, leaves Cloudflare with no usable reply.',
    },
    {
      title: 'Response headers are too large',
      detail:
        'Very large headers, often a long list of Set-Cookie lines, exceed the size Cloudflare accepts from the origin.',
    },
    {
      title: 'An empty or malformed response',
      detail:
        'The origin sends no status line, an invalid one, or nothing at all, for example from a broken custom server or a misbehaving proxy at the origin.',
    },
    {
      title: 'HTTP/2 to the origin is broken',
      detail:
        'The origin announces HTTP/2 support but does not handle it correctly, so the requests Cloudflare sends over HTTP/2 fail.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Wait a minute and reload. Crashes and restarts at the origin are often short.' },
      {
        text: 'If it keeps happening, tell the site owner the time and the Ray ID shown at the bottom of the Cloudflare error page. Nothing on your device needs fixing.',
      },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Read the origin error log at the time of the error. Look for crashes, out-of-memory kills and worker restarts. The Ray ID on the error page identifies the request in Cloudflare logs.',
      },
      {
        text: 'Ask the origin directly, bypassing Cloudflare, and check that it returns a proper status line and headers.',
        snippets: [
          {
            label: 'curl (from any machine)',
            code: 'curl -sv --resolve www.example.com:443:203.0.113.10 https://www.example.com/ -o /dev/null',
          },
        ],
      },
      {
        text: 'Allow all Cloudflare IP ranges (listed at cloudflare.com/ips) in the origin firewall and security plugins, and exempt them from rate limiting.',
      },
      { text: 'Keep response headers small: trim cookies, and avoid sending many Set-Cookie headers on one response.' },
      {
        text: 'If the origin mishandles HTTP/2, turn off HTTP/2 to Origin in the Cloudflare dashboard (Speed, Protocol Optimization) or fix the origin configuration.',
      },
      {
        text: 'To confirm the origin is at fault, you can briefly set the DNS record to DNS only. This exposes the origin address, so switch proxying back on afterwards.',
      },
    ],
  },
  retry: {
    advice: 'after-delay',
    note: 'A crash or restart may clear within minutes; a firewall rule or header problem fails every time until it is fixed.',
  },
  related: ['521', '522', '524', '502', '500', 'generic-5xx'],
  faq: [
    {
      q: 'Is Cloudflare down?',
      a: "Almost certainly not. A 520 means Cloudflare is working and reached the site's own server; the reply from that server was the problem.",
    },
    {
      q: 'What is the Ray ID on the error page?',
      a: 'A reference for that single request. The site owner can look it up in Cloudflare logs, so include it when you report the error.',
    },
    {
      q: 'Why do only some pages show 520?',
      a: 'The crash or oversized headers may happen only in the code behind those pages, or only for visitors with many cookies.',
    },
  ],
  references: [
    {
      title: 'Cloudflare: error 520',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/',
    },
    {
      title: 'Cloudflare: connection limits',
      url: 'https://developers.cloudflare.com/fundamentals/reference/connection-limits/',
    },
    { title: 'Cloudflare IP ranges', url: 'https://www.cloudflare.com/ips/' },
  ],
});
