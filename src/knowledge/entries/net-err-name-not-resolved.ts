import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_NAME_NOT_RESOLVED',
  kind: 'network',
  title: 'Server not found (DNS lookup failed)',
  aliases: ['ERR_NAME_NOT_RESOLVED', 'DNS_PROBE_FINISHED_NXDOMAIN', 'Server IP address could not be found', 'NXDOMAIN'],
  summary: "The browser could not turn the site's name into an address, so it never reached any server.",
  meaning:
    'Before it can connect, the browser asks the Domain Name System (DNS) which address belongs to the host name. ' +
    'That lookup gave no usable address, so no connection was attempted and no server ever saw the request. ' +
    'Chrome also reports most other DNS trouble under this name, such as a resolver that timed out or answered with an error, and keeps the finer reason for its own diagnostics. ' +
    'So it does not prove that the domain is unregistered: it only says the lookup did not produce an address.',
  contrasts: [
    {
      id: 'net::ERR_INTERNET_DISCONNECTED',
      text: 'When the device has no network at all, Chrome reports ERR_INTERNET_DISCONNECTED instead. This error means the device is online but the lookup for this name failed.',
    },
    {
      id: 'net::ERR_CONNECTION_REFUSED',
      text: 'A refused connection comes after a successful lookup: an address was found, but nothing there accepted the connection.',
    },
    {
      id: '404',
      text: 'A 404 is an answer from a server that was reached. Here no server was reached at all.',
    },
    {
      id: '530',
      text: 'Behind Cloudflare, a DNS problem with the origin server appears as a 530 page sent by Cloudflare, not as a lookup failure in the browser.',
    },
  ],
  causes: [
    {
      title: 'A typo in the address',
      detail:
        'A misspelled name, a missing or extra part such as www or a subdomain, or the wrong ending, for example .co instead of .com.',
    },
    {
      title: 'The name has no address record',
      detail:
        'The domain expired or was never set up, or the records for this exact host name are missing. New subdomains are often forgotten in DNS, or exist only in a test environment.',
    },
    {
      title: 'A recent DNS change has not spread yet',
      detail:
        'After a change of nameservers or records, resolvers may keep serving an older answer, including an old "does not exist", until its cache time runs out.',
    },
    {
      title: "The visitor's resolver or a DNS filter",
      detail:
        'A failing or slow DNS resolver, a VPN that switches resolvers, or a DNS-based filter (ad blocking, parental control, company policy) that answers as if the name does not exist.',
    },
    {
      title: 'An internal name used from outside',
      detail:
        "Intranet host names and names defined only in one computer's hosts file resolve on that network or machine, and nowhere else.",
    },
  ],
  visitor: {
    steps: [
      { text: 'Check the spelling of the address, including the ending and any subdomain.' },
      { text: 'If other sites fail too, check your connection, then reload after a minute.' },
      {
        text: 'Turn off your VPN, proxy or DNS filter for a moment, or try another network such as mobile data. If the site works there, your usual DNS is the problem.',
      },
      {
        text: "If you set a custom provider under Chrome's Settings, Privacy and security, Security, Use secure DNS, try the default setting instead.",
      },
      {
        text: 'Clear Chrome\'s own DNS cache at chrome://net-internals/#dns with the "Clear host cache" button, then reload.',
      },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Check from outside your network that every host name the page uses resolves, asking a public resolver as well as your own.',
        snippets: [
          {
            label: 'Command line (dig)',
            code: 'dig +short example.com A\ndig +short example.com AAAA\ndig +short @1.1.1.1 www.example.com A',
          },
        ],
      },
      {
        text: 'Confirm the domain is registered and not expired, and that the nameservers listed at the registrar are the ones at your DNS provider.',
        snippets: [{ label: 'Command line', code: 'whois example.com\ndig +short NS example.com' }],
      },
      {
        text: 'Add the missing records, covering both the bare domain and www and every subdomain that serves assets or APIs.',
        snippets: [
          {
            label: 'DNS zone (BIND format)',
            code: 'example.com.      3600  IN  A      203.0.113.10\nwww.example.com.  3600  IN  CNAME  example.com.',
          },
        ],
      },
      {
        text: 'After fixing records, allow for caching: the old answer can live for its TTL, and a cached "does not exist" for the negative-caching time set in your SOA record.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: "Reloading repeats the same lookup; it helps once the address, the site's DNS records or your resolver changes.",
  },
  related: [
    'net::ERR_NAME_RESOLUTION_FAILED',
    'net::ERR_DNS_TIMED_OUT',
    'net::ERR_DNS_SERVER_FAILED',
    'net::ERR_INTERNET_DISCONNECTED',
    '530',
  ],
  faq: [
    {
      q: 'Does this mean the website no longer exists?',
      a: "Not necessarily. A typo, your network's DNS or a filter can cause it too. If the address is right and it fails on several networks, the domain's DNS is broken or the domain has lapsed.",
    },
    {
      q: 'Why does the site work on my phone but not on my computer?',
      a: "The two devices probably use different DNS resolvers, VPNs or filters, or one still holds an older cached answer. Compare them on the same Wi-Fi, and clear the browser's host cache.",
    },
    {
      q: 'Why does HTTP Why show this for ads or trackers on a page that works?',
      a: 'Some DNS-based blockers answer as if blocked names do not exist. Those requests fail on purpose and the page usually works fine without them.',
    },
  ],
  references: [
    {
      title: 'Chromium: net_error_list.h (ERR_NAME_NOT_RESOLVED)',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
    { title: 'RFC 2308: Negative caching of DNS queries', url: 'https://www.rfc-editor.org/rfc/rfc2308' },
  ],
});
