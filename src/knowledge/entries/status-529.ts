import { defineEntry } from '../types';

export default defineEntry({
  id: '529',
  kind: 'server-error',
  title: '529 Site Is Overloaded',
  aliases: ['Site is overloaded', 'Service overloaded', 'overloaded_error'],
  summary: 'The service says it is overloaded right now. It is a non-standard code; wait a little and try again.',
  meaning:
    'This is not a standard HTTP code. Qualys SSL Labs documents 529 in its API for "the service is overloaded", separate from 503 for maintenance, and Anthropic\'s API uses 529 for temporary overload as well. ' +
    'Other services may use it in similar ways. It describes load on the service as a whole, not a problem with your request. ' +
    'The standard code for the same idea is 503 Service Unavailable.',
  contrasts: [
    {
      id: '503',
      text: '503 is the standard code for a service that is overloaded or down for maintenance. 529 is a non-standard variant some services use for overload only.',
    },
    {
      id: '429',
      text: '429 means your own client sent too many requests. 529 means the service is busy for everyone.',
    },
    {
      id: '509',
      text: '509 means a site used up its hosting bandwidth allowance. 529 is about momentary load.',
    },
  ],
  causes: [
    {
      title: 'A surge of traffic',
      detail: 'Many users or clients send requests at the same moment, more than the service can handle.',
    },
    {
      title: 'Reduced capacity',
      detail: 'Part of the service is down for an incident or maintenance, so the rest is overloaded sooner.',
    },
    {
      title: 'Heavy work in the queue',
      detail: 'Expensive jobs, such as long scans or large model requests, take up the capacity that is left.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Wait a few minutes, then try again once.' },
      { text: 'Avoid rapid retries; they add to the load.' },
      { text: "Check the service's status page if it has one." },
    ],
  },
  owner: {
    steps: [
      {
        text: 'In clients, retry overload answers with exponential back-off and random jitter, so that clients do not all retry at the same moment.',
        snippets: [
          {
            label: 'JavaScript',
            code: 'async function withRetry(call, tries = 5) {\n  for (let i = 0; ; i++) {\n    const res = await call();\n    if (res.status !== 529 || i >= tries - 1) return res;\n    const wait = Math.min(60_000, 1000 * 2 ** i) * (0.5 + Math.random());\n    await new Promise((r) => setTimeout(r, wait));\n  }\n}',
          },
        ],
      },
      {
        text: 'In services you run, prefer the standard 503 with a Retry-After header, which browsers, crawlers and libraries already understand.',
      },
    ],
  },
  retry: {
    advice: 'after-delay',
    note: 'Overload passes; retry after a pause, longer each time it repeats.',
  },
  related: ['503', '429', '509'],
  faq: [],
  references: [
    {
      title: 'Qualys SSL Labs API documentation (v3): error response status codes',
      url: 'https://github.com/ssllabs/ssllabs-scan/blob/master/ssllabs-api-docs-v3.md',
    },
    { title: 'Anthropic API: errors', url: 'https://docs.anthropic.com/en/api/errors' },
    {
      title: 'RFC 9110, section 15.6.4: 503 Service Unavailable',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4',
    },
  ],
});
