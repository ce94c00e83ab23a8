import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_TOO_MANY_REDIRECTS',
  kind: 'network',
  title: 'Too many redirects (redirect loop)',
  aliases: [
    'ERR_TOO_MANY_REDIRECTS',
    'Redirect loop',
    'redirected you too many times',
    "The page isn't redirecting properly",
  ],
  summary: 'The site kept sending the browser on to another address, round in a circle, until the browser gave up.',
  meaning:
    'Each answer told the browser to go somewhere else instead, and after 20 redirects in a row without reaching a real page the browser stopped. ' +
    'Nearly always the redirects form a loop: address A sends you to B, and B sends you back to A. ' +
    'The server is up and answering; it just never gets as far as serving the page. ' +
    'It says nothing about whether the page itself exists.',
  contrasts: [
    {
      id: 'net::ERR_INVALID_REDIRECT',
      text: 'An invalid redirect fails on the first hop because its target cannot be read; a loop is made of redirects that are each valid but never end.',
    },
    {
      id: 'net::ERR_UNSAFE_REDIRECT',
      text: 'An unsafe redirect is stopped because of where it points; a loop is stopped because of how many hops it takes.',
    },
    {
      id: '508',
      text: '508 Loop Detected is a server noticing a loop in its own processing and answering with an error; this error is the browser counting redirects.',
    },
  ],
  causes: [
    {
      title: 'HTTP and HTTPS rules fight each other',
      detail:
        'A CDN or proxy such as Cloudflare in Flexible SSL mode fetches the site over plain HTTP. The server redirects that to HTTPS, the visitor comes back through the CDN, which fetches over HTTP again, and the circle never ends.',
    },
    {
      title: 'A sign-in loop built on cookies',
      detail:
        'The login page sends you to your account, which does not see a valid session cookie and sends you back to login. A cookie that is blocked, expired, set for the wrong domain or path, or marked Secure on a plain HTTP page causes this.',
    },
    {
      title: 'www and non-www rules disagree',
      detail:
        'One rule sends example.com to www.example.com while another, at the host, the CDN or in the app, sends www back to the bare domain.',
    },
    {
      title: 'Rules that undo each other',
      detail: 'One rule adds a trailing slash, a language prefix or a query parameter and another removes it again.',
    },
    {
      title: 'A stale cached redirect',
      detail:
        'The browser remembers an old permanent (301 or 308) redirect that now points at an address which redirects back.',
    },
  ],
  visitor: {
    steps: [
      {
        text: "Clear the cookies and site data for this site only (from the icon to the left of the address bar, or the browser's privacy settings), then reload.",
      },
      {
        text: 'Open the page in a private window. If it works there, a cookie, a cached redirect or an extension is the cause.',
      },
      { text: 'Turn off any extension that forces HTTPS or rewrites addresses for this site, then try again.' },
      { text: 'If it still loops, tell the site owner; the fix is on their side.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Follow the chain and read each Location header to see where the loop closes.',
        snippets: [{ label: 'Shell', code: "curl -sIL https://example.com/ | grep -iE '^(HTTP|location)'" }],
      },
      {
        text: 'Behind Cloudflare, set the SSL/TLS encryption mode to Full (strict) once the origin has a valid certificate, instead of Flexible.',
      },
      {
        text: 'Behind any proxy or load balancer that ends HTTPS, decide the HTTPS redirect from the X-Forwarded-Proto header it sends, not from the connection the server itself sees.',
        snippets: [
          {
            label: 'nginx (server block behind a TLS proxy)',
            code: 'if ($http_x_forwarded_proto = "http") {\n    return 301 https://$host$request_uri;\n}',
          },
          {
            label: 'Apache (.htaccess)',
            code: 'RewriteEngine On\nRewriteCond %{HTTP:X-Forwarded-Proto} =http\nRewriteRule ^ https://%{HTTP_HOST}%{REQUEST_URI} [R=301,L]',
          },
          {
            label: 'Express',
            code: "app.set('trust proxy', 1);\napp.use((req, res, next) => {\n  if (req.secure) return next();\n  res.redirect(301, `https://${req.headers.host}${req.originalUrl}`);\n});",
          },
        ],
      },
      {
        text: 'For sign-in loops, check that the session cookie is set for the domain and path the protected pages use, and that a Secure cookie is only expected over HTTPS.',
      },
      {
        text: 'Keep www, HTTPS and trailing-slash rules in one layer (app, server or CDN) and remove the duplicates elsewhere.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: "Reloading loops again until the redirect rules, or this browser's cookies for the site, change.",
  },
  related: ['net::ERR_INVALID_REDIRECT', 'net::ERR_UNSAFE_REDIRECT', '508'],
  faq: [
    {
      q: 'Why does clearing cookies sometimes fix it?',
      a: "Many loops depend on a cookie: an old session, a language or region choice, or a consent flag the server keeps reacting to. Removing the site's cookies gives it a clean start. If the loop comes straight back, the cause is on the server.",
    },
    {
      q: 'Why does the site work for others but loop for me?',
      a: 'Your browser may hold a cookie or a remembered permanent redirect that others do not have, or an extension may be rewriting the address. A private window tells these apart.',
    },
    {
      q: 'How many redirects are too many?',
      a: 'Chrome and Firefox both stop after 20 in a row (in Firefox that is the default of network.http.redirection-limit). A healthy site needs one or two at most.',
    },
  ],
  references: [
    { title: 'RFC 9110, section 15.4: Redirection 3xx', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4' },
    {
      title: 'Cloudflare: ERR_TOO_MANY_REDIRECTS',
      url: 'https://developers.cloudflare.com/ssl/troubleshooting/too-many-redirects/',
    },
    {
      title: 'Chromium net_error_list.h',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
  ],
});
