import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_NETWORK_CHANGED',
  kind: 'network',
  title: 'Network changed during the request',
  aliases: ['ERR_NETWORK_CHANGED', 'A network change was detected'],
  summary:
    'Your device switched networks or addresses mid-request, so the browser dropped the connections it had open.',
  meaning:
    "Chrome noticed that the device's network changed, for example a new Wi-Fi network, a VPN coming up or going down, or a new IP address, and abandoned requests that were using the old connections. " +
    'The site did nothing wrong, and a reload normally works. ' +
    'If it keeps happening, something on the device is changing its network settings over and over.',
  contrasts: [
    {
      id: 'net::ERR_INTERNET_DISCONNECTED',
      text: 'Disconnected means there was no network at all. Changed means there was one, and it switched.',
    },
    {
      id: 'net::ERR_CONNECTION_RESET',
      text: 'A reset comes from the server or the network path. A network change is detected on your own device.',
    },
  ],
  causes: [
    {
      title: 'Switching networks',
      detail: 'Moving between Wi-Fi networks, or between Wi-Fi, mobile data and a cable.',
    },
    {
      title: 'A VPN connecting or reconnecting',
      detail: 'VPN clients change the network setup when they connect, drop or reconnect.',
    },
    {
      title: 'Virtual network adapters coming and going',
      detail:
        'Virtual machine, container and VPN software that adds and removes network adapters can trigger this repeatedly.',
    },
    {
      title: 'A new address from the router',
      detail: 'The device received a new IP address on the same network.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Reload the page; it normally works straight away.' },
      { text: 'If it keeps happening, check for an unstable Wi-Fi connection or a VPN that reconnects by itself.' },
      {
        text: 'Disable virtual network adapters you do not use, such as those left by old VPN or virtual machine software.',
      },
    ],
  },
  owner: {
    steps: [
      {
        text: "For long uploads or API calls, let the client retry safely after a failure like this one, so a network switch does not lose the user's work.",
      },
    ],
    nothingToDo: "This comes from the visitor's own device changing networks; nothing on the server causes it.",
  },
  retry: {
    advice: 'immediately',
    note: 'Reloading on the new network usually works at once.',
  },
  related: ['net::ERR_INTERNET_DISCONNECTED', 'net::ERR_CONNECTION_ABORTED', 'net::ERR_CONNECTION_RESET'],
  faq: [
    {
      q: 'I did not change networks. Why does this keep appearing?',
      a: 'Software can change the network setup behind the scenes: VPN clients, virtual machine tools, or a network adapter that keeps dropping and reconnecting.',
    },
  ],
  references: [
    {
      title: 'Chromium: net_error_list.h (ERR_NETWORK_CHANGED)',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
  ],
});
