import { defineEntry } from '../types';

export default defineEntry({
  id: '494',
  kind: 'client-error',
  title: '494 Request Header Too Large (nginx)',
  aliases: ['Request Header Too Large', 'Request Header Or Cookie Too Large', 'nginx 494'],
  summary:
    'Your request carried more header data, usually cookies, than the nginx server accepts. The browser gets a 400 page.',
  meaning:
    'nginx uses 494 internally when the request line or a header field does not fit into the buffers set by large_client_header_buffers. ' +
    'It does not send 494 to the browser: the visitor gets 400 Bad Request with a page titled "Request Header Or Cookie Too Large", and the access log records 400 as well. ' +
    'The cause is almost always too many or too large cookies for that site, or a very long sign-in token.',
  browserSees: {
    id: '400',
    note: 'nginx answers 400 Bad Request with a "Request Header Or Cookie Too Large" page; 494 is only its internal label for the case.',
  },
  contrasts: [
    {
      id: '431',
      text: '431 is the standard code for oversized headers. nginx reports the same problem as 400 instead, and keeps 494 for its own use.',
    },
    {
      id: '413',
      text: '413 is about the body of the request, such as an upload. 494 is about the headers that come before the body.',
    },
    {
      id: '414',
      text: '414 means the address itself is too long. With 494 the address may be short while the cookies or other headers are too big.',
    },
  ],
  causes: [
    {
      title: 'Cookies have piled up',
      detail:
        'Analytics, A/B testing, consent tools and the site itself each set cookies for the domain. Together they can grow past what one header buffer holds.',
    },
    {
      title: 'A large sign-in token',
      detail:
        'Single sign-on setups sometimes put big tokens, for example with many group claims, into a cookie or the Authorization header.',
    },
    {
      title: 'Buffers set too small for the application',
      detail:
        'By default nginx allows 4 buffers of 8 KB, and each header line must fit into one buffer. An application that needs more must raise large_client_header_buffers.',
    },
  ],
  visitor: {
    steps: [
      { text: "Clear this site's cookies in the browser settings, then reload. This fixes most cases." },
      { text: 'Sign out and sign in again, so the site sets fresh, smaller cookies.' },
      { text: 'Try a private window. If it works there, old cookies or an extension that adds headers are the cause.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Look at the Cookie header of a failing request in the browser developer tools and find out which cookies are large and who sets them.',
      },
      {
        text: 'Keep session data on the server and store only an identifier in the cookie. Remove cookies that are no longer used.',
      },
      {
        text: 'If large headers are expected, raise the buffer size. Proxies and servers behind nginx may need the same change.',
        snippets: [{ label: 'nginx', code: 'http {\n    large_client_header_buffers 4 16k;\n}' }],
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The request fails the same way until the cookies are cleared or the server accepts larger headers.',
  },
  related: ['400', '431', '413', '414'],
  faq: [
    {
      q: 'Why does clearing cookies fix it?',
      a: 'The browser sends every cookie of the site with each request. Clearing them makes the request small enough again.',
    },
  ],
  references: [
    {
      title: 'nginx: large_client_header_buffers',
      url: 'https://nginx.org/en/docs/http/ngx_http_core_module.html#large_client_header_buffers',
    },
    {
      title: 'RFC 6585, section 5: 431 Request Header Fields Too Large',
      url: 'https://www.rfc-editor.org/rfc/rfc6585#section-5',
    },
  ],
});
