import { defineEntry } from '../types';

export default defineEntry({
  id: '499',
  kind: 'client-error',
  title: '499 Client Closed Request (nginx)',
  aliases: ['Client Closed Request', 'nginx 499', 'Client Close Request'],
  summary:
    "The browser or app stopped waiting and closed the connection before the site answered. Only the site's logs show 499.",
  meaning:
    'nginx writes 499 in its access log when the client closes the connection while nginx is still working on the request, often while it waits for a slow application behind it. ' +
    'Nothing is sent back, because nobody is listening any more. In a browser this is a cancelled request: the visitor went to another page, pressed stop or reloaded, or a script aborted the call. Chrome records it as net::ERR_ABORTED. ' +
    'Cloudflare logs use 499 for the same situation. Esri ArcGIS uses the number with a different meaning, "Token Required".',
  browserSees: {
    id: 'net::ERR_ABORTED',
    note: 'The browser or a script cancelled the request itself, so no status ever arrived. 499 appears only in nginx or Cloudflare logs, never in the browser.',
  },
  contrasts: [
    {
      id: '460',
      text: '460 is the same situation logged by an AWS load balancer instead of nginx.',
    },
    {
      id: '408',
      text: '408 means the server gave up on a client that was too slow to send its request. 499 means the client gave up on a server that was too slow to answer.',
    },
    {
      id: '504',
      text: '504 is sent when a proxy gives up waiting on the server behind it. With 499 the client gave up first, before any timeout on the server side.',
    },
  ],
  causes: [
    {
      title: 'The application is slow',
      detail:
        'A slow database query, report or outside API keeps the request open long enough that people or programs stop waiting.',
    },
    {
      title: 'The visitor moved on',
      detail:
        'Clicking another link, reloading or closing the tab cancels requests that are still running. A few of these are normal on any busy site.',
    },
    {
      title: 'A client timeout is shorter than the work',
      detail:
        'Mobile apps, API clients, monitoring checks and load balancers in front of nginx often give up after a fixed time. If that is shorter than the request takes, every slow request ends as 499.',
    },
    {
      title: 'Scripts cancel requests on purpose',
      detail: 'Search-as-you-type boxes and single-page apps abort earlier requests when newer ones replace them.',
    },
  ],
  visitor: {
    steps: [
      { text: 'If a page seemed stuck and you left it, reload and give it more time.' },
      { text: 'For slow actions such as exports or uploads, keep the tab open until they finish.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Log how long requests take, so you can see which addresses run long enough for clients to give up.',
        snippets: [
          {
            label: 'nginx',
            code: "log_format timed '$remote_addr \"$request\" $status '\n                 'rt=$request_time urt=$upstream_response_time';\naccess_log /var/log/nginx/access.log timed;",
          },
        ],
      },
      { text: 'Make slow work asynchronous: accept the job, answer at once, and let the page check for the result.' },
      {
        text: 'Compare the timeouts of everything in front of nginx. A load balancer or app that gives up earlier shows up here as 499.',
      },
      {
        text: 'If work must finish even when the client leaves, such as a payment callback, let nginx keep the upstream request running.',
        snippets: [
          {
            label: 'nginx',
            code: 'location /callbacks/ {\n    proxy_pass http://app;\n    proxy_ignore_client_abort on;\n}',
          },
        ],
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'If the request is slow every time, it is abandoned again until the server gets faster or the client waits longer.',
  },
  related: ['460', '408', '504', 'net::ERR_ABORTED'],
  faq: [
    {
      q: 'Are a few 499s in my logs a problem?',
      a: 'No. People close tabs and click away all the time. Look into it when many 499s pile up on the same address, which points at a slow endpoint.',
    },
  ],
  references: [
    {
      title: 'Cloudflare: error 499',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/4xx-client-error/error-499/',
    },
    {
      title: 'nginx: proxy_ignore_client_abort',
      url: 'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_ignore_client_abort',
    },
    {
      title: 'Chromium: net_error_list.h (ERR_ABORTED)',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
  ],
});
