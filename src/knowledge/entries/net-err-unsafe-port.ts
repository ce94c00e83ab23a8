import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_UNSAFE_PORT',
  kind: 'network',
  title: 'Port blocked by the browser',
  aliases: ['ERR_UNSAFE_PORT', 'Unsafe port', 'This address is restricted'],
  summary:
    'The address uses a port number browsers refuse to connect to, because the services usually on it could be abused.',
  meaning:
    'Browsers keep a list of ports that belong to services other than the web, such as mail (25), SSH (22) or chat (6665 to 6669). ' +
    'A web page could trick those services into acting on text it crafts, so browsers refuse to send web requests to those ports at all. ' +
    'No connection was attempted and the server was never asked.',
  contrasts: [
    {
      id: 'net::ERR_CONNECTION_REFUSED',
      text: 'Refused means the browser tried and nothing accepted the connection; a blocked port is never tried at all.',
    },
    {
      id: 'net::ERR_BLOCKED_BY_CLIENT',
      text: 'Blocked by client is an extension refusing the request; a blocked port is a rule built into the browser itself.',
    },
  ],
  causes: [
    {
      title: 'A development server on a blocked port',
      detail: "Local tools sometimes run on ports such as 6000 or 6666, which are on the browsers' list.",
    },
    {
      title: 'An address that points at a non-web service',
      detail: 'A link, form or API setting includes the port of a mail, file transfer or chat server by mistake.',
    },
    {
      title: 'A port newly added to the list',
      detail:
        'Browsers add ports to the list from time to time, so an address that used to work can stop after an update.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Check the number after the colon in the address for a typo, for example :25 where :8025 was meant.' },
    ],
    nothingToDo:
      'If the port is right, only the site can fix this by moving to a normal port. The browser settings that lift the block are meant for developers testing their own servers.',
  },
  owner: {
    steps: [
      { text: 'Serve the site on port 443 (or 80), or on a port that is not on the list, such as 8080 or 8443.' },
      {
        text: 'For local testing only, a browser can be told to allow a specific port.',
        snippets: [
          { label: 'Chrome or Chromium (command line)', code: 'chromium --explicitly-allowed-ports=6666' },
          { label: 'Firefox (about:config, string preference)', code: 'network.security.ports.banned.override = 6666' },
        ],
      },
    ],
  },
  retry: {
    advice: 'never',
    note: 'The browser blocks this port every time; only a different port helps.',
  },
  related: ['net::ERR_CONNECTION_REFUSED'],
  faq: [],
  references: [
    { title: 'Fetch Standard: port blocking', url: 'https://fetch.spec.whatwg.org/#port-blocking' },
    {
      title: 'Chromium port_util.cc (list of restricted ports)',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/port_util.cc',
    },
    {
      title: 'Chromium net_error_list.h',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
  ],
});
