import { defineEntry } from '../types';

export default defineEntry({
  id: '404',
  kind: 'client-error',
  title: '404 Not Found',
  aliases: ['Not Found', 'Page not found', 'File not found'],
  summary: 'The server is up and answered, but it has nothing at this address.',
  meaning:
    'The request reached a working server, which looked for the address and found nothing it will serve there. ' +
    'It does not say whether the thing ever existed, or whether it might come back. ' +
    'Some sites also answer 404 on purpose to hide that a private resource exists.',
  contrasts: [
    {
      id: '410',
      text: '410 says the resource existed and was removed for good; 404 makes no such promise and may change later.',
    },
    {
      id: '403',
      text: '403 means the server found the resource but refuses to serve it; a 404 can hide exactly that refusal.',
    },
    {
      id: 'net::ERR_NAME_NOT_RESOLVED',
      text: 'A name that does not resolve never reaches a server at all; a 404 proves the server is reachable.',
    },
  ],
  causes: [
    {
      title: 'A mistyped or out-of-date link',
      detail:
        'The address has a typo, a wrong letter case on a case-sensitive server, or points at a page that was moved without a redirect.',
    },
    {
      title: 'The file was never deployed',
      detail:
        'A script, stylesheet, image or font referenced by the page is missing from the server, often after a build that renamed hashed files.',
    },
    {
      title: 'Routing sends the request nowhere',
      detail:
        'A single-page app served without a fallback to index.html, a rewrite rule that does not match, or an API route with a wrong prefix or version.',
    },
    {
      title: 'The content was deleted or made private',
      detail: 'The page, account or object was removed, or access is hidden behind a 404 instead of a 403.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Check the address for typos, extra characters or a missing part of the path.' },
      { text: "Go to the site's home page or use its search to find where the content lives now." },
      { text: 'If you followed a link from another site, tell that site the link is broken.' },
      { text: 'If a broken image or script makes the page misbehave, tell the site owner which address failed.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Find the request in the server access log and confirm which path was asked for and which rule handled it.',
      },
      {
        text: 'For a moved page, add a permanent redirect from the old address to the new one.',
        snippets: [
          { label: 'nginx', code: 'location = /old-page {\n    return 301 /new-page;\n}' },
          { label: 'Apache (.htaccess)', code: 'Redirect 301 /old-page /new-page' },
        ],
      },
      {
        text: 'For a single-page app, serve index.html for unknown paths so the client-side router can handle them.',
        snippets: [{ label: 'nginx', code: 'location / {\n    try_files $uri $uri/ /index.html;\n}' }],
      },
      {
        text: 'For missing assets, check that the build output was fully deployed and that the HTML references the current file names.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'Reloading gives the same answer until the address or the server changes.',
  },
  related: ['410', '403', '400'],
  faq: [
    {
      q: 'Is a 404 my fault?',
      a: 'Rarely. It usually means a link or the site is out of date. Check the address for typos; if it looks right, the problem is on the site.',
    },
    {
      q: 'Why does a page look fine while HTTP Why counts a 404?',
      a: 'Pages load many files. A missing icon, tracking script or font answers 404 without breaking what you see.',
    },
    {
      q: 'Does a 404 hurt search ranking?',
      a: 'A few 404s for pages that really are gone are normal. Broken links inside your own site waste crawl time and should be fixed or redirected.',
    },
  ],
  references: [
    { title: 'RFC 9110, section 15.5.5: 404 Not Found', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5' },
    { title: 'MDN: 404 Not Found', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/404' },
  ],
});
