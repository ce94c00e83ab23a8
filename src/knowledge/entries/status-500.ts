import { defineEntry } from '../types';

export default defineEntry({
  id: '500',
  kind: 'server-error',
  title: '500 Internal Server Error',
  aliases: ['Internal Server Error', 'Server error', 'HTTP 500'],
  summary:
    'Something broke inside the website while it handled your request. The fault is on the site, not on your side.',
  meaning:
    'The server took the request and started on it, then failed with an error it had no way to handle. ' +
    'It is the catch-all answer when nothing more specific fits, so on its own it says almost nothing about what went wrong. ' +
    'The real reason is written in the server logs, which only the people running the site can read.',
  contrasts: [
    {
      id: '502',
      text: '502 comes from a proxy or gateway that got a broken answer, or none, from the server behind it; 500 usually comes from the application that failed.',
    },
    {
      id: '503',
      text: '503 is a deliberate "not right now" for overload or maintenance and is expected to pass; 500 is an unplanned failure that may repeat until it is fixed.',
    },
    {
      id: '520',
      text: "520 is Cloudflare's wrapper for an origin answer it could not make sense of; a 500 that passes through Cloudflare keeps its own code.",
    },
  ],
  causes: [
    {
      title: 'A bug in the application code',
      detail:
        'An unhandled exception, a PHP fatal error or a null value nobody expected stops the code halfway, and the framework answers 500.',
    },
    {
      title: 'A broken server configuration',
      detail:
        'A syntax error in .htaccess or web.config, or a directive for a module that is not installed, makes Apache or IIS fail every request in that folder.',
    },
    {
      title: 'A dependency the code relies on is failing',
      detail:
        'The database is down or refuses the login, a cache or queue is unreachable, or an API the page calls returns something the code cannot handle.',
    },
    {
      title: 'A bad deployment',
      detail:
        'Missing packages, a missing environment variable or secret, a database migration that did not run, or files deployed only in part.',
    },
    {
      title: 'The server ran out of something',
      detail:
        'A full disk, exhausted memory or a wrong file permission can make writes or includes fail and end in a 500.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Reload the page once. If the fault was momentary, it may work now.' },
      {
        text: 'If you were sending a form or a payment, check whether it went through before you send it again, for example in your account or your email.',
      },
      { text: 'Come back in a few minutes; site owners are often already alerted to these errors.' },
      {
        text: 'If it keeps happening, tell the site what you were doing, the time, and the address. That helps them find the entry in their logs.',
      },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Read the error log at the exact time of the request. The stack trace or error line there names the cause; the 500 page deliberately hides it.',
      },
      {
        text: 'For Apache, a 500 right after editing .htaccess usually means a typo or a directive from a module that is not loaded. The error log names the line.',
      },
      {
        text: 'For IIS, note the sub-status in the detailed error or the log: 500.19 points at an invalid or unreadable web.config, and 500.30 at an ASP.NET Core app that failed to start. Turn on the module log to see why.',
        snippets: [
          {
            label: 'IIS web.config (ASP.NET Core)',
            code: '<aspNetCore processPath="dotnet"\n            arguments=".\\MyApp.dll"\n            stdoutLogEnabled="true"\n            stdoutLogFile=".\\logs\\stdout" />',
          },
        ],
      },
      {
        text: 'Catch errors in one place so every failure is logged with its request and the visitor gets a plain error page instead of a stack trace.',
        snippets: [
          {
            label: 'Express',
            code: "app.use((err, req, res, next) => {\n  console.error(req.method, req.originalUrl, err);\n  res.status(500).send('Something went wrong on our side.');\n});",
          },
        ],
      },
      {
        text: 'If the errors began with a release, roll back first and investigate afterwards. Check that migrations ran and that all environment variables exist.',
      },
    ],
  },
  retry: {
    advice: 'after-delay',
    note: 'A passing fault may clear within minutes; a bug in the code fails the same way until the site fixes it.',
  },
  related: ['502', '503', '504', '520', 'generic-5xx'],
  faq: [
    {
      q: 'Did I do something wrong?',
      a: 'Almost never. A 500 means the site failed while handling a normal request. Reloading or coming back later is all you can do from your side.',
    },
    {
      q: 'Why does the page not say what went wrong?',
      a: 'Sites hide the details on purpose, because error messages can reveal code, file paths or passwords. The full error is in the server log.',
    },
    {
      q: 'Why does only one page or button fail while the rest of the site works?',
      a: 'The bug or the failing dependency is in the code behind that page. Other pages use different code and keep working.',
    },
  ],
  references: [
    {
      title: 'RFC 9110, section 15.6.1: 500 Internal Server Error',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1',
    },
    { title: 'MDN: 500 Internal Server Error', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/500' },
    {
      title: 'Microsoft Learn: troubleshoot ASP.NET Core on Azure App Service and IIS',
      url: 'https://learn.microsoft.com/en-us/aspnet/core/test/troubleshoot-azure-iis',
    },
  ],
});
