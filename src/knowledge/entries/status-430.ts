import { defineEntry } from '../types';

export default defineEntry({
  id: '430',
  kind: 'client-error',
  title: '430 Security Rejection (Shopify)',
  aliases: ['Shopify Security Rejection', 'Request Header Fields Too Large (Shopify)', 'Shopify 430'],
  summary:
    "Shopify's security systems rejected this request as possibly automated or harmful. It is not a standard HTTP code.",
  meaning:
    'A Shopify-specific code. Shopify answers 430 when its protection layer decides a request looks malicious, for example traffic that resembles a bot or scraper, and refuses it before it reaches the store or app. ' +
    'Some older lists of status codes call it "Request Header Fields Too Large"; Shopify\'s own documentation describes it as a security rejection. ' +
    'It does not mean the store is down.',
  contrasts: [
    {
      id: '429',
      text: 'Shopify uses 429 when an app exceeds its normal API rate limit. 430 means the request was judged suspicious, not merely too frequent.',
    },
    {
      id: '403',
      text: "A 403 is a general refusal. 430 is Shopify's specific label for requests its security layer blocked.",
    },
    {
      id: '431',
      text: "431 is the standard code for request headers that are too large. Despite old lists, Shopify's 430 is about suspected abuse, not header size.",
    },
  ],
  causes: [
    {
      title: 'Traffic that looks automated',
      detail:
        'Scripts, scrapers, price trackers or link checkers that send many similar requests quickly resemble attacks.',
    },
    {
      title: 'A shared address with a poor reputation',
      detail:
        'Cloud servers, VPNs and proxies share outgoing addresses with many others, so requests from one of them can add up to traffic that looks suspicious.',
    },
    {
      title: 'Server-side calls without the buyer address',
      detail:
        "Storefront API requests made from a server all come from the same address unless they pass on each buyer's IP with the Shopify-Storefront-Buyer-IP header, so they look like one very busy client.",
    },
  ],
  visitor: {
    steps: [
      { text: 'Turn off your VPN or proxy and reload.' },
      {
        text: 'Wait a few minutes before trying again, and avoid rapid reloads or automation extensions on the store.',
      },
      { text: 'If a normal visit keeps failing, contact the store and mention the time.' },
    ],
  },
  owner: {
    steps: [
      {
        text: "For apps, slow down automated calls, add exponential back-off, and use Shopify's APIs instead of scraping storefront pages.",
      },
      {
        text: "When calling the Storefront API from a server on behalf of shoppers, pass on the buyer's IP address.",
        snippets: [
          {
            label: 'JavaScript (server)',
            code: "await fetch(`https://${shop}/api/2025-01/graphql.json`, {\n  method: 'POST',\n  headers: {\n    'Content-Type': 'application/json',\n    'Shopify-Storefront-Private-Token': privateToken,\n    'Shopify-Storefront-Buyer-IP': buyerIp,\n  },\n  body: JSON.stringify({ query }),\n});",
          },
        ],
      },
      { text: 'If legitimate traffic keeps being rejected, contact Shopify support with request IDs and times.' },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The same traffic pattern from the same address is likely to be rejected again; change how or where the requests come from.',
  },
  related: ['429', '403', '431'],
  faq: [],
  references: [
    { title: 'Shopify: API response status and error codes', url: 'https://shopify.dev/docs/api/usage/response-codes' },
    { title: 'Shopify: API limits', url: 'https://shopify.dev/docs/api/usage/limits' },
  ],
});
