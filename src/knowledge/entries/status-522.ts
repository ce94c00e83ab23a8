import { defineEntry } from '../types';

export default defineEntry({
  id: '522',
  kind: 'server-error',
  title: '522 Connection Timed Out (Cloudflare)',
  aliases: ['Connection timed out', 'Cloudflare 522', 'Error 522'],
  summary:
    "Cloudflare got no reply from the site's own server in time. That server is overloaded, offline or silently blocking Cloudflare.",
  meaning:
    "522 is Cloudflare's code, not a standard one. It covers two timeouts between Cloudflare and the origin, the website's own server: " +
    'the origin did not complete the TCP connection within about 19 seconds, or it accepted the connection but did not acknowledge the request within 90 seconds. ' +
    'Nothing refused the connection; packets simply went unanswered. That usually points at a firewall that drops Cloudflare without a reply, an overloaded server, or a wrong IP address in DNS.',
  contrasts: [
    {
      id: '521',
      text: '521 means the origin answered with a refusal. 522 means it did not answer at all.',
    },
    {
      id: '524',
      text: '524 means the connection worked and the request arrived, but the HTTP response took too long. 522 fails earlier, at the connection or acknowledgement stage.',
    },
    {
      id: '504',
      text: 'A 504 behind Cloudflare usually comes from a gateway at the origin that timed out. 522 is Cloudflare itself giving up on reaching the origin.',
    },
    {
      id: 'net::ERR_CONNECTION_TIMED_OUT',
      text: 'That is the same silence seen by a browser connecting directly. Behind Cloudflare, the browser reaches Cloudflare fine and Cloudflare reports the timeout as 522.',
    },
  ],
  causes: [
    {
      title: 'Cloudflare addresses are dropped or rate-limited',
      detail:
        'The most common cause according to Cloudflare. A firewall, iptables rule, .htaccess block or host-level DDoS filter silently discards traffic from Cloudflare IP ranges.',
    },
    {
      title: 'The origin is overloaded or offline',
      detail:
        'A server out of CPU, memory or connections stops answering new connections; a powered-off or crashed machine answers nothing.',
    },
    {
      title: 'DNS points at an old address',
      detail: 'The host moved the server to a new IP, but the A or AAAA record in Cloudflare still has the old one.',
    },
    {
      title: 'Packets are lost at the origin network',
      detail: 'A network fault at the host or a misconfigured router drops traffic between Cloudflare and the server.',
    },
    {
      title: 'Keep-alive is disabled at the origin',
      detail:
        'Cloudflare reuses connections to the origin; turning keep-alive off forces a new connection for every request and adds load.',
    },
    {
      title: 'A Worker fetches its own hostname',
      detail: 'A Cloudflare Worker on a Custom Domain that calls fetch() on that same hostname gets a 522.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Wait a few minutes and reload. Overloads often pass.' },
      { text: 'If you were sending a form or payment, check whether it went through before you send it again.' },
      {
        text: 'If it lasts, tell the site owner the time and the Ray ID from the error page. Your own connection is fine.',
      },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Make sure the origin firewall, security plugins and any host-level protection allow all Cloudflare IP ranges (cloudflare.com/ips) and do not rate-limit them.',
      },
      {
        text: 'Compare the A and AAAA records in the Cloudflare DNS settings with the address your host currently gives the server. Remove AAAA records the server does not answer on.',
      },
      {
        text: 'Test the origin directly from a machine outside your network, bypassing Cloudflare. A connection that hangs confirms packets are dropped.',
        snippets: [
          {
            label: 'curl',
            code: 'curl -sv --connect-timeout 10 --resolve www.example.com:443:203.0.113.10 https://www.example.com/ -o /dev/null',
          },
        ],
      },
      {
        text: 'Check server load and connection limits at the time of the errors, and make sure HTTP keep-alive is on.',
      },
      {
        text: 'In Workers on a Custom Domain, do not fetch() your own hostname; call another hostname or use a route instead.',
      },
      {
        text: 'If nothing helps, ask your host for an MTR or traceroute from the origin to a Cloudflare address seen in your logs, then contact Cloudflare support with it.',
      },
    ],
  },
  retry: {
    advice: 'after-delay',
    note: 'Overload may clear within minutes; a firewall block or wrong address fails until the owner changes it.',
  },
  related: ['521', '523', '524', '504', 'net::ERR_CONNECTION_TIMED_OUT'],
  faq: [
    {
      q: 'Is the problem my internet connection?',
      a: "No. Seeing the Cloudflare error page proves your connection to Cloudflare works. The failing link is between Cloudflare and the website's own server.",
    },
    {
      q: 'How long does a 522 last?',
      a: 'Until the cause goes away. Short overloads clear in minutes; a blocked firewall or an outdated IP address lasts until the site owner fixes it.',
    },
    {
      q: 'Why does a 522 take so long to appear?',
      a: 'Cloudflare waits for the origin before giving up: up to about 19 seconds for the connection, or up to 90 seconds for the request to be acknowledged.',
    },
  ],
  references: [
    {
      title: 'Cloudflare: error 522',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/',
    },
    {
      title: 'Cloudflare: connection limits',
      url: 'https://developers.cloudflare.com/fundamentals/reference/connection-limits/',
    },
    { title: 'Cloudflare IP ranges', url: 'https://www.cloudflare.com/ips/' },
  ],
});
