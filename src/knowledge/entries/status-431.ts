import { defineEntry } from '../types';

export default defineEntry({
  id: '431',
  kind: 'client-error',
  title: '431 Request Header Fields Too Large',
  aliases: ['Request Header Too Large', 'Headers too large', 'Cookie too large'],
  summary: 'The request headers, usually the cookies this site has stored, are bigger than the server accepts.',
  meaning:
    'The server turned the request away because of the size of its headers: either one header line is too long, or all of them together are. ' +
    'The usual culprit is the Cookie header: cookies pile up until every request to the site is too big. ' +
    "Some servers name the offending header in their answer. For a visitor, clearing the site's cookies usually fixes it.",
  contrasts: [
    {
      id: '413',
      text: '413 is about the body, such as an upload; 431 is about the headers, most often cookies.',
    },
    {
      id: '414',
      text: '414 is about the address being too long; 431 is about the header lines that follow it.',
    },
    {
      id: '400',
      text: 'nginx, Apache and IIS answer oversized headers with a plain 400, often with a message about a header or cookie being too large; the cause and fix are the same as for 431.',
    },
    {
      id: 'net::ERR_RESPONSE_HEADERS_TOO_BIG',
      text: 'That browser error is about headers the server sent back; 431 is about headers the browser sent.',
    },
  ],
  causes: [
    {
      title: 'Too many or too large cookies',
      detail:
        'Analytics, A/B tests and sign-in sessions each add cookies, and every request carries all the cookies for that site and its parent domain.',
    },
    {
      title: 'A large sign-in token',
      detail: 'Tokens and session cookies that carry many claims or group memberships grow past header limits.',
    },
    {
      title: 'Cookies piling up on localhost',
      detail:
        'Cookies are not kept apart by port, so every project a developer runs on localhost adds to the same jar, and a local dev server can start answering 431.',
    },
    {
      title: 'A low limit on the server',
      detail: 'Node.js servers refuse more than 16 KB of headers by default.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'Clear cookies for this site only, from the site settings next to the address bar, then reload and sign in again.',
      },
      { text: 'To confirm the cause, open the page in a private window, which starts without cookies.' },
      {
        text: 'If the error comes back after a while, tell the site owner; something on the site keeps adding cookies.',
      },
    ],
  },
  owner: {
    steps: [
      { text: 'Log header sizes and find which header is large, most often Cookie or Authorization.' },
      {
        text: 'Cut cookie weight: remove unused cookies, scope them to the paths and subdomains that need them, and keep large session data on the server.',
      },
      {
        text: 'If large headers are legitimate, raise the limit on every hop, not just one.',
        snippets: [
          {
            label: 'Node.js (server option)',
            code: 'const server = http.createServer({ maxHeaderSize: 32 * 1024 }, handler);',
          },
          { label: 'Node.js (command line)', code: 'node --max-http-header-size=32768 server.js' },
          {
            label: 'nginx (answers 400 when this is too small)',
            code: '# in http or server\nlarge_client_header_buffers 4 32k;',
          },
          {
            label: 'Apache (answers 400 when this is too small)',
            code: '# in server config or virtual host; the default is 8190 bytes per header line\nLimitRequestFieldSize 16380',
          },
        ],
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'Every request fails the same way until the cookies or headers get smaller.',
  },
  related: ['413', '414', '400', '494', 'net::ERR_RESPONSE_HEADERS_TOO_BIG'],
  faq: [
    {
      q: 'Why does only this one site fail?',
      a: 'Cookies belong to a site, so only that site sends the oversized header. Clearing its cookies leaves other sites untouched.',
    },
  ],
  references: [
    {
      title: 'RFC 6585, section 5: 431 Request Header Fields Too Large',
      url: 'https://www.rfc-editor.org/rfc/rfc6585#section-5',
    },
    {
      title: 'MDN: 431 Request Header Fields Too Large',
      url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/431',
    },
    { title: 'Node.js: --max-http-header-size', url: 'https://nodejs.org/api/cli.html#--max-http-header-sizesize' },
    {
      title: 'nginx: large_client_header_buffers',
      url: 'https://nginx.org/en/docs/http/ngx_http_core_module.html#large_client_header_buffers',
    },
  ],
});
