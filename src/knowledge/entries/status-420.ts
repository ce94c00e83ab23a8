import { defineEntry } from '../types';

export default defineEntry({
  id: '420',
  kind: 'client-error',
  title: '420 Enhance Your Calm (Twitter, historic)',
  aliases: ['Enhance Your Calm', 'Method Failure', 'Twitter 420'],
  summary:
    "Too many requests in a short time. 420 is an old, non-standard rate-limit code from Twitter's API; wait, then try again.",
  meaning:
    "This is not a standard HTTP code. Twitter's Search API began answering 420 to clients over their rate limit in January 2010; its later API versions use the standard 429 Too Many Requests for rate limits. " +
    'Other software has used the number for other things: Shopify answered 420 for locked stores until 2018, and the Spring framework lists 420, marked deprecated, as "Method Failure" from an early WebDAV draft. ' +
    'So what a 420 means depends on who sent it; the page or message that comes with it is the best guide.',
  contrasts: [
    {
      id: '429',
      text: '429 is the standard code for too many requests, usually with a Retry-After header. 420 is an older, non-standard way to say the same thing.',
    },
    {
      id: '503',
      text: '503 means the whole service is overloaded or down. A rate-limit 420 is about how fast your client is sending requests.',
    },
  ],
  causes: [
    {
      title: 'Requests sent faster than allowed',
      detail: 'A script, app or page polls the service more often than its limit permits.',
    },
    {
      title: 'Many users share one address or key',
      detail:
        'People behind the same company network, or all users of one app sharing an API key, count against the same limit.',
    },
    {
      title: 'Retries without a pause',
      detail: 'A client that retries at once after each failure keeps the limit hit and prolongs the block.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Wait a minute or two, then reload once.' },
      { text: 'Stop automatic refreshers and close extra tabs of the same site.' },
      { text: 'If an app or extension keeps calling the service in the background, pause it for a while.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'In clients, back off after a rate-limit answer: wait, then double the wait on each new failure, and honour Retry-After when it is present.',
      },
      {
        text: 'In services you run, answer rate limits with the standard 429 and a Retry-After header rather than 420.',
        snippets: [
          {
            label: 'nginx',
            code: 'limit_req_zone $binary_remote_addr zone=api:10m rate=10r/s;\n\nserver {\n    location /api/ {\n        limit_req zone=api burst=20 nodelay;\n        limit_req_status 429;\n    }\n}',
          },
        ],
      },
    ],
  },
  retry: {
    advice: 'after-delay',
    note: 'The limit resets after a while; retrying at once only extends it.',
  },
  related: ['429', '503', 'generic-4xx'],
  faq: [],
  references: [
    {
      title: 'X (Twitter) developer documentation: response codes',
      url: 'https://developer.x.com/ja/docs/basics/response-codes',
    },
    {
      title: 'Shopify changelog: locked stores return 423 instead of 420',
      url: 'https://shopify.dev/changelog/admin-api-requests-to-locked-stores-will-return-a-423-status-code-instead-of-420',
    },
    { title: 'RFC 6585, section 4: 429 Too Many Requests', url: 'https://www.rfc-editor.org/rfc/rfc6585#section-4' },
  ],
});
