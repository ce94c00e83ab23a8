import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_ICANN_NAME_COLLISION',
  kind: 'network',
  title: 'Name collision warning (127.0.53.53)',
  aliases: ['ERR_ICANN_NAME_COLLISION', '127.0.53.53', 'Name collision'],
  summary:
    'The name resolved to 127.0.53.53, a deliberate warning that an internal name clashes with a real internet domain.',
  meaning:
    'When a new top-level domain, or a name under one, is brought into use, ICANN asks the registry to answer for a while with the special address 127.0.53.53. ' +
    'Networks that were already using the same name privately then see something unusual in their logs and can rename before real traffic arrives. ' +
    'Chrome recognises that address and stops instead of connecting. The error almost always means an internal or private name is being looked up in the public DNS, not that a website is broken. ' +
    'Current Chrome versions usually report it to pages and extensions as ERR_NAME_NOT_RESOLVED.',
  contrasts: [
    {
      id: 'net::ERR_NAME_NOT_RESOLVED',
      text: 'There the lookup produced no address. Here it produced one, and that address is a deliberate warning.',
    },
    {
      id: 'net::ERR_ADDRESS_UNREACHABLE',
      text: 'An unreachable address is a real address that cannot be reached. 127.0.53.53 is never meant to be reached at all.',
    },
  ],
  causes: [
    {
      title: 'An internal name became a public domain',
      detail:
        'A company or home network used a made-up suffix for its own machines, and that suffix has since been delegated as a real top-level domain.',
    },
    {
      title: 'The internal DNS was not asked',
      detail:
        'A laptop away from the office, or a VPN that sends lookups elsewhere, asks the public DNS for a name that only the internal DNS used to answer.',
    },
    {
      title: 'The registry is in its warning period',
      detail:
        'For a limited time after a name is brought into use, the registry answers with 127.0.53.53 on purpose. The answer is temporary, but the clash it reveals is not.',
    },
  ],
  visitor: {
    steps: [
      { text: 'If this is a work or school address, connect to that network or its VPN and try again.' },
      { text: "Tell the organisation's IT team which address failed; the warning is meant for them." },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Move internal names under a domain you have registered, such as corp.example.com, or use home.arpa on a home network.',
      },
      { text: 'Make sure devices and VPN clients ask the internal DNS servers for internal names.' },
      {
        text: 'Search DNS, proxy and application logs for 127.0.53.53 to find every system still using the colliding name.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The same lookup gives the same warning until the name or the DNS setup changes.',
  },
  related: ['net::ERR_NAME_NOT_RESOLVED', 'net::ERR_ADDRESS_UNREACHABLE'],
  faq: [
    {
      q: 'Is 127.0.53.53 an attack?',
      a: 'No. It is a loopback address chosen so that nothing leaves the machine. It is a signal for network administrators, not a redirect to someone else.',
    },
  ],
  references: [
    {
      title: 'Chromium: net_error_list.h (ERR_ICANN_NAME_COLLISION)',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
    { title: 'ICANN: Name collision', url: 'https://www.icann.org/namecollision' },
    { title: "RFC 8375: Special-use domain 'home.arpa.'", url: 'https://www.rfc-editor.org/rfc/rfc8375' },
  ],
});
