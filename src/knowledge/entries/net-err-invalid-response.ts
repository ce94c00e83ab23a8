import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_INVALID_RESPONSE',
  kind: 'network',
  title: 'Invalid response from the server',
  aliases: ['ERR_INVALID_RESPONSE', 'sent an invalid response'],
  summary: 'The server answered with something the browser could not accept as a valid web response.',
  meaning:
    'Data came back, but it broke the rules of HTTP badly enough that the browser would not use it. ' +
    'Chromium uses this code for several different kinds of malformed answer, so it points at no single fault. ' +
    'The problem lies in what the server, or something between it and the browser, sent.',
  contrasts: [
    {
      id: 'net::ERR_EMPTY_RESPONSE',
      text: 'An empty response means the server closed the connection without sending anything; an invalid response means it sent something broken.',
    },
    {
      id: '500',
      text: 'A 500 is a well-formed answer that reports an error; an invalid response is not a well-formed answer at all.',
    },
    {
      id: 'net::ERR_HTTP2_PROTOCOL_ERROR',
      text: 'An HTTP/2 protocol error is about the framing of one connection type; an invalid response is about the content of the answer itself.',
    },
  ],
  causes: [
    {
      title: 'The application wrote a malformed header',
      detail:
        'Code or a framework produced a status line or header the browser cannot parse, for example one with a stray character or a missing part.',
    },
    {
      title: 'Software in between changed the answer',
      detail:
        'A proxy, firewall or antivirus that inspects traffic damaged the response on the way. This fits failures seen on one network or device only.',
    },
    {
      title: 'A bug in the server or CDN',
      detail:
        'The web server, load balancer or CDN sent an answer that does not follow the protocol, often right after an update.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Reload the page once.' },
      {
        text: 'Try another network, or turn off the VPN or the antivirus web protection for a moment. If that helps, that software is changing the answer.',
      },
      { text: 'If it keeps failing, tell the site owner the address and the time it happened.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Fetch the address and read the raw status line and headers for anything malformed: a missing colon, a stray character, or an empty value where one is required.',
        snippets: [{ label: 'Shell', code: 'curl -sv --http1.1 -o /dev/null https://example.com/path' }],
      },
      {
        text: 'Compare the answer straight from the origin with the one through the CDN or proxy, to find which layer breaks it.',
      },
      { text: 'Look for a recent change to code that sets headers by hand, especially authentication headers.' },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'Reloading gets the same broken answer until the server, or the software in between, is fixed.',
  },
  related: ['net::ERR_EMPTY_RESPONSE', 'net::ERR_HTTP2_PROTOCOL_ERROR', 'NS_ERROR_CORRUPTED_CONTENT'],
  faq: [],
  references: [
    { title: 'RFC 9112, section 2: HTTP/1.1 message format', url: 'https://www.rfc-editor.org/rfc/rfc9112#section-2' },
    {
      title: 'Chromium net_error_list.h',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
  ],
});
