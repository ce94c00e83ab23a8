import { defineEntry } from '../types';

export default defineEntry({
  id: '410',
  kind: 'client-error',
  title: '410 Gone',
  aliases: ['Gone', 'Permanently removed'],
  summary: 'This page or file was removed on purpose and is not expected to come back.',
  meaning:
    'The server knows the address and says its content has been taken away for good. ' +
    'Unlike a 404, which just says nothing is there now, a 410 is a deliberate statement that the removal is intended and likely permanent. ' +
    'Owners use it so that links and search results pointing here get cleaned up.',
  contrasts: [
    {
      id: '404',
      text: '404 says nothing is at this address and promises nothing about the future; 410 says something was here and was removed on purpose, for good.',
    },
    {
      id: '451',
      text: '451 means the content is withheld for a legal reason and may still exist elsewhere; 410 means it was removed.',
    },
  ],
  causes: [
    {
      title: 'The content was deleted on purpose',
      detail:
        'A product, article, listing, post or account was removed, and the site marks it as gone rather than missing.',
    },
    {
      title: 'A time-limited page or link ended',
      detail: 'A campaign, event page, offer or temporary download was retired after its end date.',
    },
    {
      title: 'An old API version was retired',
      detail:
        'Some APIs answer 410 for endpoints or versions they have switched off, to tell clients to move to the current one.',
    },
    {
      title: 'A hosting platform removed the deployment',
      detail:
        'Vercel, for example, answers 410 with the code DEPLOYMENT_DELETED when the deployment behind an address was deleted.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'Search the site, or go to its home page, in case the content was replaced by a newer page.',
      },
      {
        text: "For an old article or page, look for an archived copy, for example on the Internet Archive's Wayback Machine.",
      },
      {
        text: 'If you need the content, contact the site owner: they removed it, but may still be able to help.',
      },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Use 410 only for content that is gone for good and has no replacement. If a replacement exists, redirect to it with 301 instead.',
      },
      {
        text: 'Mark a removed address as gone:',
        snippets: [
          {
            label: 'nginx',
            code: 'location = /old-offer {\n    return 410;\n}',
          },
          { label: 'Apache (.htaccess)', code: 'Redirect gone /old-offer' },
        ],
      },
      {
        text: 'Remove internal links to the address and update your sitemap, so visitors and crawlers stop asking for it.',
      },
      {
        text: 'If you bring the content back, purge it from your CDN: a 410 may be cached without any explicit cache header.',
      },
      {
        text: 'For a retired API version, say in the body which version to use instead.',
      },
    ],
  },
  retry: {
    advice: 'never',
    note: 'The removal is meant to be permanent; retrying will not bring the content back.',
  },
  related: ['404', '451', 'generic-4xx'],
  faq: [
    {
      q: 'Should I use 404 or 410 for a deleted page?',
      a: 'Use 410 when you know the removal is deliberate and final; use 404 when you are not sure. Both tell visitors the page is not there.',
    },
    {
      q: 'Does 410 remove a page from Google faster than 404?',
      a: 'Google documents that it treats 4xx codes other than 429 alike: the address is dropped from the index either way. Choose 410 for clarity, not for ranking.',
    },
    {
      q: 'Can a page that answered 410 come back?',
      a: 'Yes, if the owner restores it; 410 states an intention, not a technical lock. Caches may keep showing the 410 for a while afterwards.',
    },
  ],
  references: [
    {
      title: 'RFC 9110, section 15.5.11: 410 Gone',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11',
    },
    {
      title: 'MDN: 410 Gone',
      url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/410',
    },
    {
      title: 'Google Search Central: how HTTP status codes affect Google Search',
      url: 'https://developers.google.com/search/docs/crawling-indexing/http-network-errors',
    },
    {
      title: 'Apache: mod_alias Redirect',
      url: 'https://httpd.apache.org/docs/2.4/mod/mod_alias.html#redirect',
    },
    { title: 'Vercel: error codes', url: 'https://vercel.com/docs/errors' },
  ],
});
