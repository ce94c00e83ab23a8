import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_TUNNEL_CONNECTION_FAILED',
  kind: 'network',
  title: 'Proxy could not open a tunnel to the site',
  aliases: ['ERR_TUNNEL_CONNECTION_FAILED'],
  summary: 'The proxy server was reached, but it refused or failed to open a connection through to the site.',
  meaning:
    'For HTTPS sites, a browser behind a proxy asks the proxy to open a tunnel to the site with a CONNECT request. ' +
    'The proxy answered with something other than success or a request to sign in: a block, an error reaching the site, or a redirect. ' +
    "Chrome deliberately ignores whatever the proxy sent back, so the proxy's own explanation is not shown. The proxy's logs, or whoever runs it, have the reason.",
  contrasts: [
    {
      id: 'net::ERR_PROXY_CONNECTION_FAILED',
      text: 'There the proxy itself could not be reached. Here the proxy was reached and said no, or could not get through.',
    },
    {
      id: '407',
      text: 'A 407 from the proxy asks for credentials, and the browser handles it with a sign-in prompt. Other refusals end in this error.',
    },
    {
      id: '403',
      text: 'A 403 page comes from the website. Here the refusal came from the proxy in front of you, before the site was contacted.',
    },
  ],
  causes: [
    {
      title: 'The proxy blocks the site',
      detail:
        'Company, school and public Wi-Fi proxies refuse tunnels to sites, categories or addresses they do not allow.',
    },
    {
      title: 'The proxy cannot reach the site',
      detail:
        "The proxy's own lookup of the site's name, or its connection to the site, failed, and it answered with an error instead of a tunnel.",
    },
    {
      title: 'The port is not allowed',
      detail: 'Many proxies only open tunnels to port 443. A site on another port, such as :8443, is refused.',
    },
    {
      title: 'A proxy the visitor did not expect',
      detail:
        'Automatic proxy detection, a configuration script or security software sends traffic through a proxy the visitor does not know about.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'Check whether the site loads on another network, such as mobile data. If it does, the proxy on your usual network is refusing it.',
      },
      {
        text: 'Disable proxy or VPN extensions, or check your system proxy settings, if you do not expect to use a proxy.',
      },
      { text: 'On a work or school network, ask the IT team to allow the site.' },
    ],
  },
  owner: {
    steps: [
      { text: 'Serve the site on the standard HTTPS port 443; proxies commonly refuse tunnels to other ports.' },
      {
        text: 'If visitors from one organisation report this, ask them to check whether their proxy blocks or miscategorises your domain.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'It fails the same way until the proxy rules, the network or the proxy settings change.',
  },
  related: ['net::ERR_PROXY_CONNECTION_FAILED', '407', '403', '502'],
  faq: [
    {
      q: "Why doesn't the browser show the proxy's error page?",
      a: 'For HTTPS addresses the browser cannot tell a genuine page from one the proxy makes up, so it refuses to show anything the proxy sends in place of the site.',
    },
  ],
  references: [
    {
      title: 'Chromium: net_error_list.h (ERR_TUNNEL_CONNECTION_FAILED)',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
    { title: 'RFC 9110, section 9.3.6: CONNECT', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-9.3.6' },
  ],
});
