import { defineEntry } from '../types';

export default defineEntry({
  id: '503',
  kind: 'server-error',
  title: '503 Service Unavailable',
  aliases: ['Service Unavailable', 'Service Temporarily Unavailable', 'Server busy', 'Down for maintenance'],
  summary:
    'The site is not taking requests at the moment, because of too much load or planned maintenance. This is meant to be temporary.',
  meaning:
    'The server is reachable but says it cannot serve the request at the moment. ' +
    'The two classic reasons are too much load and planned maintenance, and both are expected to end. ' +
    'The server may add a Retry-After header with a number of seconds or a date after which it expects to be back. ' +
    'A 503 can come from the application itself or from a proxy or load balancer in front of it that has no healthy server to send the request to.',
  contrasts: [
    {
      id: '502',
      text: '502 says a gateway got a broken answer from the server behind it, or could not connect to it at all; 503 says the server cannot take requests right now, because of overload or maintenance.',
    },
    {
      id: '504',
      text: '504 says a gateway waited for the server behind it and gave up before an answer came; a 503 comes back quickly and says "not now".',
    },
    {
      id: '429',
      text: '429 says you personally sent too many requests; 503 is about the state of the whole service. Some servers, nginx among them, reject rate-limited requests with 503 unless told to use 429.',
    },
    {
      id: '500',
      text: '500 is an unplanned failure that may repeat until fixed; 503 signals a temporary condition the site expects to end.',
    },
  ],
  causes: [
    {
      title: 'Planned maintenance',
      detail:
        'The site switched to a maintenance page during an update. WordPress, for example, answers 503 while updating, and stays stuck in that mode if an update is interrupted.',
    },
    {
      title: 'No healthy server behind the load balancer',
      detail:
        'All backends failed their health checks, none are registered, or a Kubernetes service has no ready pods. Apache mod_proxy also answers 503 when it cannot connect to its backend.',
    },
    {
      title: 'Too much traffic',
      detail:
        'A spike, a crawler or an attack uses up workers, connections or memory, and the server sheds requests it cannot take.',
    },
    {
      title: 'A rate or connection limit',
      detail:
        'nginx limit_req and limit_conn reject excess requests with 503 by default, which looks like an outage to the visitor who hits it.',
    },
    {
      title: 'The application pool or hosting account is stopped',
      detail:
        'On IIS, a stopped or crashed application pool makes the server answer 503 for that site. Shared hosts also return 503 when an account exceeds its memory or process limits.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Wait a minute or two and reload. If the page names a time to come back, wait until then.' },
      { text: 'Check the site status page or social accounts to see whether maintenance or an outage was announced.' },
      { text: 'Avoid reloading again and again: on an overloaded site, every retry adds to the load.' },
      { text: 'If it lasts for hours, contact the site owner.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Find which layer answered: the application, the web server, the load balancer or the CDN. Its log or a header such as Server usually tells you.',
      },
      {
        text: 'For maintenance, answer 503 with a short page and a Retry-After header, so browsers and crawlers know it is temporary. On IIS with ASP.NET Core, a file named app_offline.htm in the app folder makes the ASP.NET Core Module stop the app and serve that file with status 503 until it is removed.',
        snippets: [
          {
            label: 'nginx (maintenance server block)',
            code: 'server {\n    listen 80;\n    server_name example.com;\n    add_header Retry-After 3600 always;\n    error_page 503 /maintenance.html;\n\n    location = /maintenance.html {\n        root /var/www/maintenance;\n        internal;\n    }\n\n    location / {\n        return 503;\n    }\n}',
          },
          {
            label: 'Express',
            code: "app.use((req, res, next) => {\n  if (process.env.MAINTENANCE !== 'on') return next();\n  res.set('Retry-After', '600').status(503).send('Down for maintenance. Back soon.');\n});",
          },
        ],
      },
      {
        text: 'If rate limiting is the source, make it say so with 429, which tells clients the limit is theirs.',
        snippets: [
          {
            label: 'nginx',
            code: 'limit_req_zone $binary_remote_addr zone=perip:10m rate=10r/s;\n\nserver {\n    location / {\n        limit_req zone=perip burst=20;\n        limit_req_status 429;\n    }\n}',
          },
        ],
      },
      {
        text: 'With Apache as a reverse proxy, check that the backend is running. After a failure Apache keeps answering 503 for a retry period (60 seconds by default); a shorter retry brings it back sooner.',
        snippets: [
          {
            label: 'Apache',
            code: 'ProxyPass        "/" "http://127.0.0.1:3000/" retry=5\nProxyPassReverse "/" "http://127.0.0.1:3000/"',
          },
        ],
      },
      {
        text: 'On IIS, check in IIS Manager that the application pool is started, and look in the Windows event log for why it stopped (often rapid-fail protection after repeated crashes).',
      },
      {
        text: 'For load, add capacity or caching, and check whether a single crawler or client is responsible before blocking it.',
      },
    ],
  },
  retry: {
    advice: 'after-delay',
    note: 'The condition is meant to be temporary; wait for the time in Retry-After if there is one, or a few minutes.',
  },
  related: ['502', '504', '429', '500', '508', 'generic-5xx'],
  faq: [
    {
      q: 'How long will a 503 last?',
      a: 'Most last minutes. If the response carries a Retry-After header, that is the site telling you when to try again. Hours of 503 usually mean an unplanned outage.',
    },
    {
      q: 'Is the site blocking me?',
      a: 'Usually not. A 503 is normally about the whole service. If only you get it while others do not, you may have hit a rate limit; wait a few minutes before trying again.',
    },
    {
      q: 'Should my site answer 503 during maintenance?',
      a: 'Yes. It tells browsers and search engines that the outage is temporary, unlike a 200 maintenance page or a 500. Keep it short and add Retry-After.',
    },
  ],
  references: [
    {
      title: 'RFC 9110, section 15.6.4: 503 Service Unavailable',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4',
    },
    { title: 'RFC 9110, section 10.2.3: Retry-After', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3' },
    { title: 'MDN: 503 Service Unavailable', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/503' },
    { title: 'nginx: ngx_http_limit_req_module', url: 'https://nginx.org/en/docs/http/ngx_http_limit_req_module.html' },
    {
      title: 'Apache: mod_proxy, ProxyPass parameters',
      url: 'https://httpd.apache.org/docs/2.4/mod/mod_proxy.html#proxypass',
    },
    {
      title: 'Microsoft Learn: app_offline.htm and the ASP.NET Core Module',
      url: 'https://learn.microsoft.com/en-us/aspnet/core/host-and-deploy/app-offline',
    },
  ],
});
