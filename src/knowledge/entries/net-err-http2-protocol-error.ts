import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_HTTP2_PROTOCOL_ERROR',
  kind: 'network',
  title: 'HTTP/2 protocol error',
  aliases: ['ERR_HTTP2_PROTOCOL_ERROR', 'ERR_SPDY_PROTOCOL_ERROR'],
  summary: 'The connection used HTTP/2, and something in it broke the protocol rules, so this request was dropped.',
  meaning:
    'HTTP/2 carries many requests over one connection, each in its own stream. ' +
    'This error means the stream for this request ended because one side broke the framing rules, or because the server reset the stream with an error. ' +
    'The browser cannot tell which component is at fault. The cause is usually the server, a proxy in front of it, or software on the way.',
  contrasts: [
    {
      id: 'net::ERR_QUIC_PROTOCOL_ERROR',
      text: 'The same kind of breakdown over HTTP/3 (QUIC) instead of HTTP/2.',
    },
    {
      id: 'net::ERR_INCOMPLETE_CHUNKED_ENCODING',
      text: 'Over HTTP/1.1 an answer cut short shows up as a chunked-encoding or length error; HTTP/2 has no chunks, so a cut there often shows up as this error.',
    },
    {
      id: 'net::ERR_CONNECTION_RESET',
      text: 'A reset drops the whole connection; an HTTP/2 protocol error can end one stream while the connection carries on.',
    },
  ],
  causes: [
    {
      title: 'The server gave up partway through',
      detail:
        'The application crashed or timed out, or a reverse proxy could not buffer the answer (a full disk or wrong permissions on its temporary folder), and the stream was reset.',
    },
    {
      title: 'A header HTTP/2 cannot carry',
      detail:
        'The application set a header with an invalid character, a line break or a huge value, which the server or the browser rejects in HTTP/2.',
    },
    {
      title: 'Software in between interferes',
      detail: 'Antivirus HTTPS scanning, a corporate proxy or a VPN that handles HTTP/2 badly.',
    },
    {
      title: 'A server or CDN bug',
      detail: 'A bug in the HTTP/2 layer of the web server, load balancer or CDN, often after an update.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Reload the page. A single reset stream often does not repeat.' },
      { text: 'Turn off the VPN or the antivirus HTTPS scanning for a moment, or try another network.' },
      { text: 'If it keeps failing, tell the site owner the address and the time it happened.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Check the web server error log at the time of the failure. Upstream timeouts and errors writing temporary buffer files often show up there.',
      },
      {
        text: 'Reproduce over HTTP/2 and over HTTP/1.1. If only HTTP/2 fails, look at the HTTP/2 layer of the server, the CDN or the load balancer.',
        snippets: [
          {
            label: 'Shell',
            code: 'curl -sv --http2 -o /dev/null https://example.com/path\ncurl -sv --http1.1 -o /dev/null https://example.com/path',
          },
        ],
      },
      { text: 'Check the headers your application sets for invalid characters, line breaks or very long values.' },
      {
        text: 'To confirm the diagnosis, turn HTTP/2 off for a while, then fix the cause and turn it back on.',
        snippets: [{ label: 'nginx 1.25.1 and later', code: 'server {\n    listen 443 ssl;\n    http2 off;\n}' }],
      },
    ],
  },
  retry: {
    advice: 'immediately',
    note: 'A reload opens a fresh stream and often works; failures on every reload point at the server.',
  },
  related: ['net::ERR_QUIC_PROTOCOL_ERROR', 'net::ERR_INCOMPLETE_CHUNKED_ENCODING', 'net::ERR_CONTENT_LENGTH_MISMATCH'],
  faq: [],
  references: [
    { title: 'RFC 9113, section 7: HTTP/2 error codes', url: 'https://www.rfc-editor.org/rfc/rfc9113#section-7' },
    {
      title: 'RFC 9113, section 8.2: HTTP/2 fields',
      url: 'https://www.rfc-editor.org/rfc/rfc9113#section-8.2',
    },
    {
      title: 'Chromium net_error_list.h',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
  ],
});
