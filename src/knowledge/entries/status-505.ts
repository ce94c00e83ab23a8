import { defineEntry } from '../types';

export default defineEntry({
  id: '505',
  kind: 'server-error',
  title: '505 HTTP Version Not Supported',
  aliases: ['HTTP Version Not Supported', 'Unsupported HTTP version'],
  summary:
    'The server refused the request because of the HTTP version it was sent with, or could not read the version at all.',
  meaning:
    'Every request names the HTTP version it uses, and the server answered that it will not handle that version. ' +
    'Strictly, the code is about the major version number, the 1 in HTTP/1.1. ' +
    'In practice browsers negotiate versions on their own, so a 505 usually points at a badly formed request line or an unusual client, not at the browser being too old or too new.',
  contrasts: [
    {
      id: '400',
      text: '400 is the general answer for a request the server cannot parse; some servers answer 505 instead when the broken part happens to be where the version should be.',
    },
    {
      id: '426',
      text: '426 asks the client to switch to another protocol and says which; 505 simply refuses the version used.',
    },
    {
      id: 'net::ERR_HTTP2_PROTOCOL_ERROR',
      text: 'That browser error is a failure inside an HTTP/2 connection and comes with no status code; 505 is an answer the server actually sent.',
    },
  ],
  causes: [
    {
      title: 'Unencoded spaces or odd characters in the address',
      detail:
        'A script or tool sent an address with a raw space in it. The server reads the text after the space as the version, finds nonsense, and may answer 505.',
    },
    {
      title: 'A client that sends an unusual version',
      detail:
        'A hand-written or very old HTTP client, a test tool that writes HTTP/2.0 or HTTP/3.0 into a plain text request line, or a device that sends a version string the server does not know.',
    },
    {
      title: 'HTTP/2 sent to a server that only speaks HTTP/1.x',
      detail:
        'A client configured to use HTTP/2 without negotiating it first may meet a server or proxy that rejects the unknown version with 505 or a plain 400.',
    },
    {
      title: 'A proxy that rewrites the request badly',
      detail: 'A middlebox, filter or old proxy between the client and the site alters the request line on the way.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Reload the page. If it came from a link, check the address for spaces or strange characters.' },
      { text: 'Try another browser, or turn off extensions, a VPN or a filtering proxy that might change requests.' },
      { text: 'If it keeps happening, tell the site which page and action caused it.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Log the raw request line of the failing requests and check the version field. A space inside the path is the most common find.',
      },
      {
        text: 'If your own code builds the addresses, encode them properly, for example with encodeURIComponent for each path segment or query value.',
      },
      {
        text: 'If an API client forces a protocol version, let it negotiate instead, or make sure the server or proxy in front supports that version.',
      },
      { text: 'Check that any proxy or load balancer in front forwards the request line unchanged.' },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The same request is refused every time; the address or the client has to change.',
  },
  related: ['400', '426', '501', 'generic-5xx'],
  faq: [
    {
      q: 'Is my browser too old?',
      a: 'Very unlikely. Browsers agree on a version with the server automatically. A 505 usually comes from a broken request built by a script or tool.',
    },
  ],
  references: [
    {
      title: 'RFC 9110, section 15.6.6: 505 HTTP Version Not Supported',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.6',
    },
    {
      title: 'MDN: 505 HTTP Version Not Supported',
      url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/505',
    },
  ],
});
