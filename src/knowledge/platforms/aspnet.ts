import { defineOverlay } from './types';

const CORE = 'https://learn.microsoft.com/en-us/aspnet/core';

export default defineOverlay({
  platform: 'aspnet',
  name: 'ASP.NET',
  about: "Microsoft's web framework for .NET, in its classic form (.NET Framework, on IIS) and as ASP.NET Core.",
  support:
    'ASP.NET hides error details from visitors by default; the site owner finds them in the application logs or the Windows event log at the time of the request.',
  codes: {
    '500': {
      lead: 'The ASP.NET application threw an error while handling the request. Details are hidden from visitors on purpose.',
      meaning:
        'Classic ASP.NET shows the full error only to requests from the server itself unless customErrors is changed (mode RemoteOnly is the default); others get a generic "Runtime Error" page. ' +
        'ASP.NET Core shows its developer exception page only when the environment (ASPNETCORE_ENVIRONMENT) is Development; in production the response is a bare 500 or the page set up with UseExceptionHandler.',
      causes: [
        { title: 'An unhandled exception', detail: 'A bug, a null value, or a failed database or service call.' },
        {
          title: 'Configuration missing in production',
          detail: 'A connection string, secret or setting that exists only on developer machines.',
        },
        {
          title: 'Harmful-looking input (classic ASP.NET)',
          detail:
            'Request validation rejects form or query values that contain markup, and the rejection surfaces as a 500.',
        },
      ],
      visitor: [{ text: 'Reload later; if it keeps failing, tell the site what you did and the time.' }],
      owner: [
        {
          text: 'Read the logs for the stack trace; never show detailed errors to the public, as they reveal code and configuration.',
        },
        {
          text: 'In ASP.NET Core, add an exception handler for production and log every failure.',
          snippets: [
            {
              label: 'ASP.NET Core (Program.cs)',
              code: 'var app = builder.Build();\n\nif (!app.Environment.IsDevelopment())\n{\n    app.UseExceptionHandler("/Error");\n}',
            },
          ],
        },
      ],
      references: [
        { title: 'ASP.NET Core: handle errors', url: `${CORE}/fundamentals/error-handling` },
        { title: 'ASP.NET Core: environments', url: `${CORE}/fundamentals/environments` },
        {
          title: '.NET API: CustomErrorsMode',
          url: 'https://learn.microsoft.com/en-us/dotnet/api/system.web.configuration.customerrorsmode',
        },
      ],
    },
    '400': {
      lead: 'ASP.NET rejected the request before running the page: a failed anti-forgery check, or characters it refuses in the URL.',
      causes: [
        {
          title: 'The anti-forgery token failed',
          detail:
            'ASP.NET Core answers 400 when a form post has a missing, stale or mismatched token, often after the session or its cookie expired, or when the page was open for a long time.',
        },
        {
          title: 'A dangerous-looking URL (classic ASP.NET)',
          detail:
            'Characters such as less-than, greater-than, asterisk, percent, ampersand or colon in the path give "A potentially dangerous Request.Path value was detected".',
        },
      ],
      visitor: [
        { text: 'Reload the form page to get a fresh token, then submit again.' },
        { text: "If that fails, clear this site's cookies and sign in again." },
      ],
      owner: [
        {
          text: 'Make sure forms include the token and that antiforgery cookies survive your domain, HTTPS and load-balancer setup (shared data protection keys across servers).',
        },
      ],
      references: [
        { title: 'ASP.NET Core: prevent cross-site request forgery', url: `${CORE}/security/anti-request-forgery` },
      ],
    },
    '413': {
      lead: 'The upload is larger than ASP.NET Core accepts; the default request body limit is 30,000,000 bytes (about 28.6 MB).',
      visitor: [{ text: 'Try a smaller file, or compress it before uploading.' }],
      owner: [
        {
          text: 'Raise the limit for the endpoints that take uploads, and the matching IIS limit when hosted there.',
          snippets: [
            {
              label: 'ASP.NET Core',
              code: '[HttpPost]\n[RequestSizeLimit(104_857_600)]\npublic IActionResult Upload(IFormFile file) => Ok();',
            },
          ],
        },
      ],
      references: [{ title: 'ASP.NET Core: Kestrel limits', url: `${CORE}/fundamentals/servers/kestrel/options` }],
    },
  },
});
