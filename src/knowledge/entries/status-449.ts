import { defineEntry } from '../types';

export default defineEntry({
  id: '449',
  kind: 'client-error',
  title: '449 Retry With (Microsoft)',
  aliases: ['Retry With', 'Reply With', 'Microsoft 449'],
  summary:
    'A Microsoft server needs more information from the client program before it will handle the request. The program should retry by itself.',
  meaning:
    "A Microsoft extension, not a standard code. In Microsoft's WebDAV extensions it tells the client that the request lacked information: the response carries an Ms-Echo-Request header, and a client that supports it repeats the request with an Ms-Echo-Reply header. " +
    'Exchange ActiveSync uses 449 to tell a phone or mail app that it must first download and apply the current security policy (a Provision command) before syncing. ' +
    'In both cases it is meant for software, and a supporting client handles it without showing anything to people.',
  contrasts: [
    {
      id: '428',
      text: "428 is the standard way to require a condition, such as If-Match, before a change is accepted. 449 is Microsoft's own request for an extra step.",
    },
    {
      id: '401',
      text: '401 asks for credentials. A 449 from ActiveSync comes after sign-in and asks the device to accept the security policy.',
    },
  ],
  causes: [
    {
      title: 'The device must accept a security policy',
      detail:
        'A new or changed Exchange ActiveSync mailbox policy requires the phone or mail app to provision again, for example to require a device PIN.',
    },
    {
      title: 'The WebDAV client must repeat the request',
      detail:
        'The server asked for an echo of information through Ms-Echo-Request, and the client has not yet sent the follow-up request.',
    },
    {
      title: 'The client does not support 449',
      detail:
        'A browser or generic tool calling an endpoint meant for Microsoft clients shows the code instead of acting on it.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'On a phone or mail app, let it finish syncing and accept any security prompt, such as setting a device PIN.',
      },
      { text: 'If syncing stays stuck, remove the mail account from the device and add it again.' },
      {
        text: "If you see 449 in a browser, the address is meant for another program; go back to the site's normal page.",
      },
    ],
  },
  owner: {
    steps: [
      {
        text: 'For ActiveSync, check the device partnership and the mailbox policy assigned to the user.',
        snippets: [
          { label: 'Exchange Management Shell', code: 'Get-MobileDevice -Mailbox user@example.com | Format-List' },
        ],
      },
      {
        text: 'If you build a client for these services, handle 449 as described by Microsoft: process the body, then repeat the request with the Ms-Echo-Reply header.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The client must first supply what the server asked for, then repeat the request.',
  },
  related: ['428', '401'],
  faq: [],
  references: [
    {
      title: 'Microsoft [MS-WDV]: 449 Retry With status code',
      url: 'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/83ecf19f-e0f8-4706-aae5-ba618f52f100',
    },
    {
      title: 'Microsoft [MS-WDV]: retrying a request with the 449 status code',
      url: 'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/31cfbd6d-fab9-475c-8309-96c91fc27936',
    },
    {
      title: 'Microsoft Open Specifications blog: Exchange ActiveSync provisioning',
      url: 'https://learn.microsoft.com/en-us/archive/blogs/openspecification/exchange-activesync-provisioning',
    },
  ],
});
