import { defineOverlay } from './types';

const ERRORS = 'https://vercel.com/docs/errors';
const LIST = { title: 'Vercel: error codes', url: ERRORS };

export default defineOverlay({
  platform: 'vercel',
  name: 'Vercel',
  about:
    'A hosting platform for front-end frameworks such as Next.js; it serves static files and runs serverless and edge functions.',
  support:
    "Vercel error pages show a code (also sent in the x-vercel-error header) and an ID (the x-vercel-id header); the site owner can find the request in the project's logs with that ID.",
  codes: {
    '402': {
      lead: 'This Vercel deployment is disabled (DEPLOYMENT_DISABLED), usually for a billing or plan reason.',
      owner: [{ text: 'Check the account and billing status in the Vercel dashboard.' }],
      references: [LIST],
    },
    '403': {
      lead: 'Vercel refused the request: a firewall rule of the project denied it, or the deployment is blocked (DEPLOYMENT_BLOCKED).',
      visitor: [{ text: 'Turn off a VPN or proxy, or try another network; otherwise contact the site.' }],
      owner: [{ text: "Check the project's firewall rules and the deployment status in the dashboard." }],
      references: [LIST],
    },
    '404': {
      lead: 'Vercel found no file, route or rewrite for this path (NOT_FOUND), or no deployment at this address (DEPLOYMENT_NOT_FOUND).',
      meaning:
        'The x-vercel-error header tells the two apart. NOT_FOUND means the deployment exists but nothing in it answers this path; DEPLOYMENT_NOT_FOUND means the address points at no deployment at all.',
      causes: [
        {
          title: 'A single-page app without a rewrite',
          detail:
            'Deep links such as /settings work after clicking inside the app but fail on reload, because no file has that path.',
        },
        {
          title: 'The build output is elsewhere',
          detail: 'A wrong output directory or framework preset, so the files were not deployed.',
        },
        { title: 'A case or spelling difference', detail: 'Paths are case-sensitive.' },
        {
          title: 'A file from an older deployment',
          detail:
            'A page opened before a new deploy asks for a script or style with an old hashed name that no longer exists.',
        },
        {
          title: 'The domain is not assigned, or the deployment was deleted',
          detail: 'This gives DEPLOYMENT_NOT_FOUND.',
        },
      ],
      visitor: [
        { text: 'Reload the page completely; if you kept a tab open across an update, that alone often fixes it.' },
      ],
      owner: [
        {
          text: 'For a single-page app that is not built with a framework that routes by itself, rewrite unknown paths to index.html.',
          snippets: [
            { label: 'vercel.json', code: '{\n  "rewrites": [{ "source": "/(.*)", "destination": "/index.html" }]\n}' },
          ],
        },
        {
          text: 'Check the output directory in the project settings and the domain assignment for DEPLOYMENT_NOT_FOUND.',
        },
      ],
      references: [
        { title: 'Vercel: NOT_FOUND', url: `${ERRORS}/NOT_FOUND` },
        { title: 'Vercel: DEPLOYMENT_NOT_FOUND', url: `${ERRORS}/DEPLOYMENT_NOT_FOUND` },
      ],
    },
    '410': {
      lead: 'The Vercel deployment at this address was deleted (DEPLOYMENT_DELETED).',
      owner: [{ text: 'Point the domain or link at a current deployment.' }],
      references: [LIST],
    },
    '413': {
      lead: 'The request body was too large for a Vercel function (FUNCTION_PAYLOAD_TOO_LARGE); the limit is 4.5 MB.',
      visitor: [{ text: 'Try a smaller file, or compress it before uploading.' }],
      owner: [
        {
          text: 'Upload large files from the browser straight to storage with a signed upload URL, and pass only the reference to the function.',
        },
      ],
      references: [{ title: 'Vercel: FUNCTION_PAYLOAD_TOO_LARGE', url: `${ERRORS}/FUNCTION_PAYLOAD_TOO_LARGE` }],
    },
    '429': {
      lead: "A rate limiting rule in the project's Vercel firewall, or the application itself, counted too many requests from you.",
      meaning:
        "Vercel's WAF rate limiting rules answer 429 by default once a client goes over the limit in the time window.",
      visitor: [{ text: 'Wait before trying again, and stop automatic reloads or scripts.' }],
      owner: [
        { text: 'Review the rate limit rule in the Firewall tab: its window, its limit and the keys it counts by.' },
      ],
      references: [
        { title: 'Vercel: WAF rate limiting', url: 'https://vercel.com/docs/security/vercel-waf/rate-limiting' },
      ],
    },
    '500': {
      lead: 'A Vercel function crashed or threw an error (FUNCTION_INVOCATION_FAILED), or its response was over 4.5 MB.',
      meaning:
        'The x-vercel-error header names the failure: FUNCTION_INVOCATION_FAILED for serverless functions, EDGE_FUNCTION_INVOCATION_FAILED and MIDDLEWARE_INVOCATION_FAILED for edge code, FUNCTION_RESPONSE_PAYLOAD_TOO_LARGE for an oversized response.',
      causes: [
        {
          title: 'An uncaught exception',
          detail: 'A bug, or a missing environment variable that exists locally but not in production.',
        },
        {
          title: 'A dependency that fails at runtime',
          detail: 'A module missing from the bundle, or a native module built for another platform.',
        },
        { title: 'A response that is too large', detail: 'Function responses are limited to 4.5 MB.' },
      ],
      visitor: [
        { text: 'Try again later; if it keeps failing, tell the site the time and the ID from the error page.' },
      ],
      owner: [
        { text: "Open the project's runtime logs and search for the request ID; the stack trace is there." },
        { text: 'Compare environment variables between local, preview and production.' },
      ],
      references: [{ title: 'Vercel: FUNCTION_INVOCATION_FAILED', url: `${ERRORS}/FUNCTION_INVOCATION_FAILED` }],
    },
    '502': {
      lead: 'A Vercel function returned no valid response, or a rewrite pointed at a host that could not be resolved.',
      meaning:
        'Typical codes are NO_RESPONSE_FROM_FUNCTION, BODY_NOT_A_STRING_FROM_FUNCTION, and the DNS_HOSTNAME family for rewrites to outside hosts.',
      owner: [
        {
          text: 'Make sure every code path of the function returns a response, and check the target hostname of external rewrites.',
        },
      ],
      references: [LIST],
    },
    '503': {
      lead: 'Vercel is not running this code right now: the function was throttled (FUNCTION_THROTTLED) or the deployment is paused.',
      owner: [{ text: 'Check usage, spend limits and whether the project or deployment was paused in the dashboard.' }],
      references: [LIST],
    },
    '504': {
      lead: 'A Vercel function ran out of time before answering (FUNCTION_INVOCATION_TIMEOUT).',
      meaning:
        'Each function may run for at most its configured maximum duration, within the limit of the plan. Edge functions and middleware have their own timeout codes.',
      causes: [
        { title: 'A slow upstream', detail: 'A database, API or AI service took too long to answer.' },
        {
          title: 'A request that never finishes',
          detail: 'A promise that never settles, or a response that is never sent.',
        },
        {
          title: 'Work too long for a request',
          detail: 'Reports, imports or media processing inside a normal request.',
        },
      ],
      visitor: [{ text: 'Try again later; if you started a long task, check whether it completed.' }],
      owner: [
        {
          text: 'Find the slow call in the logs, add timeouts to outgoing requests, and move long work to a queue or background job.',
        },
        {
          text: 'If the work is legitimately longer, raise the maximum duration within your plan.',
          snippets: [
            { label: 'Next.js route', code: 'export const maxDuration = 60;' },
            { label: 'vercel.json', code: '{\n  "functions": {\n    "api/report.js": { "maxDuration": 60 }\n  }\n}' },
          ],
        },
      ],
      references: [{ title: 'Vercel: FUNCTION_INVOCATION_TIMEOUT', url: `${ERRORS}/FUNCTION_INVOCATION_TIMEOUT` }],
    },
    '508': {
      lead: 'Vercel stopped a request that kept looping back into the same deployment (INFINITE_LOOP_DETECTED).',
      causes: [
        {
          title: 'A rewrite that leads to itself',
          detail: 'Rewrites or redirects that send the request back to a path they match again.',
        },
        {
          title: 'Middleware that fetches its own site',
          detail: 'Middleware or a function calls the same deployment, which runs the middleware again.',
        },
      ],
      owner: [{ text: 'Trace the rewrites and middleware for the path, and add a condition that stops the cycle.' }],
      references: [{ title: 'Vercel: INFINITE_LOOP_DETECTED', url: `${ERRORS}/INFINITE_LOOP_DETECTED` }],
    },
  },
});
