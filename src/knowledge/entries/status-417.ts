import { defineEntry } from '../types';

export default defineEntry({
  id: '417',
  kind: 'client-error',
  title: '417 Expectation Failed',
  aliases: ['Expect header not supported', '100-continue rejected'],
  summary:
    'The request asked the server to confirm something first, with an Expect header, and a server or proxy could not.',
  meaning:
    'A request can carry an Expect header. Its only defined value, 100-continue, asks the server to confirm it will take a body before the client sends it. ' +
    'A 417 says that some server or proxy on the way could not do what the Expect header asked. ' +
    "Web pages cannot set Expect themselves, so a 417 in a browser is rare and usually points at a proxy or at the site's own back end.",
  contrasts: [
    {
      id: '412',
      text: '412 is about conditions such as If-Match that did not hold; 417 is about the Expect header that could not be honoured.',
    },
    {
      id: '400',
      text: '400 is a general complaint about the request; 417 points at one header, Expect.',
    },
  ],
  causes: [
    {
      title: 'A proxy that does not support 100-continue',
      detail:
        'Some older or strict proxies refuse any request carrying Expect: 100-continue instead of passing it on or ignoring it.',
    },
    {
      title: 'A client library that adds the header',
      detail:
        'Some clients add Expect: 100-continue on their own: curl for larger uploads, and .NET Framework clients for POST requests.',
    },
    {
      title: 'An unknown expectation',
      detail: 'Any Expect value other than 100-continue has no defined meaning, and a server may refuse it with 417.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Reload once. If it fails again, the problem lies between the site and its own servers.' },
      { text: 'If you use a proxy or VPN, try without it.' },
      { text: 'Tell the site owner which action failed.' },
    ],
  },
  owner: {
    steps: [
      { text: 'Find which hop answered 417 from proxy logs and the Via and Server headers.' },
      {
        text: 'Stop clients from sending the header where a hop cannot handle it.',
        snippets: [
          {
            label: 'curl (remove Expect)',
            code: 'curl -H "Expect:" --data-binary @file.bin https://example.com/upload',
          },
          { label: '.NET HttpClient', code: 'client.DefaultRequestHeaders.ExpectContinue = false;' },
        ],
      },
      {
        text: 'Or update or configure the proxy so it answers 100 Continue or ignores the expectation instead of refusing.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The same request fails again until the header is dropped or the proxy handles it.',
  },
  related: ['412', '400', '502'],
  faq: [],
  references: [
    {
      title: 'RFC 9110, section 15.5.18: 417 Expectation Failed',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.18',
    },
    { title: 'RFC 9110, section 10.1.1: Expect', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-10.1.1' },
    { title: 'MDN: 417 Expectation Failed', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/417' },
  ],
});
