import { defineEntry } from '../types';

export default defineEntry({
  id: '401',
  kind: 'client-error',
  title: '401 Unauthorized',
  aliases: ['Unauthorized', 'Authorization Required', 'Authentication required', 'Login required'],
  summary: 'The server wants to know who you are first: you are not signed in, or your sign-in was not accepted.',
  meaning:
    'Despite its name, 401 is about identity, not permission. The request arrived without valid credentials: no sign-in, an expired session, or a wrong password, key or token. ' +
    'The server must say how to sign in with a WWW-Authenticate header. For Basic sign-in, that header is what makes the browser show its own user name and password box. ' +
    'Sending valid credentials and trying again is expected to work.',
  contrasts: [
    {
      id: '403',
      text: '401 means the server does not know who you are yet, so signing in can fix it. 403 means it will not serve you, signed in or not; signing in again does not help.',
    },
    {
      id: '407',
      text: "407 comes from a proxy between you and the site and asks for the proxy's password (Proxy-Authenticate); 401 comes from the site itself (WWW-Authenticate).",
    },
    {
      id: '419',
      text: "Laravel sites answer 419 when a form's security token or session expired; it calls for a reload, not a fresh password.",
    },
  ],
  causes: [
    {
      title: 'Your session expired or you were signed out',
      detail:
        'The login cookie or token timed out, was revoked (a password change, signing out elsewhere), or was cleared by the browser.',
    },
    {
      title: 'The credentials are wrong or missing',
      detail:
        'A mistyped password in a sign-in box, an API key or token that is wrong, expired or for another environment, or a script that forgot to send the Authorization header.',
    },
    {
      title: 'The login cookie is not sent with the request',
      detail:
        "When a page on one site calls another site, the browser sends the other site's login cookie only if the call asks for it (credentials: 'include' in fetch) and the cookie allows it: Chrome treats a cookie without a SameSite attribute as Lax and holds it back, so it needs SameSite=None and Secure. Third-party cookie blocking can still stop it. Cookies set for another subdomain or path are not sent either.",
    },
    {
      title: 'A CORS preflight hits the sign-in check',
      detail:
        'Before some cross-origin calls the browser sends an OPTIONS request without credentials. If the server demands a login for it, the preflight gets 401 and the real call never happens.',
    },
    {
      title: 'A private area protected with a password',
      detail:
        'Staging sites and admin pages are often behind Basic authentication; a 401 there is expected until you enter the password.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'Sign in again. If you were already signed in, sign out, then back in, to get a fresh session.',
      },
      {
        text: 'If the browser shows its own password box, check the user name and password with whoever gave you access. Cancel leaves you on the 401 page.',
      },
      {
        text: "If you are signed out again and again, clear this site's cookies, then check that your device's date and time are correct: a clock far off can make fresh login cookies look expired.",
      },
      {
        text: 'If you use several accounts, make sure you are signed in to the one that has access, or use a private window for the other.',
      },
      {
        text: 'If nothing helps, contact the site: its sign-in may be broken.',
      },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Find out which credential failed: was an Authorization header or session cookie present, and why was it rejected (expired, bad signature, unknown user)? Log the reason, never the secret.',
      },
      {
        text: 'Send a WWW-Authenticate header with every 401. Browsers show their own sign-in box only for schemes they handle themselves (Basic, Digest, NTLM, Negotiate), so an API that uses Bearer avoids the pop-up.',
        snippets: [
          {
            label: 'Express',
            code: "res\n  .set('WWW-Authenticate', 'Bearer realm=\"api\", error=\"invalid_token\"')\n  .status(401)\n  .json({ error: 'Your session has expired. Please sign in again.' });",
          },
        ],
      },
      {
        text: 'Answer CORS preflight (OPTIONS) requests before the sign-in check.',
        snippets: [
          {
            label: 'Express (cors package)',
            code: "const cors = require('cors');\n\napp.use(cors({ origin: 'https://app.example.com', credentials: true }));\napp.use('/api', requireAuth); // after cors, so preflights are answered first",
          },
        ],
      },
      {
        text: "For cross-site requests that rely on a cookie, set it with SameSite=None and Secure, and have the front end use credentials: 'include'.",
      },
      {
        text: 'For pages, send signed-out visitors to the login page and back, and refresh tokens before they expire rather than letting requests fail.',
      },
      {
        text: 'To protect a private area with a password on purpose:',
        snippets: [
          {
            label: 'nginx',
            code: 'location /admin/ {\n    auth_basic "Admin area";\n    auth_basic_user_file /etc/nginx/.htpasswd;\n}',
          },
          {
            label: 'Apache (.htaccess)',
            code: 'AuthType Basic\nAuthName "Admin area"\nAuthUserFile /etc/apache2/.htpasswd\nRequire valid-user',
          },
        ],
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'Retry once you have signed in or fixed the credentials; the same request will keep failing.',
  },
  related: ['403', '407', '419', '440', '511', 'generic-4xx'],
  faq: [
    {
      q: 'What is the difference between 401 and 403?',
      a: '401: the site does not know who you are, so sign in. 403: the site knows or does not care who you are, and still says no. Only a 401 is fixed by signing in.',
    },
    {
      q: 'Why do I keep getting logged out?',
      a: 'Your login cookie is not surviving. Common reasons are a browser setting or extension that clears cookies, blocked third-party cookies when the login lives on another domain, or a wrong device clock.',
    },
    {
      q: 'Why does the browser show a plain user name and password box?',
      a: 'The site asked for HTTP authentication, most often Basic, the simplest sign-in built into browsers. It is common for staging sites and routers, and company intranets may use NTLM or Negotiate the same way. Your details come from whoever runs that site, not from your usual account.',
    },
  ],
  references: [
    {
      title: 'RFC 9110, section 15.5.2: 401 Unauthorized',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2',
    },
    {
      title: 'RFC 9110, section 11.6.1: WWW-Authenticate',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-11.6.1',
    },
    {
      title: 'MDN: 401 Unauthorized',
      url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/401',
    },
    {
      title: 'RFC 6750, section 3: the Bearer WWW-Authenticate challenge',
      url: 'https://www.rfc-editor.org/rfc/rfc6750#section-3',
    },
  ],
});
