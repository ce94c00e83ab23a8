import { defineEntry } from '../types';

export default defineEntry({
  id: 'generic-5xx',
  kind: 'generic',
  title: 'Other server error (5xx)',
  aliases: ['5xx', 'Server error', 'Unknown 5xx status'],
  summary:
    'The server or a service in front of it failed to handle a request that looked valid. The fault is on the site side.',
  meaning:
    'Every status code from 500 to 599 says the request seemed fine but the server, or a proxy, CDN or load balancer on its behalf, could not complete it. ' +
    'This code has no entry of its own, either because it is rare or because a product invented it, so the first digit is the surest guide: treat it like a 500. ' +
    'Some of these failures are temporary and some last until the site fixes them. The page that came with the code, and the Server header, usually tell which product sent it.',
  contrasts: [
    {
      id: 'generic-4xx',
      text: 'A 4xx code says the request itself was refused and must change; a 5xx code says the request was fine and the server side failed.',
    },
    {
      id: '500',
      text: '500 is the general member of this family; an unknown 5xx code should be read as a more specific 500.',
    },
    {
      id: 'generic-status',
      text: 'Codes outside 100 to 599 belong to no family; a 5xx code, even an invented one, still clearly points at the server side.',
    },
  ],
  causes: [
    {
      title: 'A failure in the application',
      detail: 'A bug, a crash or a dependency such as a database that stopped answering.',
    },
    {
      title: 'A problem between a proxy and the server behind it',
      detail:
        'A CDN, load balancer or reverse proxy could not reach the origin, got a broken answer or waited too long, and reports it with its own code.',
    },
    {
      title: 'Overload or a limit of the hosting platform',
      detail:
        'The site hit a traffic, bandwidth or resource limit of its hosting plan, or is being deliberately shed while busy.',
    },
    {
      title: 'A product-specific code',
      detail:
        'CDNs, load balancers and hosting panels define their own 5xx codes for situations such as origin timeouts or TLS failures, documented on their sites.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Wait a minute and reload. Many server-side failures are short.' },
      { text: 'Before sending a payment or form again, check whether the first attempt went through.' },
      { text: 'Read the error page: it often names the service that failed, such as a CDN or hosting provider.' },
      { text: 'If it lasts, check the site status page or contact the owner with the code and the time.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Identify which layer produced the code: compare the Server header and the error page with your CDN, load balancer, web server and application.',
      },
      {
        text: 'Look up the code in that product documentation; vendor-specific 5xx codes are usually explained there with a fix.',
      },
      { text: 'Read the error logs of that layer and of the layer behind it at the time of the request.' },
      {
        text: 'In your own code, use registered codes (500, 502, 503, 504) so that browsers, crawlers and monitoring handle the failure correctly.',
      },
    ],
  },
  retry: {
    advice: 'after-delay',
    note: 'Temporary failures often clear within minutes; a persistent bug or misconfiguration needs a fix on the site.',
  },
  related: ['500', '502', '503', '504', 'generic-4xx', 'generic-status'],
  faq: [
    {
      q: 'Why does HTTP Why not know this exact code?',
      a: 'HTTP lets services use codes beyond the registered ones, and CDNs and hosting platforms often invent their own. The first digit still says the failure is on the server side.',
    },
    {
      q: 'Can I do anything about a 5xx error?',
      a: 'Mostly wait and retry later. If only you see it, try another network or turn off a VPN or proxy, which might be the failing server.',
    },
  ],
  references: [
    { title: 'RFC 9110, section 15: Status Codes', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15' },
    { title: 'RFC 9110, section 15.6: Server Error 5xx', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6' },
    { title: 'MDN: HTTP response status codes', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status' },
    {
      title: 'IANA HTTP Status Code Registry',
      url: 'https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml',
    },
  ],
});
