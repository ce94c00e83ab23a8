import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_DNS_SERVER_FAILED',
  kind: 'network',
  title: 'DNS server answered with an error',
  aliases: ['ERR_DNS_SERVER_FAILED', 'SERVFAIL', 'DNS REFUSED'],
  summary: "A DNS server replied, but with an error instead of the site's address.",
  meaning:
    "Chrome's built-in DNS client got a reply to its lookup, but the reply carried an error code: the server failed to process the question (SERVFAIL), refused it (REFUSED), could not parse it, or does not support that kind of query. " +
    'That is a breakdown somewhere in the DNS chain, not a verdict that the name does not exist. ' +
    'Chrome usually passes it on to pages and extensions as ERR_NAME_NOT_RESOLVED, so this exact name is seen mainly in its own diagnostics.',
  contrasts: [
    {
      id: 'net::ERR_NAME_NOT_RESOLVED',
      text: 'A name that truly does not exist gets the answer NXDOMAIN, which Chrome reports as ERR_NAME_NOT_RESOLVED. Here the server gave no verdict at all.',
    },
    {
      id: 'net::ERR_DNS_TIMED_OUT',
      text: 'A DNS timeout means no reply came back. Here a reply came, and it was an error.',
    },
  ],
  causes: [
    {
      title: 'DNSSEC validation fails',
      detail:
        'The domain is signed, but the signatures or the DS record held by the registry no longer match, often after a move to a new DNS provider. Validating resolvers then answer SERVFAIL for every name in the zone.',
    },
    {
      title: "The domain's nameservers are broken",
      detail:
        'Nameservers listed at the registrar do not actually serve the domain, are unreachable, or give conflicting answers, so the resolver cannot build an answer.',
    },
    {
      title: 'The resolver refuses the question',
      detail: 'A resolver that only serves its own network, or a filtering policy, answers REFUSED.',
    },
    {
      title: 'An outage at the DNS provider',
      detail: "The visitor's resolver, or the site's DNS host, is having problems of its own.",
    },
  ],
  visitor: {
    steps: [
      { text: 'Reload after a moment in case it was a brief hiccup.' },
      {
        text: "Switch Chrome's Secure DNS provider (Settings, Privacy and security, Security, Use secure DNS), or try another network, to see whether your resolver is at fault.",
      },
      {
        text: 'If this site fails on every network while others work, the problem is in its DNS. Tell the site owner.',
      },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Query a validating public resolver normally and with checking disabled. If only the normal query fails, DNSSEC is broken.',
        snippets: [{ label: 'Command line (dig)', code: 'dig @1.1.1.1 example.com A\ndig @1.1.1.1 example.com A +cd' }],
      },
      {
        text: 'Compare the DS record at the registry with the keys your DNS provider publishes. When changing providers, remove or update the DS record at the registrar first.',
        snippets: [{ label: 'Command line (dig)', code: 'dig +short DS example.com\ndig +short DNSKEY example.com' }],
      },
      {
        text: 'Check that each nameserver listed at the registrar answers for the zone itself.',
        snippets: [
          {
            label: 'Command line (dig)',
            code: 'dig +short NS example.com\ndig @ns1.example.net example.com SOA +norecurse',
          },
        ],
      },
      { text: 'An online DNSSEC analyser such as DNSViz shows where the chain of trust breaks.' },
    ],
  },
  retry: {
    advice: 'after-delay',
    note: 'A resolver hiccup clears quickly; a DNSSEC or nameserver fault fails every time until the DNS setup is fixed.',
  },
  related: ['net::ERR_NAME_NOT_RESOLVED', 'net::ERR_DNS_TIMED_OUT', 'net::ERR_NAME_RESOLUTION_FAILED'],
  faq: [
    {
      q: 'Why does the site work with one DNS provider and not another?',
      a: 'Resolvers differ: some check DNSSEC signatures and some do not, and each caches answers separately. A broken signature fails only on resolvers that check it.',
    },
  ],
  references: [
    {
      title: 'Chromium: net_error_list.h (ERR_DNS_SERVER_FAILED)',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
    {
      title: 'RFC 1035, section 4.1.1: DNS header and response codes',
      url: 'https://www.rfc-editor.org/rfc/rfc1035#section-4.1.1',
    },
  ],
});
