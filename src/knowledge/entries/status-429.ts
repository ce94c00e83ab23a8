import { defineEntry } from '../types';

export default defineEntry({
  id: '429',
  kind: 'client-error',
  title: '429 Too Many Requests',
  aliases: ['Rate limited', 'Rate limit exceeded', 'Throttled'],
  summary: 'Too many requests came from you in a short time, so the site is making you wait before it answers again.',
  meaning:
    'The server, or a CDN or firewall in front of it, counts requests per visitor, address, account or API key, and this one went over the limit. ' +
    'It is temporary and aimed at the sender; it does not mean the site is down. ' +
    'The response may carry a Retry-After header giving the number of seconds to wait, or a date and time after which to try again.',
  contrasts: [
    {
      id: '503',
      text: '503 says the server cannot serve anyone right now, through overload or maintenance; 429 says this sender is over its allowance while others are served. nginx rate limiting answers 503 unless set to use 429.',
    },
    {
      id: '403',
      text: '403 is a refusal that waiting will not fix; 429 ends when the time window passes.',
    },
    {
      id: '420',
      text: "Twitter's old API sent 420 Enhance Your Calm for the same idea before 429 was standardised.",
    },
  ],
  causes: [
    {
      title: 'Fast repeated actions',
      detail:
        'Reloading quickly, retrying a failed action many times, or a page that polls the server in a tight loop.',
    },
    {
      title: 'A shared internet address',
      detail:
        'Many people behind one address, as on VPNs, office and school networks and mobile carriers, count as one visitor where limits are kept per address.',
    },
    {
      title: 'Scripts, bots and extensions',
      detail: 'Automated tools, scrapers and browser extensions that fetch pages in the background add to your count.',
    },
    {
      title: 'An API quota used up',
      detail: 'An API key or account has used its allowance for the minute, hour or day.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'Stop reloading and wait. If the page says how long, wait that long; otherwise try again after a minute or two.',
      },
      { text: 'Close other tabs of the same site and pause extensions that refresh or prefetch pages.' },
      {
        text: 'If you use a VPN, turn it off or pick another server; others on the same address may have used up the limit.',
      },
      { text: 'If it keeps happening during normal use, contact the site.' },
    ],
  },
  owner: {
    steps: [
      { text: 'Find which layer is limiting: CDN or firewall rate rules, the web server, or the app.' },
      {
        text: 'Send Retry-After with every 429 so clients know when to come back.',
        snippets: [
          {
            label: 'HTTP response',
            code:
              'HTTP/1.1 429 Too Many Requests\n' +
              'Retry-After: 120\n' +
              'Content-Type: text/plain\n' +
              '\n' +
              'Too many requests. Please try again in 2 minutes.',
          },
        ],
      },
      {
        text: 'Count per account or API key rather than per address where you can, so people on shared addresses are not punished together.',
      },
      {
        text: 'In nginx, allow a burst and answer 429 instead of the default 503 for requests over the limit.',
        snippets: [
          {
            label: 'nginx',
            code:
              '# in http\n' +
              'limit_req_zone $binary_remote_addr zone=perip:10m rate=10r/s;\n' +
              '\n' +
              '# in server or location\n' +
              'limit_req zone=perip burst=20 nodelay;\n' +
              'limit_req_status 429;',
          },
        ],
      },
      { text: 'Leave static files and health checks out of the limits meant for pages and API calls.' },
      { text: 'In your own clients, honour Retry-After and back off with growing delays instead of retrying at once.' },
    ],
  },
  retry: {
    advice: 'after-delay',
    note: 'Wait for the time given in Retry-After, or a minute or two if none is given, then try once.',
  },
  related: ['503', '420', '403', '509'],
  faq: [
    {
      q: 'How long do I have to wait?',
      a: 'It depends on the site. If the response has Retry-After, that is the wait. Many limits reset within a minute; daily API quotas reset once a day.',
    },
    {
      q: 'Why am I rate limited when I barely used the site?',
      a: 'Limits are often counted per internet address. On a VPN or an office, school or mobile network, many people share one address, and background requests from extensions count too.',
    },
    {
      q: 'Does reloading help?',
      a: 'No. Each reload is one more request that counts toward the limit. Waiting is the fix.',
    },
  ],
  references: [
    { title: 'RFC 6585, section 4: 429 Too Many Requests', url: 'https://www.rfc-editor.org/rfc/rfc6585#section-4' },
    { title: 'RFC 9110, section 10.2.3: Retry-After', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3' },
    { title: 'MDN: 429 Too Many Requests', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/429' },
    { title: 'nginx: ngx_http_limit_req_module', url: 'https://nginx.org/en/docs/http/ngx_http_limit_req_module.html' },
    {
      title: 'Cloudflare: Error 429',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/4xx-client-error/error-429/',
    },
  ],
});
