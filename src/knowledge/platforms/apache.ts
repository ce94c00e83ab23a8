import { defineOverlay } from './types';

const HTTPD = 'https://httpd.apache.org/docs/2.4';

export default defineOverlay({
  platform: 'apache',
  name: 'Apache HTTP Server',
  about: 'A long-standing web server that serves files and runs or proxies applications such as PHP sites.',
  support:
    'Apache writes the reason for most errors to its error log (often /var/log/apache2/error.log or /var/log/httpd/error_log), usually with an AH message number that can be searched for.',
  codes: {
    '403': {
      lead: 'Apache refused to serve this path: an access rule denies it, directory listing is off, or it cannot read the files.',
      causes: [
        {
          title: 'Access is not granted',
          detail:
            'The folder has no Require all granted, or a Require or Deny rule excludes you. The log shows AH01630 "client denied by server configuration".',
        },
        {
          title: 'No index file and listing turned off',
          detail: 'With Options -Indexes, a folder without its DirectoryIndex file is refused (AH01276).',
        },
        {
          title: 'File permissions',
          detail:
            'The Apache user cannot read the file or enter a folder on the way; the log says "Permission denied".',
        },
        {
          title: '.htaccess rules or ModSecurity',
          detail: 'Hotlink protection, address blocks or a ModSecurity rule refused the request.',
        },
      ],
      visitor: [{ text: 'Check the address; if you should have access, tell the site the URL and the time.' }],
      owner: [
        {
          text: 'Grant access to the document root and name its index files.',
          snippets: [
            {
              label: 'Apache 2.4',
              code: '<Directory "/var/www/site">\n    Options -Indexes +FollowSymLinks\n    AllowOverride All\n    Require all granted\n</Directory>\nDirectoryIndex index.html index.php',
            },
            {
              label: 'shell',
              code: 'find /var/www/site -type d -exec chmod 755 {} \\;\nfind /var/www/site -type f -exec chmod 644 {} \\;',
            },
          ],
        },
        { text: 'If ModSecurity blocked it, its audit log names the rule id to tune or exclude.' },
      ],
      references: [
        { title: 'Apache: Require', url: `${HTTPD}/mod/mod_authz_core.html#require` },
        { title: 'Apache: Options', url: `${HTTPD}/mod/core.html#options` },
        { title: 'Apache: DirectoryIndex', url: `${HTTPD}/mod/mod_dir.html#directoryindex` },
      ],
    },
    '413': {
      lead: 'The upload or request body is larger than Apache allows (LimitRequestBody), or than a security module allows.',
      meaning:
        'Since Apache 2.4.54 LimitRequestBody defaults to 1 GiB; before that it was unlimited. Hosting panels often set much lower values, and ModSecurity has its own body limit.',
      visitor: [{ text: 'Try a smaller file, or compress it before uploading.' }],
      owner: [
        {
          text: 'Raise the limit, in bytes, where uploads are accepted, and check ModSecurity and PHP limits as well.',
          snippets: [{ label: 'Apache (server config or .htaccess)', code: 'LimitRequestBody 104857600' }],
        },
      ],
      references: [{ title: 'Apache: LimitRequestBody', url: `${HTTPD}/mod/core.html#limitrequestbody` }],
    },
    '500': {
      lead: 'Apache or the script it ran failed; the error log names the cause, very often a broken .htaccess line.',
      causes: [
        {
          title: 'A .htaccess directive Apache does not understand',
          detail:
            'A typo, or a directive from a module that is not loaded: "Invalid command \'RewriteEngine\', perhaps misspelled or defined by a module not included".',
        },
        {
          title: 'A script that failed',
          detail:
            'A PHP fatal error, or a CGI script that ended before sending headers ("End of script output before headers").',
        },
        {
          title: 'An internal redirect loop',
          detail:
            'Rewrite rules that keep matching; the log says the request exceeded the limit of 10 internal redirects.',
        },
      ],
      visitor: [{ text: 'Reload later; if it persists, tell the site the time.' }],
      owner: [
        { text: 'Read the error log at the time of the request; it points to the file and line.' },
        {
          text: 'Enable the module a directive needs, and test the configuration before reloading.',
          snippets: [
            {
              label: 'shell (Debian, Ubuntu)',
              code: 'sudo a2enmod rewrite\nsudo apachectl configtest\nsudo systemctl reload apache2',
            },
          ],
        },
      ],
      references: [
        { title: 'Apache: .htaccess files', url: `${HTTPD}/howto/htaccess.html` },
        { title: 'Apache: LimitInternalRecursion', url: `${HTTPD}/mod/core.html#limitinternalrecursion` },
      ],
    },
    '503': {
      lead: 'Apache could not reach the application it proxies to, or the application itself said it is unavailable.',
      meaning:
        'With mod_proxy, a backend that refuses the connection makes Apache answer 503 (AH00957) and stop using that backend for 60 seconds (AH00959), so the 503s can outlast the outage. ' +
        'Reaching MaxRequestWorkers does not produce 503s: Apache logs "server reached MaxRequestWorkers setting" and new connections wait in a queue, which shows up as slowness or as timeouts at a proxy in front.',
      causes: [
        {
          title: 'The backend is down',
          detail: 'The app server or PHP-FPM behind mod_proxy is stopped, restarting or on another port.',
        },
        {
          title: 'The backend is still marked as failed',
          detail: 'The retry period after a failure has not yet run out.',
        },
        { title: 'Maintenance', detail: 'A maintenance rule or the application answers 503 on purpose.' },
      ],
      visitor: [{ text: 'Wait a minute and try again.' }],
      owner: [
        { text: 'Start or fix the backend; the error log shows the address Apache tried.' },
        {
          text: 'Shorten the retry period so Apache uses the backend again as soon as it is back.',
          snippets: [
            {
              label: 'Apache',
              code: 'ProxyPass "/" "http://127.0.0.1:8080/" retry=0\nProxyPassReverse "/" "http://127.0.0.1:8080/"',
            },
          ],
        },
      ],
      references: [
        { title: 'Apache: ProxyPass', url: `${HTTPD}/mod/mod_proxy.html#proxypass` },
        { title: 'Apache: MaxRequestWorkers', url: `${HTTPD}/mod/mpm_common.html#maxrequestworkers` },
      ],
    },
    '504': {
      lead: 'Apache waited for the application it proxies to and gave up (Timeout or ProxyTimeout, 60 seconds by default).',
      visitor: [{ text: 'Try again later; if you started a long task, check whether it completed.' }],
      owner: [
        {
          text: 'Speed up the slow requests, or raise the timeout for the proxied path.',
          snippets: [{ label: 'Apache', code: 'ProxyTimeout 300' }],
        },
      ],
      references: [{ title: 'Apache: ProxyTimeout', url: `${HTTPD}/mod/mod_proxy.html#proxytimeout` }],
    },
  },
});
