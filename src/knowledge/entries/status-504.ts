import { defineEntry } from '../types';

export default defineEntry({
  id: '504',
  kind: 'server-error',
  title: '504 Gateway Timeout',
  aliases: ['Gateway Timeout', 'Gateway Time-out', 'Upstream timed out'],
  summary: 'A server in front of the website waited for the site to answer and gave up before it did.',
  meaning:
    'The request went to a proxy, load balancer or CDN, which passed it to the server behind it and started a timer. ' +
    'The timer ran out before a full answer came back, so the front server stopped waiting and answered 504 itself. ' +
    'It does not mean the request failed behind the scenes: the slow server may still finish the work after the visitor got the error. ' +
    'A proxy on the visitor side, such as a company proxy, can also answer 504 when it cannot get a reply from the site in time.',
  contrasts: [
    {
      id: '502',
      text: '502 says a gateway got a broken answer from the server behind it, or could not connect to it at all; with 504 the gateway was still waiting when its time limit ran out.',
    },
    {
      id: '503',
      text: '503 says the server cannot take requests right now, because of overload or maintenance, and it comes back quickly; a 504 comes after a wait, from a gateway that heard nothing in time.',
    },
    {
      id: '408',
      text: '408 means the server grew tired of waiting for the client to send its request; 504 means a gateway grew tired of waiting for another server to answer.',
    },
    {
      id: '524',
      text: "524 is Cloudflare's own code for the same situation between Cloudflare and the origin: connected, but no answer in time.",
    },
  ],
  causes: [
    {
      title: 'The request takes longer than the proxy allows',
      detail:
        'A slow report, export, upload processing or search runs past the gateway time limit, which is 60 seconds by default in nginx and on an AWS Application Load Balancer.',
    },
    {
      title: 'The application is overloaded or stuck',
      detail:
        'All workers are busy, so new requests wait in a queue; or a thread is blocked on a lock, a deadlock or an endless loop and never answers.',
    },
    {
      title: 'A slow dependency',
      detail:
        'A database query without an index, a locked table, or a call to an outside API that hangs keeps the application from answering in time.',
    },
    {
      title: 'The upstream cannot be reached in time',
      detail:
        'A firewall silently drops the packets, or the upstream address points at a machine that no longer exists, so the connection attempt itself times out.',
    },
    {
      title: 'Timeouts that do not line up',
      detail:
        'Several layers each have a limit (CDN, load balancer, web server, PHP or app server). The shortest one decides, even if the others are generous.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Wait a minute and reload. A passing slowdown often clears quickly.' },
      {
        text: 'Before repeating a payment, order or form, check whether it went through. The server may have finished the work even though you saw the error.',
      },
      { text: 'If a big export or report fails every time, try a smaller date range or fewer items.' },
      {
        text: 'If other sites are slow too, or you are on a company or school network, the timeout may be in a proxy on your side. Try another network.',
      },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Find which layer timed out and after how long. In the nginx error log look for "upstream timed out"; the text after it tells whether connecting, sending or reading timed out.',
      },
      {
        text: 'Make the slow request faster first: add the missing index, cache the result, or set short timeouts on outside API calls so one slow service does not hold everything.',
      },
      {
        text: 'If the work really needs more time, raise the limit for that route only, on every layer in the chain. IIS with Application Request Routing reports its own timeout as 502.3 rather than 504.',
        snippets: [
          {
            label: 'nginx (proxy)',
            code: 'location /reports/ {\n    proxy_pass http://127.0.0.1:3000;\n    proxy_connect_timeout 5s;\n    proxy_read_timeout 180s;\n}',
          },
          {
            label: 'nginx (PHP-FPM)',
            code: 'location ~ \\.php$ {\n    include fastcgi_params;\n    fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n    fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n    fastcgi_read_timeout 180s;\n}',
          },
          { label: 'Apache', code: 'ProxyTimeout 180' },
          {
            label: 'Apache (one route)',
            code: 'ProxyPass        "/reports/" "http://127.0.0.1:3000/reports/" timeout=180\nProxyPassReverse "/reports/" "http://127.0.0.1:3000/reports/"',
          },
          {
            label: 'IIS (ARR, applicationHost.config)',
            code: '<system.webServer>\n    <proxy enabled="true" timeout="00:03:00" />\n</system.webServer>',
          },
        ],
      },
      {
        text: 'With PHP, the script limit must fit inside the proxy limit as well: max_execution_time in PHP and request_terminate_timeout in the PHP-FPM pool.',
      },
      {
        text: 'For jobs that can take minutes, do not keep the request open. Answer at once with 202 Accepted and a job id, run the work in the background, and let the page poll for the result.',
      },
      {
        text: 'Make retries safe: a client that retries after a 504 may repeat work that already happened, so use idempotency keys for payments and orders.',
      },
    ],
  },
  retry: {
    advice: 'after-delay',
    note: 'Waiting and retrying often works for a passing slowdown, but check first that a form or payment did not already go through.',
  },
  related: ['502', '503', '408', '524', '522', 'net::ERR_TIMED_OUT', 'generic-5xx'],
  faq: [
    {
      q: 'Did my order or form go through?',
      a: 'Possibly. A 504 only says the front server stopped waiting; the site may have finished the work anyway. Check your account or email before sending it again.',
    },
    {
      q: 'What is the difference between 502, 503 and 504?',
      a: '502: the server in front got a broken answer, or no connection at all, from the server behind it. 503: the server cannot take requests right now, because of overload or maintenance. 504: the server in front waited for the server behind it and ran out of time.',
    },
    {
      q: 'I raised the timeout but still get 504. Why?',
      a: 'Another layer has a shorter limit: the CDN, the load balancer, a second proxy, or the PHP or application server. Every layer between the visitor and your code needs a limit long enough for the request.',
    },
  ],
  references: [
    {
      title: 'RFC 9110, section 15.6.5: 504 Gateway Timeout',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5',
    },
    { title: 'MDN: 504 Gateway Timeout', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/504' },
    {
      title: 'nginx: proxy_read_timeout',
      url: 'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_read_timeout',
    },
    { title: 'Apache: ProxyTimeout', url: 'https://httpd.apache.org/docs/2.4/mod/mod_proxy.html#proxytimeout' },
    {
      title: 'AWS: troubleshoot your Application Load Balancers',
      url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html',
    },
  ],
});
