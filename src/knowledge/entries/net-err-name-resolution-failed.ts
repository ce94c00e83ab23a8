import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_NAME_RESOLUTION_FAILED',
  kind: 'network',
  title: 'DNS lookup could not be completed',
  aliases: ['ERR_NAME_RESOLUTION_FAILED', 'Temporary failure in name resolution'],
  summary: "The device's DNS lookup broke down, so the browser got no answer at all about the site's address.",
  meaning:
    'The operating system was asked for the address behind the host name and could not finish the job. ' +
    'It did not come back with "this name does not exist"; it failed for another reason, such as no reachable DNS server or a temporary resolver error. ' +
    "That points at the lookup machinery on the device or network rather than at the site's records. " +
    'Current Chrome versions usually pass this on to pages and extensions as ERR_NAME_NOT_RESOLVED, so this exact name is rare in a request log.',
  contrasts: [
    {
      id: 'net::ERR_NAME_NOT_RESOLVED',
      text: 'ERR_NAME_NOT_RESOLVED is the usual name for a lookup that produced no address. This one specifically says the lookup itself could not be carried out.',
    },
    {
      id: 'net::ERR_DNS_TIMED_OUT',
      text: "A DNS timeout is one precise way to fail: Chrome's own DNS client waited and no reply came.",
    },
    {
      id: 'net::ERR_INTERNET_DISCONNECTED',
      text: 'When the operating system reports no network at all, Chrome names that instead.',
    },
  ],
  causes: [
    {
      title: 'No working DNS server',
      detail:
        'The network gave the device no DNS server, or the configured one cannot be reached, for example just after joining a network or when a VPN has dropped.',
    },
    {
      title: 'A temporary resolver failure',
      detail:
        'The resolver reported a temporary error instead of an answer. On Linux this is the familiar "temporary failure in name resolution".',
    },
    {
      title: 'Software that intercepts DNS',
      detail:
        'VPN clients, security suites and DNS filters that redirect lookups on the device can make them fail outright when they misbehave.',
    },
    {
      title: 'A system problem on the device',
      detail:
        "A broken network configuration or a system error can make the operating system's lookup call fail before any question is sent.",
    },
  ],
  visitor: {
    steps: [
      { text: 'Reload after a few seconds. If every site fails, the problem is your connection, not this site.' },
      { text: 'Disconnect and reconnect Wi-Fi, or restart the router if other devices are affected too.' },
      { text: 'Turn off a VPN or DNS filter for a moment, or try another network such as mobile data.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'If several visitors report it for your domain only, check that your nameservers answer quickly and consistently from different networks.',
      },
    ],
    nothingToDo:
      "This failure happens in the visitor's device or network before any question reaches your DNS, so there is usually nothing to change on the site.",
  },
  retry: {
    advice: 'after-delay',
    note: 'Resolver failures are often brief; retry after a short wait or once the network settles.',
  },
  related: [
    'net::ERR_NAME_NOT_RESOLVED',
    'net::ERR_DNS_TIMED_OUT',
    'net::ERR_DNS_SERVER_FAILED',
    'net::ERR_INTERNET_DISCONNECTED',
  ],
  faq: [
    {
      q: 'Is the site broken?',
      a: 'Probably not. This error describes the lookup failing on your side. If other sites work and this one keeps failing, treat it like a name that does not resolve.',
    },
  ],
  references: [
    {
      title: 'Chromium: net_error_list.h (ERR_NAME_RESOLUTION_FAILED)',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
  ],
});
