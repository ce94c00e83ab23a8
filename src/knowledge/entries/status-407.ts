import { defineEntry } from '../types';

export default defineEntry({
  id: '407',
  kind: 'client-error',
  title: '407 Proxy Authentication Required',
  aliases: ['Proxy Authentication Required', 'Proxy login required'],
  summary: 'A proxy between you and the web wants a user name and password before it lets this request through.',
  meaning:
    'The answer did not come from the website. It came from a proxy server that your browser sends traffic through, usually on a work or school network. ' +
    "The proxy says how to sign in with a Proxy-Authenticate header, and the browser then asks you for the proxy's credentials. " +
    'Until the proxy accepts them, no site can be reached through it.',
  contrasts: [
    {
      id: '401',
      text: '401 comes from the website and asks you to sign in to it (WWW-Authenticate); 407 comes from the proxy and asks you to sign in to the network path (Proxy-Authenticate).',
    },
    {
      id: '511',
      text: "511 is a network, such as hotel or café Wi-Fi, asking you to sign in on its portal page; 407 is a configured proxy asking for credentials in the browser's own box.",
    },
    {
      id: 'net::ERR_PROXY_CONNECTION_FAILED',
      text: 'ERR_PROXY_CONNECTION_FAILED means the browser could not reach the proxy at all; a 407 means it reached the proxy, which wants credentials.',
    },
  ],
  causes: [
    {
      title: 'Your network requires proxy sign-in',
      detail:
        'Company and school networks often route web traffic through a proxy that needs your network account before it passes requests on.',
    },
    {
      title: 'Saved proxy credentials are wrong or outdated',
      detail:
        'After a password change or an account lockout, the credentials the browser or system saved for the proxy no longer work.',
    },
    {
      title: 'A proxy is set that you did not expect',
      detail:
        'A VPN or proxy app, a browser extension, or leftover system settings send traffic to a proxy that asks for a login.',
    },
    {
      title: 'Automatic sign-in to the proxy failed',
      detail:
        'Some proxies sign you in automatically with your computer account. On a device or account the proxy does not recognise, that fails and the 407 stays.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'When the browser asks for a proxy user name and password, enter the ones your network administrator gave you, often your work or school account.',
      },
      {
        text: 'If you recently changed that password, enter the new one; if the box keeps coming back, your account may be locked: contact your IT team.',
      },
      {
        text: 'If you do not expect a proxy, check your proxy settings: Chrome uses the system settings, Firefox has its own under Settings, Network Settings. Also check for VPN or proxy extensions.',
      },
      {
        text: "On a work device, ask your IT team: the proxy is theirs, not the website's.",
      },
    ],
  },
  owner: {
    steps: [],
    nothingToDo:
      "A 407 comes from a proxy on the visitor's side, not from your site; the request never reached your server. The visitor or their network administrator has to fix it.",
  },
  retry: {
    advice: 'after-change',
    note: 'Retry after entering valid proxy credentials or changing the proxy settings.',
  },
  related: ['401', '511', 'net::ERR_PROXY_CONNECTION_FAILED', 'net::ERR_TUNNEL_CONNECTION_FAILED', 'generic-4xx'],
  faq: [
    {
      q: 'Why does my browser ask for a password before any site loads?',
      a: 'Your traffic goes through a proxy that wants you to sign in. On a work or school network this is normal; elsewhere, check your proxy settings and extensions.',
    },
    {
      q: 'Can the website fix a 407?',
      a: 'No. The proxy that sent it sits between you and the site. Only you or whoever runs that proxy can change it.',
    },
  ],
  references: [
    {
      title: 'RFC 9110, section 15.5.8: 407 Proxy Authentication Required',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8',
    },
    {
      title: 'RFC 9110, section 11.7.1: Proxy-Authenticate',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-11.7.1',
    },
    {
      title: 'MDN: 407 Proxy Authentication Required',
      url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/407',
    },
  ],
});
