import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_PROXY_CONNECTION_FAILED',
  kind: 'network',
  title: 'Cannot reach the proxy server',
  aliases: ['ERR_PROXY_CONNECTION_FAILED', 'There is something wrong with the proxy server'],
  summary:
    'The browser is set to use a proxy server and could not connect to that proxy, so the site was never contacted.',
  meaning:
    'Traffic was supposed to go through a proxy, but the browser could not reach the proxy itself: its name did not resolve, or the connection to it failed. ' +
    'The website was never contacted. ' +
    'The fault lies in the proxy settings or in the proxy, not in the site.',
  contrasts: [
    {
      id: 'net::ERR_TUNNEL_CONNECTION_FAILED',
      text: 'There the proxy was reached but refused, or failed, to open the way to the site. Here the proxy could not be reached at all.',
    },
    {
      id: '407',
      text: 'A 407 means the proxy was reached and wants you to sign in.',
    },
    {
      id: 'net::ERR_CONNECTION_REFUSED',
      text: 'Without a proxy, the same kind of failure to the site would show up as a refused or timed-out connection.',
    },
  ],
  causes: [
    {
      title: 'Leftover proxy settings',
      detail:
        'A VPN, ad-blocking or monitoring program, or an old network setup left a proxy configured that no longer runs.',
    },
    {
      title: 'The proxy server is down',
      detail: 'The company or school proxy is offline, overloaded or restarting.',
    },
    {
      title: 'A wrong proxy address or port',
      detail: 'A typo in manual proxy settings, or an automatic configuration (PAC) file that names the wrong host.',
    },
    {
      title: 'Away from the network where the proxy lives',
      detail:
        'A laptop set up for the office proxy is now at home or on public Wi-Fi, where that proxy cannot be reached.',
    },
    {
      title: 'A browser extension controls the proxy',
      detail: 'Proxy and VPN extensions set a proxy that stops working when their service is down or signed out.',
    },
  ],
  visitor: {
    steps: [
      {
        text: "In Chrome, open Settings, System, Open your computer's proxy settings. Turn off a proxy you do not need, or switch to automatic detection.",
      },
      { text: 'Disable proxy or VPN extensions one at a time and reload.' },
      {
        text: 'On a work or school device, ask the IT team whether the proxy is down or whether you need to be on their network.',
      },
    ],
  },
  owner: {
    steps: [],
    nothingToDo:
      'The browser could not reach its own proxy; the website was never involved, so there is nothing to change on it.',
  },
  retry: {
    advice: 'after-change',
    note: 'Every request fails the same way until the proxy comes back or the proxy settings change.',
  },
  related: ['net::ERR_TUNNEL_CONNECTION_FAILED', '407', 'net::ERR_CONNECTION_REFUSED', 'net::ERR_NAME_NOT_RESOLVED'],
  faq: [
    {
      q: 'I never set up a proxy. Where did it come from?',
      a: 'VPN clients, security suites, ad blockers, browser extensions and company device policies can all set one. The system proxy settings show what is in use.',
    },
  ],
  references: [
    {
      title: 'Chromium: net_error_list.h (ERR_PROXY_CONNECTION_FAILED)',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
  ],
});
