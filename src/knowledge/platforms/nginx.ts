import { defineOverlay } from './types';

const NGINX = 'https://nginx.org/en/docs/http';
const CORE = `${NGINX}/ngx_http_core_module.html`;
const PROXY = `${NGINX}/ngx_http_proxy_module.html`;

export default defineOverlay({
  platform: 'nginx',
  name: 'nginx',
  about:
    'A widely used web server and reverse proxy; it serves files itself or passes requests to an application (the upstream).',
  support:
    'nginx writes the reason for most errors to its error log, often /var/log/nginx/error.log; the site owner can match the entry by time and URL.',
  codes: {
    '400': {
      lead: 'nginx rejected the request as malformed: headers or cookies too large, or plain HTTP sent to an HTTPS port.',
      meaning:
        'nginx has internal codes for several of these cases and sends the browser a 400 page that names them: 494 "Request Header Or Cookie Too Large", 495 and 496 for client certificate problems, and 497 "The plain HTTP request was sent to HTTPS port". ' +
        'Header buffers are 4 x 8 KB by default (large_client_header_buffers); one line or header longer than a buffer fails.',
      causes: [
        {
          title: 'Too many or too large cookies',
          detail: 'Cookies collected over time push the Cookie header past the buffer size.',
        },
        {
          title: 'HTTP to an HTTPS port',
          detail: 'A link or client uses http:// with a port that only speaks TLS, such as :443.',
        },
        {
          title: 'A client certificate problem',
          detail: 'Sites that require client certificates reject missing or invalid ones.',
        },
      ],
      visitor: [
        { text: "Clear this site's cookies and reload." },
        { text: 'If the page mentions the HTTPS port, change the address to start with https://.' },
      ],
      owner: [
        {
          text: 'Raise the header buffers if real clients need them, and redirect plain HTTP that reaches the TLS port.',
          snippets: [
            {
              label: 'nginx',
              code: 'large_client_header_buffers 4 16k;\n\nserver {\n    listen 443 ssl;\n    error_page 497 =301 https://$host$request_uri;\n}',
            },
          ],
        },
      ],
      references: [
        { title: 'nginx: large_client_header_buffers', url: `${CORE}#large_client_header_buffers` },
        { title: 'nginx: SSL module, error processing', url: `${NGINX}/ngx_http_ssl_module.html#errors` },
      ],
    },
    '403': {
      lead: 'nginx refused to serve this path: a folder without an index file, files it may not read, or an access rule.',
      causes: [
        {
          title: 'A folder with no index file',
          detail:
            'With autoindex off, a folder without index.html is refused. The log says "directory index of ... is forbidden".',
        },
        {
          title: 'File permissions',
          detail:
            'The nginx worker user cannot read the file or enter a parent folder; the log shows "(13: Permission denied)". On SELinux systems, wrong file labels do the same.',
        },
        { title: 'An access rule', detail: 'A deny directive, an allow list, or a rule on user agents or referrers.' },
      ],
      visitor: [{ text: 'Check the address; if you should have access, tell the site the URL and the time.' }],
      owner: [
        {
          text: 'Give folders an index and a fallback, and check permissions along the whole path.',
          snippets: [
            { label: 'nginx', code: 'location / {\n    index index.html;\n    try_files $uri $uri/ =404;\n}' },
            { label: 'shell', code: 'namei -l /var/www/site/index.html\nsudo restorecon -Rv /var/www/site' },
          ],
        },
      ],
      references: [
        { title: 'nginx: index', url: `${NGINX}/ngx_http_index_module.html` },
        { title: 'nginx: access module', url: `${NGINX}/ngx_http_access_module.html` },
      ],
    },
    '404': {
      lead: 'nginx found no file for this path under its root, or no location passed the request on to the application.',
      causes: [
        {
          title: 'root and alias mixed up',
          detail:
            'root appends the whole URI to the folder, alias replaces the matched part; the wrong one looks in the wrong place.',
        },
        {
          title: 'A single-page app without a fallback',
          detail: 'Deep links have no file; try_files must send them to index.html.',
        },
        {
          title: 'The wrong server block answered',
          detail: 'A server_name mismatch sends the request to the default server.',
        },
      ],
      visitor: [
        { text: 'Check the address for typos; otherwise the page is missing and only the site can restore it.' },
      ],
      owner: [
        {
          text: 'The error log line shows the file path nginx tried; compare it with where the file really is.',
          snippets: [
            { label: 'nginx (alias)', code: 'location /static/ {\n    alias /var/www/app/static/;\n}' },
            { label: 'nginx (single-page app)', code: 'location / {\n    try_files $uri $uri/ /index.html;\n}' },
          ],
        },
      ],
      references: [
        { title: 'nginx: alias', url: `${CORE}#alias` },
        { title: 'nginx: try_files', url: `${CORE}#try_files` },
      ],
    },
    '413': {
      lead: 'The upload or request body is larger than nginx allows. The default limit (client_max_body_size) is only 1 MB.',
      visitor: [{ text: 'Try a smaller file, or compress it before uploading.' }],
      owner: [
        {
          text: 'Raise the limit for the locations that take uploads, and raise matching limits behind nginx too, such as upload_max_filesize and post_max_size in PHP.',
          snippets: [
            {
              label: 'nginx',
              code: 'location /upload {\n    client_max_body_size 50m;\n    proxy_pass http://app;\n}',
            },
          ],
        },
      ],
      references: [{ title: 'nginx: client_max_body_size', url: `${CORE}#client_max_body_size` }],
    },
    '499': {
      lead: 'Logged only: the client closed the connection before nginx had an answer. The browser never receives 499.',
      meaning:
        'nginx writes 499 to its access log when the browser or app gave up first: the visitor left, the page cancelled the request, or a client timeout ran out while the upstream was still working.',
      owner: [
        { text: 'Many 499s on one path point to a slow upstream; look at upstream response times for those requests.' },
      ],
      references: [{ title: 'nginx: proxy_ignore_client_abort', url: `${PROXY}#proxy_ignore_client_abort` }],
    },
    '500': {
      lead: 'Either the application behind nginx failed, or nginx itself hit a configuration error such as a rewrite loop.',
      causes: [
        {
          title: 'The upstream answered 500',
          detail: 'nginx passed on the error of the application; its own logs explain it.',
        },
        {
          title: 'A rewrite or internal redirect cycle',
          detail:
            'For example try_files falling back to an index.html that does not exist; the error log names the cycle.',
        },
      ],
      visitor: [{ text: 'Reload later; if it persists, tell the site the time.' }],
      owner: [{ text: 'Check the nginx error log first: if it is silent, the application produced the 500.' }],
      references: [{ title: 'nginx: try_files', url: `${CORE}#try_files` }],
    },
    '502': {
      lead: 'nginx could not get a valid answer from the application behind it: refused, cut off, or with headers too large.',
      causes: [
        {
          title: 'The application is not running',
          detail: 'The log shows "connect() failed (111: Connection refused) while connecting to upstream".',
        },
        {
          title: 'A wrong or unreadable socket',
          detail: 'A PHP-FPM or app socket path that does not exist, or that nginx may not open.',
        },
        { title: 'The application died mid-answer', detail: 'The log shows "upstream prematurely closed connection".' },
        {
          title: 'Response headers too large',
          detail: 'The log shows "upstream sent too big header", often because of large cookies.',
        },
      ],
      visitor: [{ text: 'Wait a few seconds and reload; many 502s last only while the application restarts.' }],
      owner: [
        { text: 'Read the error log line for the request; it names which of these happened.' },
        {
          text: 'Make proxy_pass or fastcgi_pass point where the application really listens, and enlarge header buffers if needed.',
          snippets: [
            {
              label: 'nginx',
              code: 'location ~ \\.php$ {\n    include fastcgi_params;\n    fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n    fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n    fastcgi_buffer_size 32k;\n}',
            },
          ],
        },
      ],
      references: [
        { title: 'nginx: upstream module', url: `${NGINX}/ngx_http_upstream_module.html` },
        { title: 'nginx: proxy module', url: PROXY },
      ],
    },
    '503': {
      lead: 'nginx itself turned the request away, often because of a request or connection limit, or the application answered 503.',
      meaning:
        'limit_req and limit_conn reject excess requests with 503 unless limit_req_status or limit_conn_status says otherwise.',
      causes: [
        {
          title: 'A rate or connection limit',
          detail: 'The log says "limiting requests" or "limiting connections by zone".',
        },
        { title: 'Maintenance or the application', detail: 'A maintenance rule returns 503, or the upstream sent it.' },
      ],
      visitor: [{ text: 'Wait a moment and try again, without rapid reloads.' }],
      owner: [
        {
          text: 'Answer limit rejections with 429 so clients can tell them from outages, and size the burst for real pages.',
          snippets: [
            {
              label: 'nginx',
              code: 'limit_req_zone $binary_remote_addr zone=perip:10m rate=10r/s;\n\nserver {\n    location / {\n        limit_req zone=perip burst=20 nodelay;\n        limit_req_status 429;\n    }\n}',
            },
          ],
        },
      ],
      references: [{ title: 'nginx: limit_req module', url: `${NGINX}/ngx_http_limit_req_module.html` }],
    },
    '504': {
      lead: 'nginx waited for the application behind it and gave up. The default read timeout is 60 seconds.',
      meaning:
        'The error log reads "upstream timed out (110: Connection timed out) while reading response header from upstream". proxy_read_timeout covers proxied apps and fastcgi_read_timeout covers PHP-FPM; both default to 60 seconds.',
      visitor: [{ text: 'Try again later; if you started a long task, check whether it completed.' }],
      owner: [
        { text: 'Find out why the application is slow first; a longer timeout only hides it.' },
        {
          text: 'Raise the timeout only where long requests are expected.',
          snippets: [
            {
              label: 'nginx (proxy)',
              code: 'location /reports/ {\n    proxy_pass http://app;\n    proxy_read_timeout 300s;\n}',
            },
            { label: 'nginx (PHP-FPM)', code: 'fastcgi_read_timeout 300s;' },
          ],
        },
      ],
      references: [
        { title: 'nginx: proxy_read_timeout', url: `${PROXY}#proxy_read_timeout` },
        { title: 'nginx: fastcgi_read_timeout', url: `${NGINX}/ngx_http_fastcgi_module.html#fastcgi_read_timeout` },
      ],
    },
  },
});
