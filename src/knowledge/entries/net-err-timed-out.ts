import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_TIMED_OUT',
  kind: 'network',
  title: 'Operation timed out',
  aliases: ['ERR_TIMED_OUT'],
  summary: 'A step of the request took too long, and the browser or the system stopped waiting.',
  meaning:
    'A generic timeout: some stage of the request ran out of time. ' +
    'Chrome uses it when its own deadline for setting up a connection, including any proxy or secure handshake, passes, and when an already open connection stops responding and the operating system gives up on it. ' +
    'Unlike ERR_CONNECTION_TIMED_OUT, it does not specifically say that the first contact with the server failed.',
  contrasts: [
    {
      id: 'net::ERR_CONNECTION_TIMED_OUT',
      text: 'That name is for a first connection attempt that got no answer. This one covers timeouts at other stages.',
    },
    {
      id: '408',
      text: "A 408 is the server saying it waited too long for the browser's request. Here it is the browser's side that gave up.",
    },
    {
      id: '504',
      text: 'A 504 is a gateway reporting that its upstream was too slow, sent as a normal response. Here no response arrived at all.',
    },
  ],
  causes: [
    {
      title: 'The connection went silent',
      detail:
        'The network path broke, or the server machine disappeared, while a request was in progress, and the system eventually declared the connection dead.',
    },
    {
      title: 'Slow connection setup through a proxy or VPN',
      detail:
        "A proxy, VPN or heavily loaded server took so long to finish setting up the connection that Chrome's deadline passed.",
    },
    {
      title: 'An unstable or congested network',
      detail: 'Heavy packet loss on weak Wi-Fi or mobile links can stall a connection until it times out.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Reload, and check that other sites load normally.' },
      { text: 'Turn off a VPN or proxy, or move to a more stable network.' },
      { text: 'If only this site keeps timing out on every network, tell the site owner.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Check that the site is reachable from several networks and that no server or load balancer drops out of service during requests.',
      },
      { text: 'When removing servers from a pool, drain their connections first instead of cutting them off.' },
    ],
  },
  retry: {
    advice: 'after-delay',
    note: 'Timeouts are often caused by passing network trouble; retry after a short wait.',
  },
  related: ['net::ERR_CONNECTION_TIMED_OUT', 'net::ERR_CONNECTION_ABORTED', 'net::ERR_DNS_TIMED_OUT', '408', '504'],
  faq: [
    {
      q: 'What is the difference from "connection timed out"?',
      a: 'Connection timed out means the server never answered the first contact. This error is the general case: something later, or something in the setup, took too long.',
    },
  ],
  references: [
    {
      title: 'Chromium: net_error_list.h (ERR_TIMED_OUT)',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
  ],
});
