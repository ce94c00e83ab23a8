import { defineEntry } from '../types';

export default defineEntry({
  id: '411',
  kind: 'client-error',
  title: '411 Length Required',
  aliases: ['Length Required', 'Content-Length required'],
  summary: 'The server wants to know the size of what was sent before reading it, and the request did not say.',
  meaning:
    'The request came with a body but no Content-Length header giving its size, and this server will not read a body of unknown size. ' +
    'It is about a missing size, not a wrong or too large one. ' +
    'Browsers normally state the size for forms and uploads, so a 411 usually points at a script, an app or a proxy that sends the body another way.',
  contrasts: [
    {
      id: '413',
      text: '413 means the stated or actual size is over the limit; 411 means no size was stated at all.',
    },
    {
      id: '400',
      text: '400 is a general complaint about a malformed request; 411 names the one thing missing, the Content-Length header.',
    },
  ],
  causes: [
    {
      title: 'An empty POST or PUT without a length',
      detail:
        'Some HTTP clients send a POST or PUT with no body and leave out Content-Length: 0. Some servers refuse such requests with 411.',
    },
    {
      title: 'A streamed body of unknown size',
      detail:
        'The client sends the body in chunks (Transfer-Encoding: chunked) because it does not know the size up front, and the server or a proxy in front of it only takes bodies with a declared size.',
    },
    {
      title: 'A layer in between dropped the header',
      detail: 'A proxy, gateway or middleware rewrote the request and removed Content-Length without putting it back.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'Reload the page and try the action once more. If it fails the same way, the problem is in the site or app, not in your browser.',
      },
      { text: 'Tell the site owner which action failed, such as a button or a form, and when.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Find which layer answered 411 (CDN, load balancer, web server or app) from the Server header and each access log.',
      },
      {
        text: 'Make clients send Content-Length on every request with a body, and Content-Length: 0 on empty POST and PUT requests.',
        snippets: [{ label: 'curl (empty POST with a length)', code: 'curl --data "" https://example.com/api/ping' }],
      },
      {
        text: 'If clients must stream bodies of unknown size, accept chunked request bodies on every hop, or have clients upload in parts of known size.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The same request fails again until the client states the body size or the server accepts bodies without it.',
  },
  related: ['413', '400', '408'],
  faq: [
    {
      q: 'Can I fix a 411 from my browser?',
      a: 'Usually not. The request is built by the page or app, so the fix belongs to the site. Reloading once can help if an older copy of the page sent it.',
    },
  ],
  references: [
    {
      title: 'RFC 9110, section 15.5.12: 411 Length Required',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.12',
    },
    { title: 'RFC 9110, section 8.6: Content-Length', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-8.6' },
    { title: 'MDN: 411 Length Required', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/411' },
  ],
});
