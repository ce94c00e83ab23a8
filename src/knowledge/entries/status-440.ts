import { defineEntry } from '../types';

export default defineEntry({
  id: '440',
  kind: 'client-error',
  title: '440 Login Time-out (Microsoft Exchange / IIS)',
  aliases: ['Login Time-out', 'Login Timeout', '440 Login Timeout'],
  summary:
    'Your sign-in on a Microsoft web app, usually Outlook on the web, has expired or was not accepted. Sign in again.',
  meaning:
    'This is not a standard HTTP code. Microsoft Exchange uses it for Outlook on the web (formerly Outlook Web Access) with forms-based sign-in: the server answers 440 when the sign-in cookie is missing or has expired, and the browser must go through the login page again. ' +
    'After a long idle period that is expected. If it appears right after a fresh sign-in, or loops, the cause is usually on the server, in its IIS authentication or permission settings.',
  contrasts: [
    {
      id: '401',
      text: '401 is the standard challenge for credentials. 440 is Exchange saying the forms-based sign-in session has run out or was not recognised.',
    },
    {
      id: '419',
      text: '419 is the similar "page expired" answer from Laravel applications. 440 comes from Microsoft Exchange and IIS.',
    },
    {
      id: '403',
      text: '403 means the server knows who you are and refuses access. 440 asks you to sign in again first.',
    },
  ],
  causes: [
    {
      title: 'The session timed out',
      detail:
        'Outlook on the web signs out sessions that have been idle for a set time, and the next request gets 440.',
    },
    {
      title: 'The sign-in cookie was not kept',
      detail:
        'Blocked cookies, an extension or setting that clears cookies, or a proxy that rewrites them means the server never sees a valid session.',
    },
    {
      title: 'IIS authentication or permissions are misconfigured',
      detail:
        'Wrong authentication or permission settings in IIS, or on the Outlook web virtual directories, can make the server answer 440 even right after a sign-in.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Reload the page and sign in again.' },
      { text: 'Make sure cookies are allowed for the mail site, or clear its cookies and sign in once more.' },
      { text: 'Try a private window; if that works, an extension or stored cookie is interfering.' },
      { text: 'If you are sent back to the login page right after signing in, contact your IT department.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Find the 440 responses in the IIS logs of the Exchange server and check whether they follow a successful sign-in.',
      },
      {
        text: 'Compare the authentication settings of the Outlook on the web virtual directories with the defaults for your Exchange version.',
        snippets: [
          {
            label: 'Exchange Management Shell',
            code: 'Get-OwaVirtualDirectory | Format-List Server,Name,FormsAuthentication,BasicAuthentication,WindowsAuthentication',
          },
        ],
      },
      {
        text: 'If the settings are damaged and cannot be repaired, the Outlook web virtual directory can be removed and created again with Remove-OwaVirtualDirectory and New-OwaVirtualDirectory.',
      },
      {
        text: 'If people are signed out too soon, review the idle sign-out setting, for example the activity-based authentication timeout in Set-OrganizationConfig.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'Sign in again first; repeating the old request with the expired session fails the same way.',
  },
  related: ['401', '419', '403'],
  faq: [],
  references: [
    {
      title: 'Microsoft: how to troubleshoot the 440 Login Timeout error in Outlook Web Access',
      url: 'https://technet.microsoft.com/en-us/library/dd789741(v=EXCHG.80).aspx',
    },
  ],
});
