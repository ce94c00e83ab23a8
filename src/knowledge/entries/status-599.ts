import { defineEntry } from '../types';

export default defineEntry({
  id: '599',
  kind: 'server-error',
  title: '599 Network Connect Timeout Error (informal)',
  aliases: ['Network Connect Timeout Error', 'Network connect timeout'],
  summary:
    'A proxy or service between you and the site could not reach the server behind it in time. It is informal and works like a 504.',
  meaning:
    'This is not a standard HTTP code. Some proxies use 599 informally to report that they could not connect to the server behind them before a timeout. ' +
    'The Python web framework Tornado also uses 599 in its HTTP client for "no response received", for example after a timeout or a failed connection, and services built on it sometimes pass that number on to their own callers. ' +
    'The standard code for a gateway that timed out is 504.',
  contrasts: [
    {
      id: '504',
      text: '504 is the standard code for a gateway timeout. 599 is an informal stand-in, usually for the connection stage.',
    },
    {
      id: '598',
      text: '598 is used when the connection worked but the answer was too slow. 599 is used when the connection itself did not happen in time.',
    },
    {
      id: '522',
      text: '522 is the same kind of connection timeout when the proxy in between is Cloudflare.',
    },
  ],
  causes: [
    {
      title: 'The server behind the proxy is down or overloaded',
      detail: 'The backend does not accept new connections, so the proxy waits until its connect timeout runs out.',
    },
    {
      title: 'A firewall drops the connection attempts',
      detail: 'Packets from the proxy to the backend are silently discarded, which looks like a timeout.',
    },
    {
      title: 'A wrong backend address',
      detail: 'The proxy points at an old or mistyped address where nothing answers.',
    },
    {
      title: 'A service passing on its own client error',
      detail:
        "An API built on a client library such as Tornado's forwards the library's 599 when its own call to another service got no response.",
    },
  ],
  visitor: {
    steps: [
      { text: 'Wait a moment and reload.' },
      { text: 'If it keeps happening, tell the site owner the address and the time.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Find which layer sends 599, using the response headers and the logs of each proxy and service in the chain.',
      },
      {
        text: 'Check that the backend is running, reachable from the proxy, and allowed through firewalls and security groups.',
      },
      {
        text: 'In services built on Tornado or similar clients, translate "no response" errors into a standard 502 or 504 instead of forwarding 599.',
      },
    ],
  },
  retry: {
    advice: 'after-delay',
    note: 'A backend restart or overload may pass within minutes; a wrong address or firewall rule fails until fixed.',
  },
  related: ['504', '598', '522', '502'],
  faq: [],
  references: [
    {
      title: 'RFC 9110, section 15.6.5: 504 Gateway Timeout',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5',
    },
    { title: 'Tornado documentation: tornado.httpclient', url: 'https://www.tornadoweb.org/en/stable/httpclient.html' },
  ],
});
