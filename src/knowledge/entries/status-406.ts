import { defineEntry } from '../types';

export default defineEntry({
  id: '406',
  kind: 'client-error',
  title: '406 Not Acceptable',
  aliases: ['Not Acceptable'],
  summary:
    'The server has no version of this content in a format or language the request said it would accept, or a filter blocked it.',
  meaning:
    'Requests can say which formats, languages or encodings they accept (the Accept headers). ' +
    'A 406 means nothing the server has fits those headers, and it refused instead of sending what it would normally send. ' +
    'Servers are allowed to ignore these headers and most do, so a genuine 406 is rare in a browser. ' +
    'On shared hosting, a 406 is more often a security filter that blocked the request and reuses this code.',
  contrasts: [
    {
      id: '415',
      text: '415 is about the format of what you sent (the request body); 406 is about the format you asked to receive.',
    },
    {
      id: '403',
      text: 'Security filters usually block with 403. Some hosting setups use 406 for the same purpose, so a 406 after sending a form can be a block, not a format problem.',
    },
  ],
  causes: [
    {
      title: 'A security filter blocked the request',
      detail:
        'On many shared hosts, ModSecurity rules answer 406 when a form post, address or upload contains text that looks like an attack: code, SQL, some symbols. Legitimate content can trip these rules.',
    },
    {
      title: 'An API client asks for a format the server does not offer',
      detail:
        'A script sends Accept: application/xml to a JSON-only API, or a narrow Accept header without the */* fallback that browsers add.',
    },
    {
      title: 'Strict content negotiation on the server',
      detail:
        'Apache with MultiViews, or a framework that matches Accept strictly (Express res.format without a default), refuses instead of falling back to a standard version.',
    },
    {
      title: 'An extension or proxy rewrote the request headers',
      detail:
        'Header-editing extensions or filtering proxies can send Accept or Accept-Language values the server cannot satisfy.',
    },
  ],
  visitor: {
    steps: [
      {
        text: "If it happened when sending a form or post, the site's security filter may have mistaken your text for an attack. Remove code snippets, unusual symbols or many links, and try again.",
      },
      {
        text: 'Turn off extensions that change request headers, or try a private window or another browser.',
      },
      {
        text: 'If the problem stays, tell the site what you were sending: only they can adjust the filter.',
      },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Check whether the 406 came from a security module: ModSecurity writes the rule id in the error log or audit log. Ask your host to relax that rule for the affected path instead of disabling the filter.',
      },
      {
        text: 'Serve a default format when nothing in Accept matches, instead of refusing.',
        snippets: [
          {
            label: 'Express',
            code: "res.format({\n  'text/html': () => res.render('report', { report }),\n  'application/json': () => res.json(report),\n  default: () => res.json(report),\n});",
          },
        ],
      },
      {
        text: 'If you do not rely on Apache picking files by extension, turn MultiViews off.',
        snippets: [{ label: 'Apache (.htaccess)', code: 'Options -MultiViews' }],
      },
      {
        text: 'For API clients, send an Accept header that includes a format the API documents, or */* as a fallback.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The same request gets the same refusal; change what is sent, the headers, or the server rule.',
  },
  related: ['415', '403', '400', 'generic-4xx'],
  faq: [
    {
      q: "Why did I get 406 when saving a post in my site's admin?",
      a: "Most likely your host's security filter matched something in the text, such as code or a script tag. Your host can find the rule in its logs and turn it off for your admin area.",
    },
  ],
  references: [
    {
      title: 'RFC 9110, section 15.5.7: 406 Not Acceptable',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7',
    },
    {
      title: 'RFC 9110, section 12: Content Negotiation',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-12',
    },
    {
      title: 'MDN: 406 Not Acceptable',
      url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/406',
    },
    {
      title: 'Express: res.format()',
      url: 'https://expressjs.com/en/api.html#res.format',
    },
  ],
});
