import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_NETWORK_ACCESS_DENIED',
  kind: 'network',
  title: 'Network access blocked on this device',
  aliases: ['ERR_NETWORK_ACCESS_DENIED', 'Your Internet access is blocked'],
  summary:
    'The operating system refused to let the browser open this connection, usually because of a firewall or security software.',
  meaning:
    'The connection attempt never left the device: the operating system denied the browser permission to connect. ' +
    'In practice that is almost always a firewall or a security program on the device, not anything the site did. ' +
    'On Windows it usually means Windows Firewall or a security product has a rule blocking the browser or this destination.',
  contrasts: [
    {
      id: 'net::ERR_BLOCKED_BY_ADMINISTRATOR',
      text: "That one is the browser's own policy blocking the address. This one is the operating system or security software refusing the connection.",
    },
    {
      id: 'net::ERR_BLOCKED_BY_CLIENT',
      text: 'That one means a browser extension, such as an ad blocker, cancelled the request. This one happens below the browser, in the system.',
    },
    {
      id: 'net::ERR_CONNECTION_REFUSED',
      text: 'A refusal comes from the server side after the attempt went out. Here the attempt was stopped on your own device.',
    },
  ],
  causes: [
    {
      title: 'A firewall rule on the device',
      detail: 'The system firewall has a rule that blocks the browser, or blocks the address or port being contacted.',
    },
    {
      title: 'Security or antivirus software',
      detail: 'A security suite that controls which programs may use the network is blocking the browser or this site.',
    },
    {
      title: 'Parental controls or device management',
      detail:
        'Family safety tools, or management software on a work device, restrict which programs or sites may use the network.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'Check that your firewall allows your browser. In Windows, look under Windows Security, Firewall and network protection, Allow an app through firewall.',
      },
      {
        text: 'Open your antivirus or security software and look for a blocked-connection notice or rule for the browser or this site.',
      },
      { text: 'On a family-managed or work device, ask whoever manages it; the block is set there.' },
      {
        text: 'Trying another browser is a quick check: if it works there, the rule targets the browser, not the site.',
      },
    ],
  },
  owner: {
    steps: [],
    nothingToDo: "The block is a rule on the visitor's device. Nothing on the site can lift it.",
  },
  retry: {
    advice: 'after-change',
    note: 'It fails every time until the firewall or security rule changes.',
  },
  related: [
    'net::ERR_BLOCKED_BY_ADMINISTRATOR',
    'net::ERR_BLOCKED_BY_CLIENT',
    'net::ERR_CONNECTION_FAILED',
    'net::ERR_PROXY_CONNECTION_FAILED',
  ],
  faq: [
    {
      q: 'Is the website blocking me?',
      a: 'No. The connection never left your device. A firewall, security program or device policy on your side stopped it.',
    },
  ],
  references: [
    {
      title: 'Chromium: net_error_list.h (ERR_NETWORK_ACCESS_DENIED)',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
  ],
});
