import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_CONNECTION_FAILED',
  kind: 'network',
  title: 'Connection failed',
  aliases: ['ERR_CONNECTION_FAILED'],
  summary: 'The browser could not open a connection to the server, and the system gave no more specific reason.',
  meaning:
    "Chrome tried to connect to the server's address and the operating system reported a failure that fits none of the precise cases, such as refused, timed out or unreachable. " +
    'It is a catch-all for failed connection attempts, so the cause has to be found by elimination. ' +
    'No request was sent and no server answered.',
  contrasts: [
    {
      id: 'net::ERR_CONNECTION_REFUSED',
      text: 'When the server clearly rejects the attempt, Chrome says refused. This error means the failure had no such clear label.',
    },
    {
      id: 'net::ERR_CONNECTION_TIMED_OUT',
      text: 'When the attempt simply gets no reply, Chrome says timed out.',
    },
    {
      id: 'net::ERR_ADDRESS_UNREACHABLE',
      text: 'When the system knows there is no route to the address, Chrome says unreachable.',
    },
  ],
  causes: [
    {
      title: 'Security software, a VPN or a proxy interferes',
      detail:
        'Programs that hook into the network on the device can make connection attempts fail with unusual errors.',
    },
    {
      title: 'A glitch while the network changes',
      detail: 'Brief failures happen while the device switches networks or wakes from sleep.',
    },
    {
      title: 'A misbehaving network adapter or driver',
      detail:
        'A broken adapter setting, or virtual adapters added by virtual machine or VPN software, can make connections fail.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Reload after a few seconds.' },
      { text: 'Turn off a VPN, proxy or the web protection of your antivirus, and try again.' },
      { text: 'Reconnect to your network or restart the router; try another network if you can.' },
      { text: 'If only this site fails on every network, tell the site owner.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Check that the site is reachable from several networks, for example with an uptime checker or curl from another server.',
      },
      {
        text: 'If only some visitors report it, ask which security software, VPN or proxy they use; the failure usually lives there.',
      },
    ],
  },
  retry: {
    advice: 'after-delay',
    note: 'Retry after a short wait, or after changing network or turning off interfering software.',
  },
  related: [
    'net::ERR_CONNECTION_REFUSED',
    'net::ERR_CONNECTION_TIMED_OUT',
    'net::ERR_ADDRESS_UNREACHABLE',
    'net::ERR_NETWORK_ACCESS_DENIED',
  ],
  faq: [
    {
      q: 'Why is the message so vague?',
      a: 'Because the operating system itself gave a vague reason. Chrome uses this name only when none of its more precise ones fit.',
    },
  ],
  references: [
    {
      title: 'Chromium: net_error_list.h (ERR_CONNECTION_FAILED)',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
  ],
});
