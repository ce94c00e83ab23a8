import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_INTERNET_DISCONNECTED',
  kind: 'network',
  title: 'No internet connection',
  aliases: ['ERR_INTERNET_DISCONNECTED', 'No internet', 'You are offline'],
  summary: 'Your device appears to be offline, so the request could not leave it.',
  meaning:
    'A lookup or connection failed while the operating system was reporting no usable network connection, so Chrome put the blame on the missing connection rather than on the site. ' +
    'The site itself may be perfectly fine. ' +
    "The same error appears when a page is tested with the Offline setting in the browser's developer tools.",
  contrasts: [
    {
      id: 'net::ERR_NAME_NOT_RESOLVED',
      text: 'A failed name lookup on a device that is online gets that name instead. This one means the device reported no network at all.',
    },
    {
      id: 'net::ERR_NETWORK_CHANGED',
      text: 'A network change means the device was online and switched networks mid-request. This error means there was no network to use.',
    },
  ],
  causes: [
    {
      title: 'Wi-Fi or cable disconnected',
      detail: 'The device dropped off Wi-Fi, the cable came loose, or the mobile data connection ended.',
    },
    {
      title: 'Airplane mode or a disabled adapter',
      detail: 'Networking is switched off on the device, or the network adapter is disabled.',
    },
    {
      title: 'A moment without a network',
      detail: 'The system briefly reported no connection, for example while waking from sleep or switching networks.',
    },
    {
      title: 'Offline mode in developer tools',
      detail:
        "The Network panel of the browser's developer tools is set to Offline, which fails every request on purpose.",
    },
  ],
  visitor: {
    steps: [
      { text: 'Check Wi-Fi, the network cable or mobile data, and that airplane mode is off.' },
      { text: 'Reload once the connection is back.' },
      { text: "If developer tools are open, check that the Network panel's throttling is not set to Offline." },
    ],
  },
  owner: {
    steps: [
      {
        text: 'For web apps, consider an offline page or an automatic retry when the browser reports it is back online, so users are not left stuck.',
      },
    ],
    nothingToDo: "The visitor's device had no network connection. Nothing on the server caused this.",
  },
  retry: {
    advice: 'after-change',
    note: 'Retry once the device is connected again.',
  },
  related: ['net::ERR_NETWORK_CHANGED', 'net::ERR_NAME_NOT_RESOLVED', 'net::ERR_ADDRESS_UNREACHABLE'],
  faq: [
    {
      q: 'My Wi-Fi icon shows a connection. Why does the browser say I am offline?',
      a: 'The system reported no usable connection at the moment the request failed, often during a reconnect. If it persists, turn Wi-Fi off and on, or restart the device.',
    },
  ],
  references: [
    {
      title: 'Chromium: net_error_list.h (ERR_INTERNET_DISCONNECTED)',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
  ],
});
