import { defineEntry } from '../types';

export default defineEntry({
  id: 'generic-4xx',
  kind: 'generic',
  title: 'Other client error (4xx)',
  aliases: ['4xx', 'Client error', 'Unknown 4xx status'],
  summary:
    'The server refused the request as it was sent. Something about the address, sign-in or data needs to change.',
  meaning:
    'Every status code from 400 to 499 says the server looked at the request and would not carry it out as sent. ' +
    'The fault it points at is on the requesting side: the address, the login, the data, the headers or how often requests come. ' +
    'This code has no entry of its own, either because it is rare or because a product invented it, so the first digit is the surest guide: treat it like a 400. ' +
    'The page or message that came with it usually explains more than the number does.',
  contrasts: [
    {
      id: 'generic-5xx',
      text: 'A 5xx code says the server failed while handling a request that looked fine; a 4xx code says the request itself was the problem.',
    },
    {
      id: '400',
      text: '400 is the general member of this family; an unknown 4xx code should be read as a more specific 400.',
    },
    {
      id: 'generic-status',
      text: 'Codes outside 100 to 599 belong to no family at all; a 4xx code, even an invented one, still clearly points at the request.',
    },
  ],
  causes: [
    {
      title: 'An address or link that is wrong or out of date',
      detail: 'The path, query or parameters do not match what the server expects, often after a site or API changed.',
    },
    {
      title: 'Sign-in or permission problems',
      detail: 'The session expired, a token is missing or invalid, or the account may not do this action.',
    },
    {
      title: 'Data the server will not accept',
      detail: 'A form or upload that is too large, in the wrong format, or fails the server checks.',
    },
    {
      title: 'Limits, filters and security rules',
      detail:
        'Too many requests in a short time, or a firewall or bot filter that rejects the request because of its headers, address or pattern.',
    },
    {
      title: 'A product-specific code',
      detail:
        'Some servers and platforms invent 4xx codes for their own situations, such as an expired page token, and explain them only in their documentation.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Read the message on the page; for invented codes it is often the only explanation.' },
      { text: 'Check the address, then reload the page from the site home page instead of an old bookmark or link.' },
      { text: 'Sign out and in again. If that does not help, clear the cookies for this one site.' },
      {
        text: 'Turn off a VPN, proxy or extension that changes requests, and try again after a few minutes in case a rate limit applies.',
      },
      { text: 'If it keeps failing, contact the site with the code, the address and the time.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Find the request in the access log and identify which layer answered: the application, the web server, a CDN or a firewall.',
      },
      {
        text: 'Look up the code in the documentation of that product; platform-specific 4xx codes are usually listed there.',
      },
      {
        text: 'Where you control the code, prefer a registered one (400, 401, 403, 404, 409, 422, 429) so that browsers, libraries and monitoring understand it.',
      },
      { text: 'Always send a short body that says what was wrong and how to fix it.' },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'Sending the same request again usually gets the same refusal; something in the request or account must change first.',
  },
  related: ['400', '401', '403', '404', '429', 'generic-5xx', 'generic-status'],
  faq: [
    {
      q: 'Why does HTTP Why not know this exact code?',
      a: 'HTTP lets servers use codes beyond the registered ones, and some products invent their own. The first digit still tells what kind of problem it is.',
    },
    {
      q: 'Does a 4xx error mean I did something wrong?',
      a: 'Not necessarily. It means the request as sent was refused. Out-of-date links, expired sessions and strict filters on the site cause most of them.',
    },
  ],
  references: [
    { title: 'RFC 9110, section 15: Status Codes', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15' },
    { title: 'RFC 9110, section 15.5: Client Error 4xx', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5' },
    { title: 'MDN: HTTP response status codes', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status' },
    {
      title: 'IANA HTTP Status Code Registry',
      url: 'https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml',
    },
  ],
});
