import { defineEntry } from '../types';

export default defineEntry({
  id: '419',
  kind: 'client-error',
  title: '419 Page Expired (Laravel)',
  aliases: ['Page Expired', 'CSRF token mismatch', 'Laravel 419'],
  summary:
    'A Laravel site refused a form because its security token had expired. Reload the page and send the form again.',
  meaning:
    'This is not a standard HTTP code. Laravel, a PHP framework, sends it when a form or script posts data without a valid CSRF token, a hidden value that proves the request came from a page the site itself served. ' +
    'Most often the session the token belongs to has ended, for example because the page stayed open for hours. ' +
    'It does not mean your password or your data were wrong, only that the form was out of date.',
  contrasts: [
    {
      id: '401',
      text: '401 means the request lacks valid credentials. A 419 can happen while you are signed in, because the form token no longer matches the session.',
    },
    {
      id: '403',
      text: 'Other frameworks, such as Django, answer a failed CSRF check with 403. Laravel uses 419 so this case can be told apart from other refusals.',
    },
    {
      id: '440',
      text: '440 is a similar "your session ended" answer from Microsoft Exchange and IIS. 419 comes from Laravel applications.',
    },
  ],
  causes: [
    {
      title: 'The page was open too long',
      detail:
        'Laravel sessions end after a period without activity, 120 minutes by default. A form in an old tab still carries the token of the expired session.',
    },
    {
      title: 'The session cookie is not kept',
      detail:
        'Blocked cookies, a cookie domain that does not match the site, or a cookie marked secure on a plain http:// page make the site start a new session on every request, so no token ever matches.',
    },
    {
      title: 'The form or script does not send the token',
      detail:
        'A form without @csrf, or a fetch or axios call without the X-CSRF-TOKEN or X-XSRF-TOKEN header, always fails.',
    },
    {
      title: 'A cached page carries an old token',
      detail:
        "Full-page caching in a CDN or plugin hands the same stored token to every visitor, and it matches nobody's session.",
    },
    {
      title: 'Sessions were lost on the server',
      detail:
        'Changing APP_KEY, clearing the session store, or running several servers with file-based sessions that are not shared makes existing sessions disappear.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Copy anything long you typed before doing anything else, so you do not lose it.' },
      { text: 'Reload the page to get a fresh token, fill in the form again and send it.' },
      {
        text: 'If it happens on every try, make sure cookies are allowed for this site, or clear its cookies and sign in again.',
      },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Include the token in every form that posts to a web route.',
        snippets: [
          {
            label: 'Blade',
            code: '<form method="POST" action="/profile">\n    @csrf\n    <button type="submit">Save</button>\n</form>',
          },
        ],
      },
      {
        text: 'For JavaScript requests, expose the token in the page and send it as a header. Axios set up by Laravel sends X-XSRF-TOKEN from the cookie automatically.',
        snippets: [
          { label: 'Blade (layout head)', code: '<meta name="csrf-token" content="{{ csrf_token() }}">' },
          {
            label: 'JavaScript (fetch)',
            code: "fetch('/profile', {\n  method: 'POST',\n  headers: {\n    'X-CSRF-TOKEN': document.querySelector('meta[name=\"csrf-token\"]').content,\n  },\n  body: new FormData(document.querySelector('form')),\n});",
          },
        ],
      },
      {
        text: 'Check the session settings: a lifetime long enough for your forms, a cookie domain that matches the site, secure cookies only on HTTPS, and a shared session store when there are several servers.',
        snippets: [
          {
            label: '.env',
            code: 'SESSION_DRIVER=redis\nSESSION_LIFETIME=120\nSESSION_DOMAIN=.example.com\nSESSION_SECURE_COOKIE=true',
          },
        ],
      },
      { text: 'Do not cache pages that contain forms in a CDN or full-page cache.' },
      {
        text: 'Exclude only routes that other services call, such as payment webhooks, from CSRF checks.',
        snippets: [
          {
            label: 'Laravel 11+ (bootstrap/app.php)',
            code: "->withMiddleware(function (Middleware $middleware) {\n    $middleware->validateCsrfTokens(except: [\n        'stripe/*',\n    ]);\n})",
          },
          {
            label: 'Laravel 10 and earlier (VerifyCsrfToken.php)',
            code: "protected $except = [\n    'stripe/*',\n];",
          },
        ],
      },
      {
        text: 'Add a resources/views/errors/419.blade.php view that tells people to reload and try again, instead of the bare default page.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'Sending the same old form fails again; reload the page first so it carries a fresh token.',
  },
  related: ['401', '403', '440', '400'],
  faq: [
    {
      q: 'Will I lose what I typed?',
      a: 'Often yes, because reloading clears the form. Copy long text before you reload.',
    },
    {
      q: 'Why does it happen only after I leave the tab open?',
      a: 'The site ends idle sessions after a while. The form kept the token of the old session, so the site no longer accepts it.',
    },
  ],
  references: [
    { title: 'Laravel documentation: CSRF protection', url: 'https://laravel.com/docs/csrf' },
    { title: 'Laravel documentation: HTTP session', url: 'https://laravel.com/docs/session' },
  ],
});
