import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_DNS_TIMED_OUT',
  kind: 'network',
  title: 'DNS lookup timed out',
  aliases: ['ERR_DNS_TIMED_OUT', 'DNS timeout'],
  summary: "The DNS server never answered the browser's question about the site's address in time.",
  meaning:
    "Chrome's built-in DNS client sent a lookup for the host name and waited, but no reply arrived before it gave up. " +
    'Chrome uses that client for Secure DNS (DNS over HTTPS) and, on some systems, for ordinary lookups too. ' +
    'The error says nothing about whether the website itself is up; the browser never got as far as contacting it. ' +
    'Chrome usually reports this to pages and extensions as ERR_NAME_NOT_RESOLVED, so this precise name shows up mostly in its own diagnostics.',
  contrasts: [
    {
      id: 'net::ERR_DNS_SERVER_FAILED',
      text: 'There the DNS server did answer, with an error. Here nothing came back at all.',
    },
    {
      id: 'net::ERR_CONNECTION_TIMED_OUT',
      text: "A connection timeout happens one step later: DNS worked, and then the site's server did not answer the connection attempt.",
    },
    {
      id: 'net::ERR_NAME_NOT_RESOLVED',
      text: 'ERR_NAME_NOT_RESOLVED is the broad name Chrome normally shows for any failed lookup, including this one.',
    },
  ],
  causes: [
    {
      title: 'The resolver is unreachable or overloaded',
      detail:
        'The DNS server in use (router, internet provider, company or public resolver) is down, slow, or dropping queries.',
    },
    {
      title: 'DNS traffic is blocked',
      detail:
        'A firewall or network blocks DNS to outside servers, or blocks the Secure DNS provider Chrome is set to use, so the questions never get through.',
    },
    {
      title: "The domain's nameservers do not answer",
      detail:
        "The resolver keeps retrying the domain's own nameservers because they are down or unreachable, and the browser stops waiting first.",
    },
    {
      title: 'A poor connection',
      detail: 'Heavy packet loss on weak Wi-Fi or mobile links can lose the lookups or their replies.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Reload after a moment. Lookups that time out once often succeed on the next try.' },
      {
        text: 'If you use Secure DNS with a custom provider (Settings, Privacy and security, Security, Use secure DNS), switch to another provider or the default and try again.',
      },
      { text: 'Restart the router, or try another network such as mobile data, to rule out your local DNS server.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'If visitors report it for your domain only, ask each of your nameservers directly and check that all of them answer, and quickly.',
        snippets: [
          {
            label: 'Command line (dig)',
            code: 'dig +short NS example.com\ndig @ns1.example.net example.com A +norecurse\ndig +trace example.com',
          },
        ],
      },
      {
        text: 'Keep at least two nameservers on separate networks, and remove nameservers that no longer serve the zone from the registrar and from the zone itself.',
      },
    ],
  },
  retry: {
    advice: 'after-delay',
    note: 'DNS timeouts are usually temporary; retry after a short wait or from another network.',
  },
  related: [
    'net::ERR_NAME_NOT_RESOLVED',
    'net::ERR_DNS_SERVER_FAILED',
    'net::ERR_NAME_RESOLUTION_FAILED',
    'net::ERR_CONNECTION_TIMED_OUT',
  ],
  faq: [
    {
      q: 'Why do other sites load when this one times out?',
      a: "Answers for popular sites are usually cached by your resolver. A name that needs a fresh lookup is the first to suffer when the resolver or the domain's nameservers are slow.",
    },
  ],
  references: [
    {
      title: 'Chromium: net_error_list.h (ERR_DNS_TIMED_OUT)',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
  ],
});
