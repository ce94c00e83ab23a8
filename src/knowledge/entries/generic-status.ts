import { defineEntry } from '../types';

export default defineEntry({
  id: 'generic-status',
  kind: 'generic',
  title: 'Non-standard status code',
  aliases: ['Unknown status code', 'Invalid status code', 'Custom status code', 'Status code 600 or above'],
  summary:
    'The server answered with a status code HTTP does not define. Treat it as a failure and read the page that came with it.',
  meaning:
    'HTTP status codes run from 100 to 599, in five families named by the first digit. ' +
    'Some servers send codes outside that range, such as 600 or 999, or numbers that no standard or well-known product defines. ' +
    'The HTTP standard calls codes outside 100 to 599 invalid and tells clients to handle them like a server error. ' +
    'Browsers generally still show the page that came with the code, and scripts on the page see the request as failed, since only codes from 200 to 299 count as success. ' +
    'The number itself carries no shared meaning: only the server that invented it knows what it stands for.',
  contrasts: [
    {
      id: 'generic-4xx',
      text: 'An unregistered code from 400 to 499 still belongs to the client error family and reads like a 400; a code outside 100 to 599 has no family at all.',
    },
    {
      id: 'generic-5xx',
      text: 'An unregistered code from 500 to 599 still reads like a 500; codes outside the range are only treated like server errors because the standard says so.',
    },
    {
      id: '999',
      text: '999 is one well-known invented code, used by some large sites to refuse requests they think come from bots; it has its own entry.',
    },
  ],
  causes: [
    {
      title: 'Bot or abuse protection',
      detail:
        'Some sites answer with an invented code when they suspect automated traffic, for example after many requests in a short time or from a data-center address.',
    },
    {
      title: 'An internal code that leaked out',
      detail:
        'Libraries and services often use numbers above 599 for their own errors. A bug or a missing translation lets one reach the browser as if it were an HTTP status.',
    },
    {
      title: 'A bug in the code that sets the status',
      detail:
        'A typo, an error number passed where a status code belongs, or an API error code copied into the HTTP status.',
    },
    {
      title: 'A product with its own numbering',
      detail:
        'Some platforms, plugins or appliances define private codes and explain them only in their own documentation.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Read the page or message that came with the code; it is often the only explanation.' },
      { text: 'Reload after a minute. If you were browsing quickly or using automation, slow down.' },
      {
        text: 'Sign in to the site if it has accounts, and turn off a VPN or proxy that might look like automated traffic.',
      },
      { text: 'If it persists, contact the site with the code, the address and the time.' },
    ],
  },
  owner: {
    steps: [
      { text: 'Find where the code is set: search the application, framework, plugins and proxies for the number.' },
      {
        text: 'Send a registered status code and put your own error number in the body. Proxies, CDNs, HTTP libraries and monitoring may reject, rewrite or misreport codes they do not know.',
        snippets: [
          {
            label: 'Express',
            code: "res.status(503).json({\n  error: 'upstream_unavailable',\n  code: 901,\n  message: 'The inventory service did not answer. Try again in a minute.',\n});",
          },
        ],
      },
      {
        text: 'Pick the registered code by who must act: 4xx when the request must change, 5xx when the server side failed.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'Without a standard meaning there is no rule; retry later, and if it repeats, something on your side or the site must change.',
  },
  related: ['999', 'generic-4xx', 'generic-5xx', '500', '400'],
  faq: [
    {
      q: 'Is a code like 999 or 600 a real HTTP status?',
      a: 'No. HTTP defines codes from 100 to 599 only. Higher numbers are inventions of a particular server, and the standard says clients should treat them as server errors.',
    },
    {
      q: 'Why would a site use an invented code?',
      a: 'Usually to signal something private, such as a bot block, or by mistake when an internal error number reaches the browser.',
    },
  ],
  references: [
    { title: 'RFC 9110, section 15: Status Codes', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15' },
    {
      title: 'IANA HTTP Status Code Registry',
      url: 'https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml',
    },
    { title: 'MDN: HTTP response status codes', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status' },
    { title: 'Fetch Standard: ok status', url: 'https://fetch.spec.whatwg.org/#ok-status' },
  ],
});
