import { defineEntry } from '../types';

export default defineEntry({
  id: '402',
  kind: 'client-error',
  title: '402 Payment Required',
  aliases: ['Payment Required'],
  summary:
    "A payment or plan problem stops this request: often the site owner's hosting or service account, sometimes yours.",
  meaning:
    'The HTTP standard reserves 402 for future use and gives it no agreed meaning. ' +
    'In practice, services use it when something is unpaid or over its limits: a hosting plan, an API quota, a store subscription, a declined card. ' +
    'Whose payment is meant depends entirely on the service that sent it.',
  contrasts: [
    {
      id: '403',
      text: '403 is a refusal based on who you are or what you may do; 402 points at money or a plan limit, which paying or upgrading can lift.',
    },
    {
      id: '429',
      text: '429 asks you to slow down and try again later; a 402 for an exhausted quota stays until the plan or balance changes.',
    },
  ],
  causes: [
    {
      title: "The site's hosting account is suspended or over its plan",
      detail:
        'Hosting platforms can switch a site off when its plan limits are exceeded or a bill is unpaid. Vercel, for example, answers 402 with the code DEPLOYMENT_DISABLED when a Hobby plan deployment is paused for going over its limits.',
    },
    {
      title: 'A paid API or service the page depends on is unpaid',
      detail:
        "A map, search, AI or data service used by the site refuses calls when the owner's account has run out of credit or quota. Shopify's API, for instance, answers 402 for a shop frozen over an unpaid balance.",
    },
    {
      title: 'A payment itself failed',
      detail:
        'Some payment APIs use 402 for a charge that was well formed but did not go through, such as a declined card. Stripe documents its 402 this way.',
    },
    {
      title: 'Your own subscription or credit ran out',
      detail:
        'On a service you pay for, a 402 can mean your plan expired, a renewal failed or you used up your allowance.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'Read the page that came with the error: it usually says whether the site owner or you need to act.',
      },
      {
        text: 'If it is a service you pay for, check your account and billing page (expired card, failed renewal, used-up allowance).',
      },
      {
        text: 'If the site itself is switched off, tell the owner; only they can restore it. Trying later may help if the pause is temporary.',
      },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Find which service answered 402: the site itself, the hosting platform or an API your page calls. The error page or response body usually names the platform and an error code.',
      },
      {
        text: 'Check the billing and usage pages of that platform: failed payments, expired cards, exceeded usage limits. Settle or upgrade, then redeploy or re-enable if the platform requires it.',
      },
      {
        text: 'Set up usage alerts and spending limits with each provider, so you hear about a limit before visitors do.',
      },
      {
        text: 'If your own app uses 402 (for a paywall or a quota), send a body that tells the user what to do, and use it consistently.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'Nothing changes until the account behind it is paid or its plan is raised.',
  },
  related: ['403', '429', '509', 'generic-4xx'],
  faq: [
    {
      q: 'Do I have to pay to see this page?',
      a: "Not necessarily. Very often the 402 is about the site owner's own hosting or service bill. Read the error page: if it names a hosting platform, the owner has to fix it.",
    },
    {
      q: 'Is 402 an official status code?',
      a: 'It is registered, but the standard leaves it reserved with no defined use. Each service that sends it decides what it means.',
    },
  ],
  references: [
    {
      title: 'RFC 9110, section 15.5.3: 402 Payment Required',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.3',
    },
    {
      title: 'MDN: 402 Payment Required',
      url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/402',
    },
    {
      title: 'Vercel: platform error codes (DEPLOYMENT_DISABLED)',
      url: 'https://vercel.com/docs/errors/platform-error-codes',
    },
    {
      title: 'Shopify: API response status codes',
      url: 'https://shopify.dev/docs/api/usage/response-codes',
    },
    { title: 'Stripe: API errors', url: 'https://docs.stripe.com/api/errors' },
  ],
});
