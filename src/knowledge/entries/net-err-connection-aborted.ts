import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_CONNECTION_ABORTED',
  kind: 'network',
  title: 'Connection aborted',
  aliases: ['ERR_CONNECTION_ABORTED', 'ECONNABORTED', 'WSAECONNABORTED'],
  summary: 'A working connection was given up, usually because data sent over it was never acknowledged.',
  meaning:
    'Chrome uses this name when a connection dies because the data it sent went unacknowledged for too long, and when the operating system reports that it aborted the connection itself. ' +
    'The connection had been working; the network path or something on the device stopped it partway. ' +
    'It does not point at a specific fault on the server.',
  contrasts: [
    {
      id: 'net::ERR_CONNECTION_RESET',
      text: "A reset is an explicit signal from the server or a device on the path. An aborted connection is usually given up on the visitor's side.",
    },
    {
      id: 'net::ERR_CONNECTION_TIMED_OUT',
      text: 'A connection timeout means the first contact never succeeded. An aborted connection had been established and then stalled.',
    },
  ],
  causes: [
    {
      title: 'The network dropped mid-transfer',
      detail: 'Wi-Fi disconnected, the mobile signal faded, or a router restarted while the connection was in use.',
    },
    {
      title: 'Software on the device stopped it',
      detail:
        'Firewalls, antivirus web shields and VPN clients can abort connections they decide to end, a common source on Windows.',
    },
    {
      title: 'The server side vanished',
      detail:
        'The server went offline, or a load balancer lost track of the connection, so nothing acknowledges the data any more.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Reload. If your connection is unstable, move closer to the router or switch networks.' },
      { text: 'Pause a VPN or the web protection of your antivirus and try again.' },
      { text: 'If large uploads fail this way, try a smaller file or a more stable connection.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'If many visitors see it, look for servers or load balancers that disappear mid-request, such as crashes or scaling down without draining connections.',
      },
      {
        text: 'Check whether reports cluster on large uploads or long downloads, which suffer most from unstable links.',
      },
    ],
  },
  retry: {
    advice: 'immediately',
    note: 'It is usually a one-off interruption; reload once the connection is stable.',
  },
  related: [
    'net::ERR_CONNECTION_RESET',
    'net::ERR_CONNECTION_CLOSED',
    'net::ERR_TIMED_OUT',
    'net::ERR_NETWORK_CHANGED',
  ],
  faq: [
    {
      q: 'Is the site at fault?',
      a: 'Rarely. This usually comes from the network or software on your device. If it happens only on one site and on every network, tell the site owner.',
    },
  ],
  references: [
    {
      title: 'Chromium: net_error_list.h (ERR_CONNECTION_ABORTED)',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
  ],
});
