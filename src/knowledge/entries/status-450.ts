import { defineEntry } from '../types';

export default defineEntry({
  id: '450',
  kind: 'client-error',
  title: '450 Blocked by Windows Parental Controls',
  aliases: ['Blocked by Windows Parental Controls', 'Blocked by Parental Controls', 'Windows Parental Controls'],
  summary:
    'A non-standard code for a page blocked by Windows Parental Controls. The block is set for your account, not by the website.',
  meaning:
    'This is not a standard HTTP code. Lists of status codes attribute it to Microsoft: it is the answer given when Windows Parental Controls block a web page for the signed-in Windows user, for example because the site falls in a blocked category or is on a block list. ' +
    'The refusal comes from the parental control settings, not from the website, which did nothing wrong.',
  contrasts: [
    {
      id: '451',
      text: '451 is sent by a server that must refuse content for legal reasons. 450 is produced on your own computer by its parental controls.',
    },
    {
      id: '403',
      text: 'A 403 is the website refusing you. A 450 comes from parental controls on your side.',
    },
    {
      id: 'net::ERR_BLOCKED_BY_ADMINISTRATOR',
      text: 'That Chrome error comes from a browser policy set by an administrator. 450 comes from the Windows parental controls web filter.',
    },
  ],
  causes: [
    {
      title: 'The site is in a blocked category',
      detail:
        'The web filter for this Windows account blocks categories of content, and the site was classified into one of them.',
    },
    {
      title: 'The site is on the block list, or not on the allow list',
      detail: 'A parent blocked the address, or set the account to allow only listed sites.',
    },
    {
      title: 'Part of the page comes from a blocked site',
      detail: 'An image, video or script loaded from a blocked address fails, even though the rest of the page works.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Ask the parent or administrator of this computer to allow the site.' },
      {
        text: 'If you manage this computer, add the site to the allow list in the parental controls settings for that Windows account.',
      },
    ],
  },
  owner: {
    steps: [],
    nothingToDo:
      "Site owners cannot change this: the block is set in the visitor's parental controls, not on the site.",
  },
  retry: {
    advice: 'after-change',
    note: 'The page stays blocked until the parental control settings on this computer change.',
  },
  related: ['451', '403', 'net::ERR_BLOCKED_BY_ADMINISTRATOR', 'net::ERR_BLOCKED_BY_CLIENT'],
  faq: [],
  references: [
    {
      title: 'Microsoft Learn: IWPCWebSettings (Parental Controls web restrictions)',
      url: 'https://learn.microsoft.com/en-us/windows/win32/api/wpcapi/nn-wpcapi-iwpcwebsettings',
    },
  ],
});
