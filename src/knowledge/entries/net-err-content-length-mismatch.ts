import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_CONTENT_LENGTH_MISMATCH',
  kind: 'network',
  title: 'Response shorter than announced',
  aliases: ['ERR_CONTENT_LENGTH_MISMATCH', 'Content-Length mismatch'],
  summary: 'The server announced the size of its answer, then the connection ended before that many bytes arrived.',
  meaning:
    'The Content-Length header tells the browser how many bytes the body will have. ' +
    'The connection closed before all of them came, so the browser knows the answer is incomplete and refuses to use it. ' +
    'A script, stylesheet or image cut short this way is simply missing from the page. ' +
    'The server did start to answer; it did not finish.',
  contrasts: [
    {
      id: 'net::ERR_INCOMPLETE_CHUNKED_ENCODING',
      text: 'The same kind of cut, for an answer sent in chunks without an announced size.',
    },
    {
      id: 'net::ERR_CONNECTION_RESET',
      text: 'A reset is an abrupt drop reported as such; a length mismatch means the connection closed before the promised size arrived.',
    },
    {
      id: 'net::ERR_CONTENT_DECODING_FAILED',
      text: 'A decoding failure means the bytes that arrived could not be unpacked; a length mismatch means some bytes never arrived.',
    },
  ],
  causes: [
    {
      title: 'The application stopped mid-answer',
      detail:
        'A worker crashed, hit a time limit such as PHP max_execution_time or a proxy read timeout, or was restarted while sending.',
    },
    {
      title: 'A proxy could not buffer the answer',
      detail:
        'A reverse proxy such as nginx stores large upstream answers in temporary files. A full disk or wrong permissions on that folder cuts the answer short.',
    },
    {
      title: 'The announced length is wrong',
      detail:
        'Code set Content-Length by hand and then changed the body, compressed it, or counted characters instead of bytes for text with accents or emoji.',
    },
    {
      title: 'The connection dropped',
      detail: 'An unstable network, a VPN or security software closed the connection during a long transfer.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Reload the page.' },
      {
        text: 'If it keeps happening on large files, try another network or turn off the VPN or antivirus web scanning for a moment.',
      },
      { text: 'Tell the site owner which file fails to load.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Check the web server error log around the failure for upstream timeouts, "Permission denied" or "No space left on device".',
      },
      {
        text: "Make sure the proxy's temporary folders exist, are writable by its worker user, and that the disk has room.",
      },
      {
        text: 'Let the server or framework compute Content-Length. If you must set it yourself, count bytes, not characters.',
        snippets: [
          {
            label: 'Express',
            code: "res.set('Content-Length', String(Buffer.byteLength(body, 'utf8')));\nres.end(body);",
          },
        ],
      },
      { text: 'Raise timeouts for slow endpoints, or send less data per request.' },
    ],
  },
  retry: {
    advice: 'immediately',
    note: 'A reload often works when the cut was a one-off; a cut at the same point every time is a server problem.',
  },
  related: ['net::ERR_INCOMPLETE_CHUNKED_ENCODING', 'net::ERR_HTTP2_PROTOCOL_ERROR', 'net::ERR_CONNECTION_RESET'],
  faq: [],
  references: [
    { title: 'RFC 9110, section 8.6: Content-Length', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-8.6' },
    { title: 'RFC 9112, section 6.3: Message body length', url: 'https://www.rfc-editor.org/rfc/rfc9112#section-6.3' },
    {
      title: 'nginx: proxy_temp_path',
      url: 'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_temp_path',
    },
    {
      title: 'Chromium net_error_list.h',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
  ],
});
