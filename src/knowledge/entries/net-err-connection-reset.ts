import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_CONNECTION_RESET',
  kind: 'network',
  title: 'Connection reset',
  aliases: ['ERR_CONNECTION_RESET', 'The connection was reset', 'ECONNRESET', 'Connection reset by peer'],
  summary: 'The connection was cut off abruptly, by the server or by something between you and it.',
  meaning:
    'A connection was open, then a reset signal arrived and tore it down at once, without the normal closing exchange. ' +
    'It can happen before the request goes out, during the secure handshake, or in the middle of a transfer. ' +
    'The error does not say who sent the reset: the server, a load balancer, a firewall or filter on the network, or security software on the device can all do it.',
  contrasts: [
    {
      id: 'net::ERR_CONNECTION_CLOSED',
      text: 'A close is the orderly hang-up. A reset is the abrupt one, and points more often to a crash, a filter or a firewall.',
    },
    {
      id: 'net::ERR_CONNECTION_REFUSED',
      text: 'Refused means the connection was never accepted. Reset means it was open and then torn down.',
    },
    {
      id: 'net::ERR_EMPTY_RESPONSE',
      text: 'When the server hangs up in the orderly way right after the request, without answering, Chrome reports an empty response instead.',
    },
  ],
  causes: [
    {
      title: 'Filtering on the network',
      detail:
        'Company, school and some national or provider filters reset connections to sites they block, often just after seeing the site name at the start of the secure handshake.',
    },
    {
      title: 'Security software or a VPN on the device',
      detail:
        'Antivirus web shields, HTTPS scanning and VPN clients sit inside the connection and can reset it when they fail or object.',
    },
    {
      title: 'The server process crashed or restarted',
      detail:
        'A worker that dies mid-request, or a restart that kills open connections, leaves the operating system to reset them.',
    },
    {
      title: 'An upload bigger than the server accepts',
      detail:
        'Some servers reject a too-large request body and close the connection before reading all of it. The browser may then see a reset instead of the 413 answer.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Reload once. A single reset is often a glitch.' },
      {
        text: 'If it happens every time, try another network such as mobile data. If the site loads there, your usual network is filtering it.',
      },
      { text: 'Pause a VPN, or the web protection or HTTPS scanning of your antivirus, and try again.' },
      { text: 'If it fails on every network, tell the site owner the address and the time.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Look for crashes or restarts in the server and application logs at the time of the report.',
        snippets: [{ label: 'Linux shell', code: 'sudo journalctl -u nginx --since "15 min ago"' }],
      },
      {
        text: 'If resets happen on uploads, raise the body size limit or make sure the server answers 413 cleanly.',
        snippets: [
          { label: 'nginx', code: 'client_max_body_size 50m;' },
          { label: 'Apache', code: 'LimitRequestBody 52428800' },
        ],
      },
      {
        text: 'Reload configuration gracefully during deploys so open connections can finish.',
        snippets: [{ label: 'Linux shell (nginx)', code: 'sudo nginx -t && sudo nginx -s reload' }],
      },
      {
        text: 'Test from several networks. If the reset happens only from some, a filter on those networks is sending it, not your server.',
      },
    ],
  },
  retry: {
    advice: 'immediately',
    note: 'A one-off reset often clears on reload; if it repeats every time, something is actively cutting the connection.',
  },
  related: [
    'net::ERR_CONNECTION_CLOSED',
    'net::ERR_CONNECTION_ABORTED',
    'net::ERR_EMPTY_RESPONSE',
    'net::ERR_CONNECTION_REFUSED',
    '413',
  ],
  faq: [
    {
      q: 'Is the site blocking me?',
      a: 'It can be, but more often something between you and the site resets the connection. If it loads on mobile data and not on your Wi-Fi or office network, that network is the cause.',
    },
    {
      q: 'Can my antivirus cause this?',
      a: 'Yes. Security software that inspects web traffic sits in the middle of the connection and can reset it. Pausing its web protection briefly is a quick test.',
    },
    {
      q: 'Why does it only happen when I upload a file?',
      a: 'The server may refuse bodies over a size limit and close the connection early. Try a smaller file, and tell the site owner the size that failed.',
    },
  ],
  references: [
    {
      title: 'Chromium: net_error_list.h (ERR_CONNECTION_RESET)',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
    {
      title: 'RFC 9293, section 3.5.2: TCP reset generation',
      url: 'https://www.rfc-editor.org/rfc/rfc9293#section-3.5.2',
    },
  ],
});
