import { defineOverlay } from './types';

const DOCS = 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes';

export default defineOverlay({
  platform: 'cloudflare',
  name: 'Cloudflare',
  about:
    "A CDN, firewall and reverse proxy in front of many websites; it passes requests on to each site's own server.",
  support:
    "Cloudflare error pages and responses carry a Ray ID (the cf-ray header); give it with the time to the site owner, who can look the request up in Cloudflare's logs and security events.",
  codes: {
    '403': {
      lead: "A security rule at Cloudflare or the site's own server refused the request. A Cloudflare-branded page means Cloudflare did.",
      meaning:
        'Cloudflare answers 403 for its own blocks: WAF custom and managed rules, IP access rules, the Browser Integrity Check and most of its 1xxx errors, such as 1020 (access denied by a firewall rule). ' +
        'A challenge page, the "checking your browser" or Turnstile check, usually arrives as 403 as well, but it carries the header cf-mitigated: challenge and asks for proof that a person is there rather than refusing outright. ' +
        "A 403 page without Cloudflare's branding was made by the origin server and only passed through.",
      causes: [
        {
          title: 'A firewall rule of the site matched',
          detail:
            'A WAF custom rule, IP access rule or country block set by the site owner matched the request. The page shows error 1020 or says you have been blocked.',
        },
        {
          title: 'A managed rule saw something that looks like an attack',
          detail:
            "Cloudflare's managed WAF rules block text that resembles SQL injection, cross-site scripting or known exploits, which now and then catches a harmless form post or URL.",
        },
        {
          title: 'A bot check was not passed',
          detail:
            'The challenge could not run or finish: scripts or cookies are blocked, an extension interferes, or the request came from an app, a script or a tool that cannot solve it.',
        },
        {
          title: 'Your address has a poor reputation',
          detail:
            'Security settings weigh the reputation of the IP address. Shared VPN, proxy, hosting and some mobile carrier addresses are challenged or blocked more often.',
        },
        {
          title: 'The origin refused',
          detail:
            "Without Cloudflare branding the refusal came from the site's own server: file permissions, .htaccess or ModSecurity rules, or a firewall that blocks Cloudflare's addresses.",
        },
      ],
      visitor: [
        {
          text: 'If a check page appeared, let it finish: allow JavaScript and cookies for the site and pause extensions that block scripts.',
        },
        { text: 'Turn off your VPN or proxy, or try another network; many rules act on the address or country.' },
        {
          text: 'Copy the Ray ID shown at the bottom of the page and send it with the time to the site owner. It points them to the exact rule.',
        },
      ],
      owner: [
        {
          text: 'Search Security Events (under Security, Analytics) for the Ray ID or the visitor address to see which rule or feature acted.',
        },
        {
          text: 'Narrow, skip or relax the rule that matched. For borderline traffic a Managed Challenge is kinder than Block; for your own monitors and API clients add a skip rule or an allow rule for their addresses.',
        },
        {
          text: 'If the 403 is unbranded, look at the origin. Rules there that filter by visitor address see only Cloudflare addresses unless the real client IP is restored from CF-Connecting-IP.',
          snippets: [
            {
              label: 'nginx (ngx_http_realip_module)',
              code: '# one set_real_ip_from line per range listed at https://www.cloudflare.com/ips/\nset_real_ip_from 173.245.48.0/20;\nreal_ip_header CF-Connecting-IP;',
            },
          ],
        },
      ],
      references: [
        { title: 'Cloudflare: error 403', url: `${DOCS}/4xx-client-error/error-403/` },
        { title: 'Cloudflare: error 1020', url: `${DOCS}/cloudflare-1xxx-errors/error-1020/` },
        {
          title: 'Cloudflare: detect a challenge page response',
          url: 'https://developers.cloudflare.com/cloudflare-challenges/challenge-types/challenge-pages/detect-response/',
        },
        {
          title: 'Cloudflare: security events',
          url: 'https://developers.cloudflare.com/waf/analytics/security-events/',
        },
      ],
    },
    '429': {
      lead: "A rate limiting rule at Cloudflare, or the site's own server, counted too many requests from you in a short time.",
      meaning:
        'Rate limiting rules on Cloudflare answer 429 by default when a client goes over the limit the site owner set; the owner can pick another 4xx code or a challenge instead. ' +
        'Cloudflare\'s own page for this is error 1015, "You are being rate limited". A plain 429 without Cloudflare branding came from the origin or its API and may say in a Retry-After header how long to wait.',
      causes: [
        {
          title: 'Many requests from one address',
          detail:
            'The limit counts per IP address by default, so people behind one office, school, VPN or carrier address share a single counter.',
        },
        {
          title: 'Something repeats requests',
          detail: 'An auto-refresh extension, a script in a loop, or a page polling an API too often.',
        },
        {
          title: 'A limit that is too tight',
          detail:
            'A short counting period or a low threshold that normal browsing reaches, for example on pages with many API calls.',
        },
        {
          title: 'The API behind Cloudflare limits itself',
          detail: 'Without Cloudflare branding, the limit belongs to the application or an upstream service.',
        },
      ],
      visitor: [
        {
          text: 'Wait a minute or more before trying again. Reloading again and again keeps the counter high and can extend the block.',
        },
        { text: 'Turn off auto-refresh extensions, and leave other tabs of the same site alone for a while.' },
        { text: 'If you share a network or VPN with many others, try another connection.' },
      ],
      owner: [
        {
          text: 'Find the rule in Security Events and check its threshold, period and counting characteristics against real traffic.',
        },
        {
          text: 'Count by something finer than the address where people share one, such as a session cookie or an API key header, and consider leaving cached assets out of the count.',
        },
        { text: 'Send a Retry-After header with 429s from your own API so clients know when to come back.' },
      ],
      references: [
        { title: 'Cloudflare: error 429', url: `${DOCS}/4xx-client-error/error-429/` },
        { title: 'Cloudflare: error 1015', url: `${DOCS}/cloudflare-1xxx-errors/error-1015/` },
        {
          title: 'Cloudflare: rate limiting parameters',
          url: 'https://developers.cloudflare.com/waf/rate-limiting-rules/parameters/',
        },
      ],
    },
    '500': {
      lead: "The site's own server failed while handling the request, and Cloudflare passed its error on. Cloudflare is rarely the cause.",
      meaning:
        'Most 500s seen through Cloudflare come from the origin application, a failed database connection being a common one. ' +
        'If the error page names cloudflare or cloudflare-nginx, the fault is inside Cloudflare; a misconfigured Page Rule is one known cause.',
      causes: [
        {
          title: 'An application error at the origin',
          detail: 'Code, configuration or a database that failed at the origin.',
        },
        { title: 'A Page Rule problem', detail: 'A broken Page Rule can make Cloudflare itself answer 500.' },
      ],
      visitor: [
        {
          text: 'Reload after a short while; if it persists, tell the site owner the time and the Ray ID from the page.',
        },
      ],
      owner: [
        {
          text: 'Read the origin error logs for the time of the request; that is where nearly all of these are explained.',
        },
        {
          text: 'If the page mentions cloudflare or cloudflare-nginx, contact Cloudflare support with the domain, the time and the output of /cdn-cgi/trace from an affected browser.',
        },
      ],
      references: [{ title: 'Cloudflare: error 500', url: `${DOCS}/cloudflare-5xx-errors/error-500/` }],
    },
    '502': {
      lead: "The site's own server, or a proxy on it, reported a bad gateway to Cloudflare. The fault almost always lies behind Cloudflare.",
      meaning:
        'A 502 through Cloudflare nearly always reflects a failure at the origin: its nginx, load balancer or hosting platform could not get a good answer from the application behind it. ' +
        "When Cloudflare cannot talk to the origin at all it uses its own codes, 520 to 526, instead. Short-lived 502s on Cloudflare's side happen while traffic is moved between data centers.",
      causes: [
        {
          title: 'The application behind the origin proxy is down',
          detail: 'A crashed or restarting app server, or a full worker pool.',
        },
        {
          title: 'Broken compression at the origin',
          detail: 'The origin sends gzip content with a wrong content-length, or damaged gzip data.',
        },
        {
          title: 'Overload or network trouble at the host',
          detail: 'Excessive load, crashes or network failures at the hosting provider.',
        },
      ],
      visitor: [{ text: 'Wait a little and reload; most of these clear once the site recovers.' }],
      owner: [
        { text: "Check the origin's own proxy and application logs: the 502 was created there." },
        {
          text: 'If errors continue, try turning off compression at the origin to rule out broken gzip, then contact your host. For Cloudflare support, include the time, the URL and the output of /cdn-cgi/trace.',
        },
      ],
      references: [{ title: 'Cloudflare: error 502 or 504', url: `${DOCS}/cloudflare-5xx-errors/error-502-504/` }],
    },
    '503': {
      lead: "The site's own server is overloaded or in maintenance, or, rarely, a Cloudflare data center had a problem.",
      meaning:
        'If the error page mentions cloudflare or cloudflare-nginx, a connectivity problem inside a Cloudflare data center caused it. Otherwise the origin sent the 503, often because it is overloaded or its host rate limits requests. ' +
        'Owners may also see 503s in Cloudflare analytics that visitors never saw: failed prefetches from the Speed Brain feature.',
      causes: [
        {
          title: 'The origin is overloaded or in maintenance',
          detail: 'Too little capacity, a maintenance mode, or a host that throttles requests.',
        },
        {
          title: 'A Cloudflare data center issue',
          detail: 'Shown by cloudflare or cloudflare-nginx in the body of the error page.',
        },
      ],
      visitor: [
        { text: 'Wait a few minutes and try again; if the page names Cloudflare, the problem is usually short.' },
      ],
      owner: [
        {
          text: 'Without Cloudflare in the page, ask your host whether it rate limits or throttles your origin, and check its load.',
        },
        {
          text: 'With Cloudflare in the page, send Cloudflare support the domain, the time and /cdn-cgi/trace output from an affected browser.',
        },
      ],
      references: [{ title: 'Cloudflare: error 503', url: `${DOCS}/cloudflare-5xx-errors/error-503/` }],
    },
    '504': {
      lead: "A proxy at the site's own server timed out waiting for its application. The slow part is behind Cloudflare.",
      meaning:
        "A 504 through Cloudflare usually comes from the origin's own gateway, such as nginx in front of an app that took too long. " +
        'When Cloudflare itself gives up waiting for the origin, it answers 524 instead.',
      causes: [
        {
          title: 'A slow application',
          detail: 'Long queries, exports or calls to slow services exceed the timeout of the proxy at the origin.',
        },
        { title: 'Overload at the origin', detail: 'Requests queue until they run out of time.' },
      ],
      visitor: [
        {
          text: 'Try again later. If you started something long, such as an export, check whether it completed anyway.',
        },
      ],
      owner: [
        {
          text: "Check the origin proxy's timeout and its error log, then speed up or move long work into background jobs.",
        },
      ],
      references: [{ title: 'Cloudflare: error 502 or 504', url: `${DOCS}/cloudflare-5xx-errors/error-502-504/` }],
    },
    '520': {
      lead: "Cloudflare reached the site's own server, but what came back was empty, cut off or not valid HTTP.",
      causes: [
        {
          title: 'The origin crashed or reset the connection',
          detail: 'The web server or application died in the middle of the request.',
        },
        {
          title: 'Invalid or oversized response headers',
          detail: 'Headers that are malformed, or far too large, often from many or huge cookies.',
        },
        { title: 'An empty response', detail: 'The origin closed the connection without sending anything.' },
        {
          title: 'A firewall resets Cloudflare connections',
          detail: 'A security tool at the origin cuts connections from Cloudflare addresses.',
        },
      ],
      visitor: [{ text: 'Reload after a short while; if it continues, tell the site owner the time and the Ray ID.' }],
      owner: [
        {
          text: 'Look for crashes and resets in the origin logs at the time of the error, and compare with a request made straight to the origin.',
        },
        {
          text: 'Request the origin directly, bypassing Cloudflare, to see the raw answer.',
          snippets: [
            {
              label: 'shell',
              code: 'curl -sv --resolve www.example.com:443:203.0.113.10 https://www.example.com/ -o /dev/null',
            },
          ],
        },
      ],
      references: [{ title: 'Cloudflare: error 520', url: `${DOCS}/cloudflare-5xx-errors/error-520/` }],
    },
    '521': {
      lead: "Cloudflare tried to connect to the site's own server and was refused: the web server is down or is blocking Cloudflare.",
      causes: [
        {
          title: 'The web server is not running',
          detail: 'It stopped, crashed or did not start after an update or reboot.',
        },
        {
          title: "Cloudflare's addresses are blocked",
          detail: 'A firewall, fail2ban or a security plugin rejects Cloudflare IP ranges.',
        },
        {
          title: 'The SSL/TLS mode and the open ports do not match',
          detail:
            'Full and Full (strict) connect on port 443, Flexible on port 80; the origin listens only on the other one.',
        },
      ],
      visitor: [{ text: 'The site is unreachable behind Cloudflare; try again later or let the owner know.' }],
      owner: [
        { text: 'Make sure the web server runs and listens on the port your SSL/TLS mode uses.' },
        {
          text: 'Allow every range from https://www.cloudflare.com/ips/ through the origin firewall and security plugins.',
        },
      ],
      references: [
        { title: 'Cloudflare: error 521', url: `${DOCS}/cloudflare-5xx-errors/error-521/` },
        { title: 'Cloudflare IP ranges', url: 'https://www.cloudflare.com/ips/' },
      ],
    },
    '522': {
      lead: "Cloudflare got no reply from the site's own server in time: it is offline, overloaded or silently dropping Cloudflare.",
      causes: [
        {
          title: 'Packets from Cloudflare are dropped',
          detail: 'A firewall or DDoS filter at the host discards Cloudflare traffic without answering.',
        },
        {
          title: 'The origin is overloaded or offline',
          detail: 'It cannot accept new connections, or the machine is down.',
        },
        {
          title: 'DNS points at an old address',
          detail: 'The A or AAAA record in Cloudflare no longer matches the server.',
        },
      ],
      visitor: [{ text: 'Try again later; the problem is between Cloudflare and the site, not on your side.' }],
      owner: [
        { text: "Check the origin's load and that its firewall allows all Cloudflare ranges." },
        { text: 'Compare the DNS records in Cloudflare with the current server address.' },
      ],
      references: [{ title: 'Cloudflare: error 522', url: `${DOCS}/cloudflare-5xx-errors/error-522/` }],
    },
    '523': {
      lead: "Cloudflare found no network route to the site's own server; its address is probably wrong or its network is down.",
      causes: [
        {
          title: 'A wrong or private address in DNS',
          detail: 'A typo, an address the host no longer assigns, or a private one such as 10.x.x.x.',
        },
        { title: 'A routing problem at the host', detail: 'An outage or router mistake in the hosting network.' },
      ],
      visitor: [{ text: 'Nothing on your side will help; try again later.' }],
      owner: [{ text: 'Check the origin records in Cloudflare DNS and ask your host about routing to that address.' }],
      references: [{ title: 'Cloudflare: error 523', url: `${DOCS}/cloudflare-5xx-errors/error-523/` }],
    },
    '524': {
      lead: "Cloudflare reached the site's own server but got no answer before its read timeout, 120 seconds by default.",
      meaning:
        'The connection worked and the request was delivered, but the response did not start in time. Enterprise plans can raise the limit up to 6,000 seconds. ' +
        'A 524 also happens when a request body cannot be written to the origin within 30 seconds; that limit cannot be changed. The origin may still finish the work after you see the page.',
      causes: [
        {
          title: 'A long-running request',
          detail: 'Large exports, reports, imports or slow queries keep the origin busy past the limit.',
        },
        { title: 'An overloaded origin', detail: 'Requests wait for workers, CPU or database connections.' },
      ],
      visitor: [
        { text: 'Try again later. If you started a long task, check whether it completed before repeating it.' },
      ],
      owner: [
        { text: 'Move long work into a background job and let the page poll for the result.' },
        { text: 'Serve endpoints that legitimately take minutes from a hostname that is not proxied (DNS only).' },
      ],
      references: [
        { title: 'Cloudflare: error 524', url: `${DOCS}/cloudflare-5xx-errors/error-524/` },
        {
          title: 'Cloudflare: connection limits',
          url: 'https://developers.cloudflare.com/fundamentals/reference/connection-limits/',
        },
      ],
    },
    '525': {
      lead: "Cloudflare could not set up an encrypted connection to the site's own server; its TLS setup is at fault.",
      causes: [
        {
          title: 'No certificate or no TLS on port 443',
          detail: 'The SSL/TLS mode is Full or Full (strict) but the origin does not speak HTTPS.',
        },
        {
          title: 'No shared protocol or cipher',
          detail: 'The origin allows only old or unusual TLS versions and ciphers.',
        },
        { title: 'No SNI support', detail: 'The origin cannot choose a certificate by hostname.' },
      ],
      visitor: [{ text: 'Nothing on your side will help; the owner has to fix the server.' }],
      owner: [
        {
          text: 'Install a certificate (a Cloudflare Origin CA certificate works) and enable TLS on the origin.',
          snippets: [
            {
              label: 'nginx',
              code: 'server {\n    listen 443 ssl;\n    server_name www.example.com;\n    ssl_certificate     /etc/ssl/example.com.pem;\n    ssl_certificate_key /etc/ssl/example.com.key;\n}',
            },
          ],
        },
      ],
      references: [{ title: 'Cloudflare: error 525', url: `${DOCS}/cloudflare-5xx-errors/error-525/` }],
    },
    '526': {
      lead: "In Full (strict) mode, Cloudflare rejected the certificate of the site's own server: expired, self-signed or for another name.",
      causes: [
        { title: 'An expired certificate', detail: 'Renewal stopped working at the origin.' },
        {
          title: 'A self-signed certificate',
          detail: 'Strict mode needs a publicly trusted certificate or a Cloudflare Origin CA certificate.',
        },
        {
          title: 'A name mismatch',
          detail: 'The certificate does not cover the requested hostname, for example the www name.',
        },
      ],
      visitor: [{ text: 'Nothing on your side will help; the owner has to renew or replace the certificate.' }],
      owner: [
        { text: 'Install a valid certificate for every proxied hostname, or an Origin CA certificate, on the origin.' },
      ],
      references: [{ title: 'Cloudflare: error 526', url: `${DOCS}/cloudflare-5xx-errors/error-526/` }],
    },
    '527': {
      lead: 'An old Cloudflare error from Railgun, a product retired in January 2024. A 527 today points to a leftover setup.',
      causes: [
        {
          title: 'A leftover Railgun configuration',
          detail:
            'The link between Cloudflare and the rg-listener program near the origin failed; the service no longer exists.',
        },
      ],
      owner: [{ text: 'Remove any remaining Railgun configuration from the zone or your hosting panel.' }],
      references: [
        {
          title: 'Cloudflare: Railgun execution',
          url: 'https://developers.cloudflare.com/railgun/user-guide/railgun-execution/',
        },
      ],
    },
    '530': {
      lead: "Cloudflare could not resolve where the site's own server is. The 1xxx number on the page gives the reason.",
      causes: [
        {
          title: 'Origin DNS error (1016)',
          detail: 'A record points at a hostname that does not resolve, such as a deleted app at another host.',
        },
        {
          title: 'Cloudflare Tunnel is down (1033)',
          detail: 'The hostname routes to a tunnel whose cloudflared connector is not running.',
        },
      ],
      visitor: [{ text: 'Nothing on your side will help; tell the owner the error number shown on the page.' }],
      owner: [
        {
          text: 'Fix the DNS target of the record, or start the cloudflared connector and check that it can reach Cloudflare.',
        },
      ],
      references: [
        { title: 'Cloudflare: error 530', url: `${DOCS}/cloudflare-5xx-errors/error-530/` },
        { title: 'Cloudflare: error 1016', url: `${DOCS}/cloudflare-1xxx-errors/error-1016/` },
        { title: 'Cloudflare: error 1033', url: `${DOCS}/cloudflare-1xxx-errors/error-1033/` },
      ],
    },
    '5xx': {
      lead: "A server error seen through Cloudflare. Codes 520 to 530 are Cloudflare's own; others usually come from the site's server.",
      owner: [
        { text: 'Start with the origin logs at the time of the error, and search Cloudflare analytics by Ray ID.' },
      ],
      references: [{ title: 'Cloudflare: 5xx errors', url: `${DOCS}/cloudflare-5xx-errors/` }],
    },
  },
});
