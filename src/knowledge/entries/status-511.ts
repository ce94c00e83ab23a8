import { defineEntry } from '../types';

export default defineEntry({
  id: '511',
  kind: 'server-error',
  title: '511 Network Authentication Required',
  aliases: ['Network Authentication Required', 'Captive portal', 'Wi-Fi login required'],
  summary: 'The network you are on wants you to sign in or accept its terms before it lets you reach the internet.',
  meaning:
    'This answer does not come from the website you asked for. It comes from the network in between, usually the Wi-Fi of a hotel, airport, train, cafe or office, which holds back traffic until you sign in, pay or accept its terms. ' +
    'Such a login page is called a captive portal. The 511 response should include a link to it. ' +
    'The site you wanted may be perfectly fine; your network simply has not let you through yet. ' +
    "Many portals use a redirect instead of 511, and on secure (https) sites they often cause certificate errors instead, because they cannot answer in the site's name.",
  contrasts: [
    {
      id: '407',
      text: '407 comes from a proxy configured on your device that wants a username and password; 511 comes from a network that wants you to sign in through a web page first.',
    },
    {
      id: '401',
      text: '401 means the website itself wants you to log in; 511 means the network wants you to log in before you can reach any website.',
    },
    {
      id: 'net::ERR_CERT_COMMON_NAME_INVALID',
      text: 'On https sites, a captive portal that answers in place of the site shows up as a certificate name error instead of a 511.',
    },
  ],
  causes: [
    {
      title: 'You have not signed in to the Wi-Fi yet',
      detail:
        'The network lets your device connect but blocks the internet until you open its login page and sign in or accept the terms.',
    },
    {
      title: 'Your network session expired',
      detail:
        'Many portals grant access for a set time or data amount. After it runs out, requests get a 511 or a redirect again.',
    },
    {
      title: 'Your device changed address or network',
      detail:
        'Switching access points, waking from sleep or a new device address (such as private Wi-Fi addresses) can make the portal treat you as a new visitor.',
    },
    {
      title: 'A page opened in the background hit the portal',
      detail:
        'A tab or app refreshed itself before you signed in, so its requests were answered by the portal instead of the site.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'Open the network sign-in page. Your system or browser often shows a notice such as "Sign in to network"; if not, open any address that starts with http:// rather than https://, which the portal can intercept and send you to its page.',
      },
      { text: 'Sign in, pay or accept the terms on the portal page, then reload the page you wanted.' },
      {
        text: 'If the portal keeps coming back, forget the network and join it again, or turn off private or random Wi-Fi addresses for this network.',
      },
      {
        text: 'Turn off a VPN until you are signed in; most VPNs cannot connect through a portal that is still blocking you.',
      },
      { text: 'If you cannot find the portal, ask the staff of the place that provides the Wi-Fi.' },
    ],
  },
  owner: {
    steps: [
      {
        text: "If you run the website, there is nothing to fix: the 511 came from your visitor's network, not from your server.",
      },
      {
        text: 'If you run the network, answer blocked plain-http requests with 511 and a short page that links to the portal, rather than a redirect that clients may mistake for the real site. Do not let caches store it.',
        snippets: [
          {
            label: 'HTTP response',
            code: 'HTTP/1.1 511 Network Authentication Required\nContent-Type: text/html\nCache-Control: no-store\n\n<html><head><title>Sign in to this network</title></head>\n<body><p>Sign in at <a href="https://portal.example.net/">portal.example.net</a> to reach the internet.</p></body></html>',
          },
        ],
      },
      {
        text: 'Also support the captive portal API (RFC 8908) and DHCP option 114 (RFC 8910), so devices can find the portal without intercepting traffic.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'It keeps happening until you sign in to the network or switch to another one.',
  },
  related: ['407', '401', 'net::ERR_CERT_COMMON_NAME_INVALID', 'net::ERR_CERT_AUTHORITY_INVALID', 'generic-5xx'],
  faq: [
    {
      q: 'Is the website broken?',
      a: 'No. The 511 was sent by the Wi-Fi or network you are on. Once you sign in to the network, the site should load normally.',
    },
    {
      q: 'Why is a network sign-in listed among server errors?',
      a: 'The code exists so that browsers and apps can tell a network blocking them apart from a real answer from the site. It does not mean the site failed.',
    },
  ],
  references: [
    {
      title: 'RFC 6585, section 6: 511 Network Authentication Required',
      url: 'https://www.rfc-editor.org/rfc/rfc6585#section-6',
    },
    {
      title: 'MDN: 511 Network Authentication Required',
      url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/511',
    },
    { title: 'RFC 8908: Captive Portal API', url: 'https://www.rfc-editor.org/rfc/rfc8908' },
    {
      title: 'RFC 8910: Captive-Portal Identification in DHCP and Router Advertisements',
      url: 'https://www.rfc-editor.org/rfc/rfc8910',
    },
  ],
});
