import { defineEntry } from '../types';

export default defineEntry({
  id: '502',
  kind: 'server-error',
  title: '502 Bad Gateway',
  aliases: ['Bad Gateway', 'Proxy Error', 'Bad gateway error'],
  summary: 'A server in front of the website asked the site for the page and got a broken answer, or none at all.',
  meaning:
    'Most websites sit behind a proxy, load balancer or CDN that passes requests on to the application server behind it. ' +
    'A 502 is that front server reporting that the server behind it failed: it refused the connection, closed it midway, or sent back something that is not valid HTTP. ' +
    'The front server itself is working; the part that failed is the one behind it, called the upstream. ' +
    'It does not say the application is down for good, and it often clears once the upstream is running again.',
  contrasts: [
    {
      id: '503',
      text: '503 says the server cannot take requests right now, because of overload or maintenance; 502 says a gateway got a broken answer from the server behind it, or could not connect to it at all.',
    },
    {
      id: '504',
      text: '504 says a gateway waited for the server behind it and gave up before an answer came; 502 says the answer was broken or cut off, or the connection failed outright.',
    },
    {
      id: '500',
      text: '500 comes from the application itself; 502 comes from the proxy in front of it and is about the link between the two.',
    },
    {
      id: '520',
      text: "Behind Cloudflare, most failures between Cloudflare and the origin get Cloudflare's own codes from 520 to 526 instead of a plain 502.",
    },
  ],
  causes: [
    {
      title: 'The application server is not running',
      detail:
        'The app crashed, is restarting during a deploy, or was never started, so the proxy gets "connection refused". In the nginx error log this reads "connect() failed (111: Connection refused) while connecting to upstream".',
    },
    {
      title: 'The proxy points at the wrong place',
      detail:
        'A wrong port, host or socket path in proxy_pass or fastcgi_pass, or a PHP-FPM socket nginx is not allowed to open ("Permission denied" or "No such file or directory" in the log).',
    },
    {
      title: 'The upstream died in the middle of the answer',
      detail:
        'The process ran out of memory, hit a fatal error or was killed while responding. nginx logs "upstream prematurely closed connection".',
    },
    {
      title: 'The upstream answer is too large or malformed for the proxy',
      detail:
        'Response headers bigger than the proxy buffer (often many or large cookies) make nginx log "upstream sent too big header" and answer 502.',
    },
    {
      title: 'Keep-alive timeouts that do not match',
      detail:
        'If the app closes idle connections sooner than the load balancer does, the balancer sometimes reuses a connection at the moment the app closes it. The result is scattered 502s under normal traffic.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Wait a few seconds and reload. Many 502s last only while a server restarts.' },
      { text: 'If you were submitting a form or a payment, check whether it went through before sending it again.' },
      {
        text: 'If it lasts more than a few minutes, the site is having an outage. Check its status page or social accounts, or tell the owner.',
      },
      {
        text: 'If only you see it, a VPN, company proxy or security software may be the gateway that failed. Try without it or on another network.',
      },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Read the proxy error log first: it states why the upstream answer was rejected. Then check that the upstream process is running and listening where the proxy expects it.',
      },
      {
        text: 'With PHP-FPM, make sure nginx and the pool use the same socket and that the nginx user may open it.',
        snippets: [
          {
            label: 'nginx',
            code: 'location ~ \\.php$ {\n    include fastcgi_params;\n    fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n    fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n}',
          },
          {
            label: 'PHP-FPM pool (www.conf)',
            code: 'listen = /run/php/php8.2-fpm.sock\nlisten.owner = www-data\nlisten.group = www-data',
          },
        ],
      },
      {
        text: 'If the log says "upstream sent too big header", enlarge the buffer that holds the response headers.',
        snippets: [
          { label: 'nginx (proxy_pass)', code: 'proxy_buffer_size 16k;\nproxy_buffers 8 16k;' },
          { label: 'nginx (FastCGI)', code: 'fastcgi_buffer_size 32k;\nfastcgi_buffers 16 16k;' },
        ],
      },
      {
        text: 'Run more than one upstream and let the proxy skip one that fails, so a restart or crash does not reach visitors.',
        snippets: [
          {
            label: 'nginx',
            code: 'upstream app {\n    server 127.0.0.1:3000 max_fails=3 fail_timeout=10s;\n    server 127.0.0.1:3001 max_fails=3 fail_timeout=10s;\n}\n\nserver {\n    location / {\n        proxy_pass http://app;\n        proxy_next_upstream error timeout http_502;\n    }\n}',
          },
        ],
      },
      {
        text: 'Behind a load balancer, keep the app keep-alive timeout longer than the balancer idle timeout (60 seconds by default on an AWS Application Load Balancer).',
        snippets: [
          {
            label: 'Node.js (Express)',
            code: 'const server = app.listen(3000);\nserver.keepAliveTimeout = 65000;\nserver.headersTimeout = 66000;',
          },
        ],
      },
      {
        text: 'On IIS, the sub-status tells you more: 502.5 means an out-of-process ASP.NET Core app failed to start, and with Application Request Routing 502.3 is also used when the backend times out.',
      },
    ],
  },
  retry: {
    advice: 'after-delay',
    note: 'Often gone in seconds or minutes once the upstream restarts; a broken configuration keeps failing until fixed.',
  },
  related: ['503', '504', '500', '520', '521', 'net::ERR_EMPTY_RESPONSE', 'generic-5xx'],
  faq: [
    {
      q: 'Is a 502 my fault?',
      a: 'Almost never. It is a fault between two servers of the website. The only exception is a proxy or VPN of your own, which you can test by turning it off.',
    },
    {
      q: 'What is the difference between 502, 503 and 504?',
      a: '502: the server in front got a broken answer, or no connection at all, from the server behind it. 503: the server cannot take requests right now, because of overload or maintenance. 504: the server in front waited for the server behind it and ran out of time.',
    },
    {
      q: 'Why does the 502 come and go?',
      a: 'Intermittent 502s usually come from one of several backends being unhealthy, from restarts during deploys, or from keep-alive timeouts that do not match between a load balancer and the app.',
    },
  ],
  references: [
    {
      title: 'RFC 9110, section 15.6.3: 502 Bad Gateway',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.3',
    },
    { title: 'MDN: 502 Bad Gateway', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/502' },
    { title: 'nginx: ngx_http_upstream_module', url: 'https://nginx.org/en/docs/http/ngx_http_upstream_module.html' },
    { title: 'nginx: ngx_http_proxy_module', url: 'https://nginx.org/en/docs/http/ngx_http_proxy_module.html' },
    {
      title: 'AWS: troubleshoot your Application Load Balancers',
      url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html',
    },
  ],
});
