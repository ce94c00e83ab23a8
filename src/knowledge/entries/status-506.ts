import { defineEntry } from '../types';

export default defineEntry({
  id: '506',
  kind: 'server-error',
  title: '506 Variant Also Negotiates',
  aliases: ['Variant Also Negotiates', 'Variant Also Varies'],
  summary: 'The server is misconfigured: picking the right version of this page led it into a loop of choices.',
  meaning:
    'Some servers keep several versions of a page, for example in different languages or formats, and pick one for each visitor. ' +
    'A 506 says that the version the server picked is itself set up to choose between versions, so the choice never ends in a real file. ' +
    'It comes from transparent content negotiation, an old and rarely used mechanism, and it always means a configuration mistake on the server.',
  contrasts: [
    {
      id: '406',
      text: '406 means no available version matches what the browser said it accepts; 506 means the server setup for choosing a version is broken.',
    },
    {
      id: '508',
      text: '508 reports a loop found while working through a WebDAV collection (or, on some hosts, a resource limit); 506 is a loop in content negotiation only.',
    },
    {
      id: '500',
      text: '500 is any unexpected server failure; 506 names one specific configuration fault.',
    },
  ],
  causes: [
    {
      title: 'A type map that points at another negotiated resource',
      detail:
        'In Apache, the variant chosen from a type map (.var file) is itself a type map, or a resource that MultiViews negotiates again, so mod_negotiation stops with 506.',
    },
    {
      title: 'Negotiation rules layered on top of each other',
      detail:
        'MultiViews turned on in a folder where negotiated files also point at negotiated files, often after copying configuration between sites.',
    },
    {
      title: 'Custom negotiation code that picks itself',
      detail:
        'An application or module that implements content negotiation returns a variant that triggers negotiation again.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'Tell the site owner which address failed. If the site offers links to other language or format versions, try one of those.',
      },
    ],
    nothingToDo: 'The fault is in how the server is set up; nothing in your browser changes it.',
  },
  owner: {
    steps: [
      {
        text: 'Open the type map or negotiation rule for the failing address and check that each variant it lists is a plain file, not another type map.',
      },
      {
        text: 'If MultiViews is not needed, turn it off for that folder, or serve the variants under explicit addresses.',
        snippets: [{ label: 'Apache (.htaccess)', code: 'Options -MultiViews' }],
      },
      { text: 'Check the Apache error log for the request; mod_negotiation notes which resource it was resolving.' },
    ],
  },
  retry: {
    advice: 'never',
    note: 'The configuration fails the same way on every request until the server setup is fixed.',
  },
  related: ['406', '500', 'generic-5xx'],
  faq: [
    {
      q: 'Why have I never heard of this code?',
      a: "Transparent content negotiation is rarely used on today's web, so a 506 almost always points at an old or unusual Apache setup.",
    },
  ],
  references: [
    {
      title: 'RFC 2295, section 8.1: 506 Variant Also Negotiates',
      url: 'https://www.rfc-editor.org/rfc/rfc2295#section-8.1',
    },
    { title: 'MDN: 506 Variant Also Negotiates', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/506' },
    { title: 'Apache: content negotiation', url: 'https://httpd.apache.org/docs/2.4/content-negotiation.html' },
  ],
});
