import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_INCOMPLETE_CHUNKED_ENCODING',
  kind: 'network',
  title: 'Response cut off while streaming',
  aliases: ['ERR_INCOMPLETE_CHUNKED_ENCODING'],
  summary: 'The server was sending its answer in pieces, and the connection closed before the final piece arrived.',
  meaning:
    'When the size is not known in advance, HTTP/1.1 sends the body in chunks and marks the end with an empty last chunk. ' +
    'The connection closed before that end mark arrived, so the browser knows the answer is incomplete. ' +
    'The server did start answering; something stopped it partway.',
  contrasts: [
    {
      id: 'net::ERR_CONTENT_LENGTH_MISMATCH',
      text: 'The same kind of cut, for an answer that announced its size with Content-Length instead of being sent in chunks.',
    },
    {
      id: 'net::ERR_HTTP2_PROTOCOL_ERROR',
      text: 'HTTP/2 has no chunks, so an answer cut short there shows up as a different error, often an HTTP/2 protocol error.',
    },
  ],
  causes: [
    {
      title: 'The application crashed or timed out while streaming',
      detail:
        'A script failed after the headers were sent, for example a fatal error, a memory limit or an execution time limit, so the end mark was never written.',
    },
    {
      title: 'A proxy timeout ended a slow answer',
      detail:
        'A reverse proxy or load balancer closed the connection when the backend went quiet for longer than its read timeout. Long reports, exports and event streams are typical.',
    },
    {
      title: 'Security software cut the stream',
      detail: 'Antivirus web shields and some corporate proxies scan responses and sometimes end them early.',
    },
    {
      title: 'The proxy could not buffer the answer',
      detail:
        'A reverse proxy that cannot write its temporary files, because the disk is full or permissions are wrong, truncates the answer.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Reload the page.' },
      { text: 'Turn off the antivirus web scanning, VPN or proxy for a moment, or try another network.' },
      { text: 'If it keeps failing, tell the site owner which address breaks.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Look in the application and proxy logs for a crash, a memory kill or a timeout at the moment the stream stopped.',
      },
      {
        text: 'For slow answers, raise the proxy read timeout or make the backend send data regularly so the connection never sits idle.',
        snippets: [
          {
            label: 'nginx',
            code: 'location /reports/ {\n    proxy_pass http://backend;\n    proxy_read_timeout 300s;\n}',
          },
        ],
      },
      {
        text: 'For server-sent events and other streams through nginx, turn off response buffering for that location.',
        snippets: [
          {
            label: 'nginx',
            code: 'location /events/ {\n    proxy_pass http://backend;\n    proxy_buffering off;\n    proxy_read_timeout 1h;\n}',
          },
        ],
      },
      {
        text: 'Catch errors before the first byte is sent, so the client gets a proper error status instead of a broken stream.',
      },
    ],
  },
  retry: {
    advice: 'immediately',
    note: 'A reload often works when the cut was a one-off; a cut every time points at the server or a proxy timeout.',
  },
  related: ['net::ERR_CONTENT_LENGTH_MISMATCH', 'net::ERR_HTTP2_PROTOCOL_ERROR', '504'],
  faq: [],
  references: [
    {
      title: 'RFC 9112, section 7.1: Chunked transfer coding',
      url: 'https://www.rfc-editor.org/rfc/rfc9112#section-7.1',
    },
    {
      title: 'nginx: proxy_read_timeout',
      url: 'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_read_timeout',
    },
    {
      title: 'Chromium net_error_list.h',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
  ],
});
