import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_ADDRESS_UNREACHABLE',
  kind: 'network',
  title: 'Address unreachable (no route)',
  aliases: ['ERR_ADDRESS_UNREACHABLE', 'No route to host', 'EHOSTUNREACH'],
  summary: "Your device has no working route to the server's address, so the connection could not even start.",
  meaning:
    'The operating system reported that the address cannot be reached from this device: it knows no route to it, or a router on the way answered that the host or network is unreachable. ' +
    'The name, if there was one, resolved fine; the problem is getting traffic to that address. ' +
    'It often involves private or local-network addresses that only work from certain places.',
  contrasts: [
    {
      id: 'net::ERR_CONNECTION_TIMED_OUT',
      text: 'A timeout is silence. Unreachable is an explicit report that there is no way to get there.',
    },
    {
      id: 'net::ERR_INTERNET_DISCONNECTED',
      text: 'When Chrome knows the whole device is offline, it reports that instead.',
    },
    {
      id: '523',
      text: "Cloudflare's 523 is the same kind of failure one step further on: Cloudflare could not reach the origin server.",
    },
  ],
  causes: [
    {
      title: 'A private address used outside its network',
      detail:
        'The name points at an internal address (such as 10.x.x.x, 172.16.x.x to 172.31.x.x or 192.168.x.x) that only works inside a particular office, home or VPN.',
    },
    {
      title: 'macOS blocks local network access for the browser',
      detail:
        'Since macOS 15, apps need the Local Network permission to reach devices on the local network. If it is off for the browser, local addresses fail this way.',
    },
    {
      title: 'A VPN or routing change',
      detail:
        'A VPN that captures all traffic, or one that has disconnected, changes which addresses the device can reach.',
    },
    {
      title: 'An IPv6-only address on a network without IPv6',
      detail: 'If a name has only an IPv6 address and the device has no IPv6 connectivity, there is no route to it.',
    },
    {
      title: 'A router rejects the traffic',
      detail: 'A router or firewall on the path answers that the host or network is unreachable.',
    },
  ],
  visitor: {
    steps: [
      { text: 'If the address belongs to a workplace or home device, connect to that network or its VPN first.' },
      {
        text: 'On a Mac, open System Settings, Privacy and Security, Local Network, and make sure your browser is allowed. Then restart the browser.',
      },
      { text: 'Disconnect and reconnect your VPN, or try without it.' },
      { text: 'Try another network. If the address is public and fails everywhere, tell the site owner.' },
    ],
  },
  owner: {
    steps: [
      { text: 'Do not publish private addresses in public DNS for names that people use from the internet.' },
      {
        text: 'If a public name has only an IPv6 address, add an IPv4 address record too, so visitors without IPv6 can reach it.',
      },
      { text: 'For internal tools, tell users plainly that the VPN or office network is required.' },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'It keeps failing until the device is on a network, VPN or permission setting from which the address can be reached.',
  },
  related: ['net::ERR_CONNECTION_TIMED_OUT', 'net::ERR_INTERNET_DISCONNECTED', 'net::ERR_CONNECTION_FAILED', '523'],
  faq: [
    {
      q: 'Why can Safari open my router page when Chrome cannot?',
      a: 'On recent macOS versions each app needs the Local Network permission. Safari may have it while Chrome or another browser does not. Allow it in System Settings and restart the browser.',
    },
  ],
  references: [
    {
      title: 'Chromium: net_error_list.h (ERR_ADDRESS_UNREACHABLE)',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
  ],
});
