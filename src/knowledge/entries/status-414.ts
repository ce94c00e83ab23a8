import { defineEntry } from '../types';

export default defineEntry({
  id: '414',
  kind: 'client-error',
  title: '414 URI Too Long',
  aliases: ['Request-URI Too Long', 'Request-URI Too Large', 'URL too long'],
  summary: 'The web address is too long for this server, which stops reading addresses past a set length.',
  meaning:
    'The server refused the request because its target, the path plus the query string after the "?", is over its length limit. ' +
    'Browsers accept very long addresses, but servers and proxies usually stop at a few kilobytes. ' +
    'A 414 says nothing about the page itself: the same page with a shorter address may load fine.',
  contrasts: [
    {
      id: '413',
      text: '413 is about the data sent in the body; 414 is about the address alone.',
    },
    {
      id: '431',
      text: '431 is about the headers, such as cookies; 414 is about the address in the request line.',
    },
    {
      id: '400',
      text: 'nginx answers 400 when a single header line is too long but 414 when the request line is, so both can come from the same buffer limit.',
    },
  ],
  causes: [
    {
      title: 'A redirect loop that keeps growing the address',
      detail:
        'A sign-in or consent page that adds a return address to a link that already holds one can nest it again on every hop until the address is too long.',
    },
    {
      title: 'Data packed into the address',
      detail:
        'A search form or app sends large filters, lists of ids or encoded data in the query string instead of in a POST body.',
    },
    {
      title: 'A low limit on a server or proxy',
      detail:
        'nginx refuses request lines over 8 KB by default and Apache over 8190 bytes. IIS limits URLs to 4096 bytes and query strings to 2048, and reports those as 404.14 and 404.15 instead of 414.',
    },
  ],
  visitor: {
    steps: [
      { text: "Go to the site's home page and navigate from there, so you start from a short address." },
      { text: 'If you followed or pasted a long link, try it again without everything after the "?".' },
      { text: "If the address grows each time you sign in, clear this site's cookies and sign in again." },
      { text: 'Tell the site owner where the long link came from.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Look at the logged request to see what fills the address: a nested return address, repeated parameters or data.',
      },
      { text: 'Send large inputs in a POST body instead of the query string.' },
      {
        text: 'Fix redirect chains that append the return address to itself; keep the return target in the session instead.',
      },
      {
        text: 'If long addresses are legitimate, raise the limit moderately.',
        snippets: [
          {
            label: 'nginx',
            code: '# in http or server; one buffer must hold the whole request line\nlarge_client_header_buffers 4 16k;',
          },
          { label: 'Apache (server config or virtual host)', code: 'LimitRequestLine 16384' },
        ],
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The same address fails every time; it has to get shorter or the limit higher.',
  },
  related: ['413', '431', '400', 'net::ERR_TOO_MANY_REDIRECTS'],
  faq: [
    {
      q: 'How long can a web address be?',
      a: 'There is no single rule. Browsers handle very long addresses, but many servers stop at around 8 KB and some at 2 to 4 KB. Keeping addresses under about 2000 characters avoids trouble almost everywhere.',
    },
  ],
  references: [
    {
      title: 'RFC 9110, section 15.5.15: 414 URI Too Long',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15',
    },
    { title: 'MDN: 414 URI Too Long', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/414' },
    {
      title: 'nginx: large_client_header_buffers',
      url: 'https://nginx.org/en/docs/http/ngx_http_core_module.html#large_client_header_buffers',
    },
    {
      title: 'Apache HTTP Server: LimitRequestLine',
      url: 'https://httpd.apache.org/docs/2.4/mod/core.html#limitrequestline',
    },
  ],
});
