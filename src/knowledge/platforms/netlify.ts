import { defineOverlay } from './types';

const REWRITES = {
  title: 'Netlify: rewrites and proxies',
  url: 'https://docs.netlify.com/routing/redirects/rewrites-proxies/',
};

export default defineOverlay({
  platform: 'netlify',
  name: 'Netlify',
  about:
    'A hosting platform for static sites and front-end apps, with serverless functions, edge functions and its own CDN.',
  support:
    'Netlify responses carry an x-nf-request-id header; the site owner can give it, with the time, to Netlify support to trace the request.',
  codes: {
    '404': {
      lead: 'Netlify has no file or redirect rule for this path. Single-page apps need a rewrite so deep links reach index.html.',
      meaning:
        "Netlify serves the files of the published folder and applies the rules in _redirects or netlify.toml; anything else is a 404, shown with the site's own 404.html when there is one. " +
        'Apps that route in the browser work when you click around but fail when a deep link is loaded or reloaded, unless a rewrite sends those paths to index.html.',
      causes: [
        {
          title: 'No rewrite for a single-page app',
          detail: 'Paths such as /account exist only inside the app, not as files.',
        },
        {
          title: 'The _redirects file is not published',
          detail:
            'It must end up in the publish directory after the build; a copy left in the project root is ignored.',
        },
        {
          title: 'A wrong publish directory',
          detail: 'The site publishes a folder that does not hold the build output.',
        },
        {
          title: 'A case or path difference',
          detail: 'The link and the file name differ in case or in a folder name.',
        },
      ],
      visitor: [{ text: 'Check the address for typos, or start from the home page and navigate to the content.' }],
      owner: [
        {
          text: 'Add a rewrite that serves index.html for every path with status 200.',
          snippets: [
            { label: '_redirects', code: '/*    /index.html   200' },
            { label: 'netlify.toml', code: '[[redirects]]\n  from = "/*"\n  to = "/index.html"\n  status = 200' },
          ],
        },
        { text: 'Open the deploy in the Netlify UI and browse its files to check that the path exists in the output.' },
      ],
      references: [
        { title: 'Netlify: redirects and rewrites', url: 'https://docs.netlify.com/routing/redirects/' },
        REWRITES,
      ],
    },
    '429': {
      lead: 'A rate limiting rule on Netlify, or the application behind it, counted too many requests from you.',
      meaning: 'Netlify rate limiting rules either block with 429 or rewrite to a page the site chose.',
      visitor: [{ text: 'Wait before trying again and stop automatic reloads.' }],
      owner: [{ text: 'Review the rate limit rules that apply to the path, in code or in the team rulesets.' }],
      references: [
        {
          title: 'Netlify: rate limiting',
          url: 'https://docs.netlify.com/security/secure-access-to-sites/rate-limiting/',
        },
      ],
    },
    '500': {
      lead: "The site's own code on Netlify, a function, edge function or server-rendered page, reported an internal error.",
      owner: [
        { text: 'Open the function logs for the time of the request in the Netlify UI; the error is recorded there.' },
      ],
      references: [{ title: 'Netlify: functions', url: 'https://docs.netlify.com/functions/overview/' }],
    },
    '502': {
      lead: 'A Netlify function, or the server behind a proxy rule, gave no valid answer: it crashed, threw an error or ran out of time.',
      causes: [
        {
          title: 'The function timed out',
          detail: 'Synchronous functions have an execution time limit; the log shows "Task timed out".',
        },
        {
          title: 'The function crashed',
          detail: 'An uncaught error, a missing environment variable or too much memory.',
        },
        {
          title: 'A proxied backend failed',
          detail: 'A rewrite with status 200 to another server got a broken answer or none.',
        },
      ],
      visitor: [
        { text: 'Try again later; if you submitted something, check whether it went through before repeating it.' },
      ],
      owner: [
        { text: 'Read the function log for the request; it shows timeouts and stack traces.' },
        {
          text: 'Move long work to a background function, which may run for up to 15 minutes and answers 202 at once.',
        },
      ],
      references: [
        { title: 'Netlify: background functions', url: 'https://docs.netlify.com/functions/background-functions/' },
        REWRITES,
      ],
    },
    '504': {
      lead: 'Something behind Netlify took too long: a proxied backend or a function. Proxy rewrites time out after 26 seconds.',
      causes: [
        {
          title: 'A slow proxied server',
          detail: 'Rewrites to another server wait at most 26 seconds for its answer.',
        },
        { title: 'A slow function', detail: 'The function did not finish within its time limit.' },
      ],
      visitor: [{ text: 'Try again later.' }],
      owner: [
        {
          text: 'Make long operations asynchronous: start them, return at once, and let the page poll for the result.',
        },
      ],
      references: [REWRITES],
    },
  },
});
