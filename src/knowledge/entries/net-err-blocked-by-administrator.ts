import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_BLOCKED_BY_ADMINISTRATOR',
  kind: 'network',
  title: 'Blocked by browser policy (administrator)',
  aliases: ['ERR_BLOCKED_BY_ADMINISTRATOR', 'Blocked by your organization', 'URLBlocklist'],
  summary: 'A policy set on this browser by an administrator forbids this address. The request was never sent.',
  meaning:
    'Browsers can be managed: an employer, school or management software can install policies, including a list of addresses the browser must refuse. ' +
    'This error means the address matched such a block list, so the browser stopped the request itself. ' +
    'The website did not refuse you and may be working normally. The decision lies with whoever manages this browser.',
  contrasts: [
    {
      id: 'net::ERR_BLOCKED_BY_CLIENT',
      text: 'A client block comes from an extension such as an ad blocker. An administrator block comes from a browser policy that normal users cannot change.',
    },
    {
      id: '403',
      text: 'A 403 is the website refusing you. Here the website was never contacted; your own browser refused.',
    },
    {
      id: 'net::ERR_NETWORK_ACCESS_DENIED',
      text: 'Denied network access usually comes from a firewall or the operating system. This block comes from the browser policy.',
    },
  ],
  causes: [
    {
      title: 'A work or school block list',
      detail:
        'The organisation that manages the browser lists sites or whole categories of addresses that may not be opened.',
    },
    {
      title: 'An allow-list-only setup',
      detail:
        'Some managed browsers block everything except a short list of approved sites, such as kiosks, exam machines or shared terminals.',
    },
    {
      title: 'Software on the computer set a policy',
      detail:
        'Parental control, security or management software can install browser policies on a personal computer too.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'Open chrome://management to see whether, and by whom, this browser is managed, and chrome://policy to see the active block list.',
      },
      { text: 'If you need the site for work or school, ask your administrator or help desk to allow it.' },
      {
        text: 'On your own computer, check installed parental control or security software, which may have set the policy.',
      },
    ],
  },
  owner: {
    steps: [
      {
        text: 'If many visitors from one organisation report this, ask their IT team to review the rule that blocks your site.',
      },
    ],
    nothingToDo:
      "The block is configured in the visitor's browser, not on your site. Nothing on the server changes it.",
  },
  retry: {
    advice: 'never',
    note: 'The browser refuses the address every time until the policy changes.',
  },
  related: ['net::ERR_BLOCKED_BY_CLIENT', 'net::ERR_NETWORK_ACCESS_DENIED', '403'],
  faq: [
    {
      q: 'Can the website see that I was blocked?',
      a: 'No. The request never left your browser, so the website knows nothing about it.',
    },
  ],
  references: [
    {
      title: 'Chromium net error list',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
    { title: 'Chrome Enterprise policy: URLBlocklist', url: 'https://chromeenterprise.google/policies/#URLBlocklist' },
  ],
});
