import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_CONNECTION_TIMED_OUT',
  kind: 'network',
  title: 'Connection timed out',
  aliases: ['ERR_CONNECTION_TIMED_OUT', 'took too long to respond', 'ETIMEDOUT'],
  summary: 'The browser tried to connect, but the server never answered, so it gave up waiting.',
  meaning:
    'DNS gave an address and the browser sent its connection request there, but no reply of any kind came back before the operating system gave up. ' +
    'Nothing refused the connection; the attempt simply vanished. ' +
    'That usually means the traffic is being dropped, by a firewall, a filter or a dead route, or that the machine is off or too overloaded to take new connections.',
  contrasts: [
    {
      id: 'net::ERR_CONNECTION_REFUSED',
      text: 'A refusal is an immediate "no". A timeout is silence: no answer at all.',
    },
    {
      id: '522',
      text: 'Behind Cloudflare, a connection timeout between Cloudflare and the origin server is shown as a 522 page instead.',
    },
    {
      id: '504',
      text: 'A 504 comes from a gateway the browser reached, whose upstream server was too slow. Here the browser reached nothing.',
    },
    {
      id: 'net::ERR_TIMED_OUT',
      text: 'ERR_TIMED_OUT is the broader timeout name, used for other steps such as a connection that was already open and went silent.',
    },
  ],
  causes: [
    {
      title: 'A firewall drops the traffic',
      detail:
        "The server's firewall or cloud security group does not allow the port, so connection attempts disappear without a reply.",
    },
    {
      title: 'The server is down or overloaded',
      detail: 'A machine that is off, frozen, or swamped with connections does not answer new ones.',
    },
    {
      title: 'DNS points at the wrong address',
      detail: 'An old or mistyped address record sends visitors to a machine that no longer serves the site.',
    },
    {
      title: "The visitor's network blocks it",
      detail:
        'Company, school, hotel or national networks may silently drop traffic to some sites or to unusual ports.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Check that other sites load. If they do not, the problem is your connection.' },
      { text: 'Wait a minute and reload.' },
      {
        text: 'Try another network such as mobile data, or turn off your VPN. If the site loads there, your usual network is blocking it.',
      },
      { text: 'If it times out everywhere, the server is probably down. Tell the site owner.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Test the connection from a machine outside your own network.',
        snippets: [
          { label: 'Command line', code: 'curl -v --connect-timeout 10 https://example.com/\nnc -vz example.com 443' },
        ],
      },
      {
        text: 'Allow ports 80 and 443 in the server firewall and in any cloud security group or network rule.',
        snippets: [{ label: 'ufw', code: 'sudo ufw allow 80/tcp\nsudo ufw allow 443/tcp' }],
      },
      {
        text: 'Check that the A and AAAA records point at the current server.',
        snippets: [{ label: 'Command line (dig)', code: 'dig +short example.com A\ndig +short example.com AAAA' }],
      },
      {
        text: 'Check server load: a machine out of memory or CPU, or with its connection queue full, stops accepting new connections.',
      },
    ],
  },
  retry: {
    advice: 'after-delay',
    note: 'A busy or restarting server may answer a little later; a firewall that drops traffic keeps failing until it is changed.',
  },
  related: ['net::ERR_CONNECTION_REFUSED', 'net::ERR_TIMED_OUT', 'net::ERR_ADDRESS_UNREACHABLE', '522', '504'],
  faq: [
    {
      q: 'Is the site down?',
      a: 'Possibly, but a network that filters the site looks exactly the same from your side. If it loads on mobile data or for an online status checker, the problem lies between your network and the server.',
    },
    {
      q: 'Why does it take so long before the error appears?',
      a: 'The browser waits for an answer that never comes. The operating system resends the connection request several times before giving up, which takes from tens of seconds to about two minutes.',
    },
  ],
  references: [
    {
      title: 'Chromium: net_error_list.h (ERR_CONNECTION_TIMED_OUT)',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
  ],
});
