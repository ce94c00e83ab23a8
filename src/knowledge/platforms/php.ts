import { defineOverlay } from './types';

const PHP = 'https://www.php.net/manual/en';

export default defineOverlay({
  platform: 'php',
  name: 'PHP',
  about: 'A scripting language behind many sites, run by a web server module or by PHP-FPM behind nginx or Apache.',
  support:
    "PHP's error messages go to its error log (the error_log setting, or the PHP-FPM log) rather than to visitors on production sites; the site owner can match them by time.",
  codes: {
    '500': {
      lead: 'The PHP script stopped with a fatal error. With display_errors off, visitors see an empty page or a generic error.',
      meaning:
        'When a fatal error happens before any output and display_errors is off, PHP answers 500. The message itself, such as an undefined function, an exhausted memory limit or an exceeded execution time, goes to the error log.',
      causes: [
        {
          title: 'A fatal error in the code',
          detail: 'An undefined function or class, a type error, or a missing file after an update or a PHP upgrade.',
        },
        {
          title: 'Out of memory',
          detail: 'The log says "Allowed memory size of ... bytes exhausted"; memory_limit defaults to 128M.',
        },
        {
          title: 'Out of time',
          detail:
            'The log says "Maximum execution time of 30 seconds exceeded"; max_execution_time defaults to 30 seconds for web requests.',
        },
        {
          title: 'A broken extension or configuration',
          detail: 'A missing database extension, or a plugin that does not support this PHP version.',
        },
      ],
      visitor: [{ text: 'Reload later; if it persists, tell the site what you did and the time.' }],
      owner: [
        {
          text: 'Log errors without showing them to visitors, then read the log at the time of the failure.',
          snippets: [
            { label: 'php.ini', code: 'display_errors = Off\nlog_errors = On\nerror_log = /var/log/php/error.log' },
          ],
        },
        { text: 'Fix the cause before raising memory_limit or max_execution_time; both only buy headroom.' },
      ],
      references: [
        { title: 'PHP: display_errors', url: `${PHP}/errorfunc.configuration.php#ini.display-errors` },
        { title: 'PHP: memory_limit', url: `${PHP}/ini.core.php#ini.memory-limit` },
        { title: 'PHP: max_execution_time', url: `${PHP}/info.configuration.php#ini.max-execution-time` },
      ],
    },
    '502': {
      lead: 'The web server could not get an answer from PHP-FPM: it was not reachable, or its worker died during the request.',
      causes: [
        {
          title: 'PHP-FPM is not running, or listens elsewhere',
          detail: 'The socket or port in the web server config does not match the pool.',
        },
        { title: 'No permission on the socket', detail: 'The web server user may not open the PHP-FPM socket.' },
        {
          title: 'The worker was killed',
          detail:
            'A crash, or request_terminate_timeout ending a long request, closes the connection without a response.',
        },
        {
          title: 'All workers busy',
          detail: 'When pm.max_children is reached, the FPM log warns about it and new requests wait or are refused.',
        },
      ],
      visitor: [{ text: 'Wait a few seconds and reload.' }],
      owner: [
        { text: 'Check that PHP-FPM runs, and read both the web server error log and the PHP-FPM log.' },
        {
          text: 'Make the pool and the web server agree on the socket and its owner.',
          snippets: [
            {
              label: 'PHP-FPM pool (www.conf)',
              code: 'listen = /run/php/php8.2-fpm.sock\nlisten.owner = www-data\nlisten.group = www-data\npm.max_children = 20',
            },
          ],
        },
      ],
      references: [{ title: 'PHP: FPM configuration', url: `${PHP}/install.fpm.configuration.php` }],
    },
    '504': {
      lead: 'The web server in front gave up waiting for the PHP script, which ran longer than its timeout.',
      meaning:
        'nginx waits 60 seconds by default (fastcgi_read_timeout). On Linux, max_execution_time counts only the time the script itself runs, not time spent waiting for a database or another site, so a script stuck waiting can outlast the proxy without PHP ever stopping it.',
      causes: [
        { title: 'A slow query or outside call', detail: 'The script waits on a database, an API or a file transfer.' },
        { title: 'Work too large for one request', detail: 'Imports, exports, image processing or reports.' },
        { title: 'All PHP-FPM workers busy', detail: 'Requests queue behind slow ones until the proxy gives up.' },
      ],
      visitor: [{ text: 'Try again later; if you started a long task, check whether it completed.' }],
      owner: [
        { text: 'Find the slow part (the PHP-FPM slow log helps), and move long work to a queue or a scheduled job.' },
        {
          text: 'If some requests must run long, raise the limits together so they agree.',
          snippets: [
            { label: 'nginx', code: 'fastcgi_read_timeout 300s;' },
            {
              label: 'PHP-FPM pool',
              code: 'request_terminate_timeout = 300s\nrequest_slowlog_timeout = 10s\nslowlog = /var/log/php-fpm/slow.log',
            },
          ],
        },
      ],
      references: [
        { title: 'PHP: set_time_limit', url: `${PHP}/function.set-time-limit.php` },
        {
          title: 'nginx: fastcgi_read_timeout',
          url: 'https://nginx.org/en/docs/http/ngx_http_fastcgi_module.html#fastcgi_read_timeout',
        },
      ],
    },
  },
});
