import { defineEntry } from '../types';

export default defineEntry({
  id: '463',
  kind: 'client-error',
  title: '463 Too Many Forwarded Addresses (AWS load balancer)',
  aliases: ['AWS ALB 463', 'ELB 463', 'X-Forwarded-For too many IP addresses'],
  summary: 'An AWS load balancer refused the request because its X-Forwarded-For header listed more than 30 addresses.',
  meaning:
    'AWS Application Load Balancers answer 463 when the X-Forwarded-For header of a request holds more than 30 IP addresses. ' +
    'Each proxy a request passes usually adds the address it came from, so a list that long points to a request going round in a loop between proxies, or to a client that fills the header itself. ' +
    'The code is specific to AWS Elastic Load Balancing. The request never reaches the application.',
  contrasts: [
    {
      id: '431',
      text: '431 means the headers are too large in bytes. 463 is about one header listing too many addresses, whatever its size.',
    },
    {
      id: '508',
      text: '508 is a standard code for a loop detected while processing, from WebDAV. A 463 often has a proxy loop behind it, but the load balancer only counts addresses.',
    },
    {
      id: '400',
      text: '400 covers malformed requests in general. 463 names this one specific limit.',
    },
  ],
  causes: [
    {
      title: 'A proxy loop',
      detail:
        'A CDN, load balancer or application forwards the request back to the same public hostname, and each round adds another address until the limit is reached.',
    },
    {
      title: 'A long chain of proxies',
      detail:
        'VPN, company proxy, CDN and several internal proxies each add an address. Usually the list stays short, but stacked layers add up.',
    },
    {
      title: 'A client or tool sets the header itself',
      detail: 'Test tools, bots or misconfigured clients send a forged or very long X-Forwarded-For header.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Turn off your VPN or proxy and try again.' },
      { text: 'If it still fails, tell the site owner; a loop on their side is the likely cause.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Log the X-Forwarded-For header of failing requests and look for repeating addresses, which reveal the loop.',
      },
      {
        text: 'Check redirects and proxy rules for services that call their own public hostname through the load balancer, and point them at an internal address instead.',
      },
      {
        text: 'At the first proxy you control, replace any X-Forwarded-For sent by the client instead of appending to it.',
        snippets: [{ label: 'nginx (edge proxy)', code: 'proxy_set_header X-Forwarded-For $remote_addr;' }],
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The same request path fails every time until the loop or the header is fixed.',
  },
  related: ['431', '400', '508'],
  faq: [],
  references: [
    {
      title: 'AWS: troubleshoot Application Load Balancers, HTTP 463',
      url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-463-issues',
    },
  ],
});
