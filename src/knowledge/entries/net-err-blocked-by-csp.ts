import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_BLOCKED_BY_CSP',
  kind: 'network',
  title: "Blocked by the page's Content Security Policy",
  aliases: ['ERR_BLOCKED_BY_CSP', 'Content Security Policy', 'CSP violation', 'Refused to load'],
  summary: "The page's own security policy does not allow loading this address, so the browser stopped the request.",
  meaning:
    'A Content Security Policy (CSP) is a list of rules a site sends with its pages, naming the places scripts, frames, images and connections may come from. ' +
    'This error means a request from the page pointed somewhere its policy does not allow, so the browser refused to make it. ' +
    "The browser is following the site's own instructions. The fix is on the site: either the policy is too strict or the page asks for something it should not.",
  contrasts: [
    {
      id: 'net::ERR_BLOCKED_BY_RESPONSE',
      text: 'A response block follows rules sent with the resource being loaded, such as a page that refuses to be framed. A CSP block follows the rules of the page doing the loading.',
    },
    {
      id: 'net::ERR_BLOCKED_BY_CLIENT',
      text: 'A client block comes from an extension in your browser. A CSP block comes from the website itself.',
    },
    {
      id: 'NS_ERROR_CONTENT_BLOCKED',
      text: 'Firefox reports many of its CSP blocks, along with other content policy refusals, under that name.',
    },
  ],
  causes: [
    {
      title: 'A new third-party service is not in the policy',
      detail:
        'A script, font, frame or API from a new provider was added to the page, but its address was not added to the matching directive, such as script-src, frame-src or connect-src.',
    },
    {
      title: 'The policy is stricter than the page',
      detail:
        'A tight default-src or a copied policy leaves out sources the page really needs, or a policy written for one part of the site is applied to all of it.',
    },
    {
      title: 'Two policies apply at once',
      detail:
        'The application and a proxy, CDN or security plugin each send a policy, or one arrives in a header and one in a meta tag. A request must pass every policy, so the strictest wins.',
    },
    {
      title: 'Injected or unwanted content',
      detail:
        'Sometimes the block is doing its job: a browser extension, an ad or injected code tried to load something the site never meant to allow.',
    },
  ],
  visitor: {
    steps: [
      { text: 'If the page works, ignore it: the site blocked something it did not want.' },
      { text: 'If part of the page is broken, tell the site owner which part; the fix is in their policy.' },
    ],
    nothingToDo: 'The policy comes from the website. No browser setting should be changed to bypass it.',
  },
  owner: {
    steps: [
      {
        text: 'Open the browser console on the page. The violation message names the blocked address and the directive that blocked it.',
      },
      {
        text: 'Add the needed source to the specific directive, not to default-src, and keep the rest strict.',
        snippets: [
          {
            label: 'nginx',
            code: "add_header Content-Security-Policy \"default-src 'self'; script-src 'self' https://cdn.example.com; frame-src https://www.youtube-nocookie.com\" always;",
          },
          {
            label: 'Apache (mod_headers)',
            code: "Header always set Content-Security-Policy \"default-src 'self'; script-src 'self' https://cdn.example.com\"",
          },
        ],
      },
      {
        text: 'Check that only one layer sends a policy, or that all of them agree: look at the response headers and for a meta tag in the page.',
      },
      {
        text: 'Try changes safely with a report-only policy first: it reports violations without blocking anything.',
        snippets: [
          {
            label: 'nginx',
            code: "add_header Content-Security-Policy-Report-Only \"default-src 'self'; script-src 'self' https://cdn.example.com\" always;",
          },
        ],
      },
    ],
  },
  retry: {
    advice: 'never',
    note: 'The same policy blocks the same address every time until the site changes it.',
  },
  related: ['net::ERR_BLOCKED_BY_RESPONSE', 'net::ERR_BLOCKED_BY_CLIENT', 'NS_ERROR_CONTENT_BLOCKED'],
  faq: [
    {
      q: 'Why do some CSP blocks never appear in HTTP Why?',
      a: 'Browsers often stop a forbidden script or image inside the page before any request exists, so there is nothing to observe. The browser console still lists them.',
    },
  ],
  references: [
    {
      title: 'Chromium net error list',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
    { title: 'W3C: Content Security Policy Level 3', url: 'https://www.w3.org/TR/CSP3/' },
    {
      title: 'MDN: Content-Security-Policy',
      url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Content-Security-Policy',
    },
  ],
});
