import { defineOverlay } from './types';

const STATUS_CODES = {
  title: 'Microsoft: HTTP status codes in IIS',
  url: 'https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/www-administration-management/http-status-code',
};
const CORE_IIS = {
  title: 'ASP.NET Core: troubleshoot on Azure App Service and IIS',
  url: 'https://learn.microsoft.com/en-us/aspnet/core/test/troubleshoot-azure-iis',
};

export default defineOverlay({
  platform: 'iis',
  name: 'Microsoft IIS',
  about: "Microsoft's web server for Windows, which hosts ASP.NET sites and other applications.",
  support:
    'IIS records a sub-status and a Windows error code for each request in its logs (the sc-substatus and sc-win32-status fields, under C:\\inetpub\\logs\\LogFiles by default); the site owner can read the exact reason there.',
  codes: {
    '401': {
      lead: 'IIS did not accept your sign-in for this page; the sub-status in its logs (401.1, 401.2, ...) says why.',
      meaning:
        'Browsers only see 401, but IIS keeps a more precise sub-status: 401.1 means the logon failed (wrong user name or password), 401.2 that it failed because of the server configuration (no authentication method the browser can use is enabled), 401.3 that file permissions deny the account.',
      causes: [
        { title: 'Wrong or expired credentials', detail: 'The user name, password or domain is not accepted (401.1).' },
        {
          title: 'No usable authentication method',
          detail:
            'Anonymous access is off and Windows or Basic authentication is not enabled, or the browser will not offer it (401.2).',
        },
        { title: 'File permissions for the account', detail: 'The signed-in account may not read the file (401.3).' },
      ],
      visitor: [
        { text: 'Sign in again with the right account; on company sites include the domain if asked.' },
        {
          text: 'If no sign-in prompt appears at all, tell the site owner; the server may not offer a method your browser supports.',
        },
      ],
      owner: [
        {
          text: 'Read sc-substatus in the IIS log, then check the Authentication settings of the site and the file permissions (ACLs).',
        },
      ],
      references: [STATUS_CODES],
    },
    '403': {
      lead: 'IIS refused to serve this path; the sub-status says why, for example 403.14 when directory listing is denied.',
      causes: [
        {
          title: 'No default document (403.14)',
          detail: 'A folder was requested, it has no default document, and directory browsing is off.',
        },
        { title: 'HTTPS required (403.4)', detail: 'The site requires SSL and the request used plain HTTP.' },
        { title: 'Address restrictions', detail: 'IP address and domain restrictions deny the client.' },
      ],
      visitor: [{ text: 'Check the address, and use https:// if the site offers it.' }],
      owner: [
        {
          text: 'Add a default document, or make sure the application handles the folder URL.',
          snippets: [
            {
              label: 'web.config',
              code: '<configuration>\n  <system.webServer>\n    <defaultDocument>\n      <files>\n        <add value="index.html" />\n      </files>\n    </defaultDocument>\n  </system.webServer>\n</configuration>',
            },
          ],
        },
      ],
      references: [
        STATUS_CODES,
        {
          title: 'IIS: default document',
          url: 'https://learn.microsoft.com/en-us/iis/configuration/system.webserver/defaultdocument/',
        },
      ],
    },
    '404': {
      lead: 'IIS did not serve this path. The sub-status tells a missing file (404.0) from one that request filtering blocked.',
      causes: [
        { title: 'The file is missing (404.0)', detail: 'Nothing exists at this path.' },
        {
          title: 'No MIME type for the extension (404.3)',
          detail:
            'IIS serves static files only for extensions it has a MIME type for, such as .json or .webmanifest on older setups.',
        },
        {
          title: 'The upload is too large (404.13)',
          detail:
            'Request filtering refuses bodies over maxAllowedContentLength, 30,000,000 bytes (about 28.6 MB) by default.',
        },
        {
          title: 'Other request filtering rules',
          detail: 'Denied extensions (404.7), hidden segments such as bin (404.8) or double escaping (404.11).',
        },
      ],
      visitor: [{ text: 'Check the address; if an upload failed this way, try a smaller file.' }],
      owner: [
        {
          text: 'Add the MIME type, removing it first so it never appears twice (a duplicate causes error 500.19).',
          snippets: [
            {
              label: 'web.config',
              code: '<configuration>\n  <system.webServer>\n    <staticContent>\n      <remove fileExtension=".webmanifest" />\n      <mimeMap fileExtension=".webmanifest" mimeType="application/manifest+json" />\n    </staticContent>\n  </system.webServer>\n</configuration>',
            },
          ],
        },
        {
          text: 'Raise the request size limit, in bytes, for sites that accept uploads.',
          snippets: [
            {
              label: 'web.config',
              code: '<configuration>\n  <system.webServer>\n    <security>\n      <requestFiltering>\n        <requestLimits maxAllowedContentLength="104857600" />\n      </requestFiltering>\n    </security>\n  </system.webServer>\n</configuration>',
            },
          ],
        },
      ],
      references: [
        STATUS_CODES,
        {
          title: 'IIS: request limits',
          url: 'https://learn.microsoft.com/en-us/iis/configuration/system.webserver/security/requestfiltering/requestlimits/',
        },
        {
          title: 'IIS: MIME maps',
          url: 'https://learn.microsoft.com/en-us/iis/configuration/system.webserver/staticcontent/mimemap',
        },
      ],
    },
    '500': {
      lead: 'IIS or the application failed. The sub-status matters: 500.19 is a bad configuration, 500.30 an ASP.NET Core app that did not start.',
      causes: [
        {
          title: 'Invalid configuration (500.19)',
          detail:
            'web.config is malformed, uses a section from a module that is not installed (URL Rewrite, the ASP.NET Core Module), or sets a locked section.',
        },
        {
          title: 'ASP.NET Core failed to start (500.30)',
          detail: 'The in-process app threw during startup, for example on a missing setting or connection string.',
        },
        {
          title: 'The .NET runtime is missing (500.31)',
          detail: 'The server lacks the runtime version the app needs; the Hosting Bundle installs it.',
        },
        { title: 'An application exception', detail: 'The code failed while handling this request.' },
      ],
      visitor: [{ text: 'Reload later; if it persists, tell the site the time.' }],
      owner: [
        {
          text: 'Open the page on the server itself to see the detailed error, or read the sub-status in the IIS log and the Windows Application event log.',
        },
        {
          text: 'For ASP.NET Core startup failures, turn on stdout logging for a moment to capture the exception.',
          snippets: [
            {
              label: 'web.config',
              code: '<configuration>\n  <system.webServer>\n    <aspNetCore processPath="dotnet"\n                arguments=".\\MyApp.dll"\n                stdoutLogEnabled="true"\n                stdoutLogFile=".\\logs\\stdout"\n                hostingModel="inprocess" />\n  </system.webServer>\n</configuration>',
            },
          ],
        },
      ],
      references: [STATUS_CODES, CORE_IIS],
    },
    '502': {
      lead: 'IIS acted as a gateway and the process behind it failed: 502.5 is an ASP.NET Core app that could not start.',
      causes: [
        { title: 'Process failure (502.5)', detail: 'An out-of-process ASP.NET Core app crashed or could not start.' },
        {
          title: 'A reverse proxy error (502.3)',
          detail: 'With Application Request Routing, the backend failed or timed out.',
        },
      ],
      visitor: [{ text: 'Try again in a minute.' }],
      owner: [{ text: 'Check the Windows Application event log and the stdout log of the app for the startup error.' }],
      references: [CORE_IIS],
    },
    '503': {
      lead: 'IIS is not running this site right now: its application pool is stopped, or the app is offline on purpose.',
      causes: [
        {
          title: 'The application pool stopped',
          detail:
            'Rapid-fail protection stops a pool whose worker crashes 5 times within 5 minutes; a wrong pool identity password stops it too.',
        },
        {
          title: 'app_offline.htm is present',
          detail: 'ASP.NET Core deploys put this file in place to take the app offline during updates.',
        },
        { title: 'The request queue is full', detail: 'The pool cannot keep up, and HTTP.sys turns requests away.' },
      ],
      visitor: [{ text: 'Try again in a few minutes.' }],
      owner: [
        { text: 'Find out why the pool stopped in the System and Application event logs before starting it again.' },
        {
          text: 'Start the pool once the cause is fixed.',
          snippets: [
            { label: 'PowerShell', code: 'Import-Module WebAdministration\nStart-WebAppPool -Name "MyAppPool"' },
          ],
        },
        { text: 'Remove a leftover app_offline.htm after a failed deploy.' },
      ],
      references: [
        STATUS_CODES,
        {
          title: 'ASP.NET Core: app_offline.htm',
          url: 'https://learn.microsoft.com/en-us/aspnet/core/host-and-deploy/app-offline',
        },
      ],
    },
  },
});
