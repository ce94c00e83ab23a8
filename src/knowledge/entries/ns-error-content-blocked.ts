import { defineEntry } from '../types';

export default defineEntry({
  id: 'NS_ERROR_CONTENT_BLOCKED',
  kind: 'network',
  title: 'Blocked by a Firefox content policy',
  aliases: ['Content blocked', 'Content policy', 'Blocked loading mixed active content'],
  summary:
    "Firefox refused to load this address because one of its content rules, such as the page's security policy, forbids it.",
  meaning:
    'Before loading anything a page asks for, Firefox runs a set of content policy checks. ' +
    "The best known are the page's own Content Security Policy and mixed content blocking, which stops insecure http:// scripts and frames on https:// pages. " +
    'This error means one of those checks said no, so Firefox did not make the request. ' +
    'The name does not say which check it was; the browser console does.',
  contrasts: [
    {
      id: 'NS_ERROR_TRACKING_URI',
      text: "A tracking block comes from Firefox's lists of known trackers. A content policy block comes from rules such as the page's own security policy.",
    },
    {
      id: 'net::ERR_BLOCKED_BY_CSP',
      text: 'Chrome gives Content Security Policy blocks their own name. Firefox folds them, with other content rules, into this one.',
    },
    {
      id: 'NS_ERROR_DOM_BAD_URI',
      text: 'That name covers CORS and other cross-origin access checks. This one covers refusals by content rules before the load starts.',
    },
  ],
  causes: [
    {
      title: "The page's Content Security Policy forbids the address",
      detail: "The site's policy does not list the source of this script, frame, image, font or connection.",
    },
    {
      title: 'Insecure content on a secure page',
      detail:
        'An https:// page tries to load a script, frame or connection over plain http://, which Firefox blocks as mixed content.',
    },
    {
      title: 'A browser setting refuses this type of content',
      detail:
        "For example, image loading was turned off in Firefox's advanced settings, so every image request is refused.",
    },
  ],
  visitor: {
    steps: [
      { text: 'If the page works, ignore it: a rule stopped something the page did not need.' },
      {
        text: 'If part of the page is broken, tell the site owner which part; most of these rules come from the site.',
      },
      {
        text: 'If you changed advanced Firefox settings about loading content, such as images, undo that change and reload.',
      },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Open the Web Console on the page. Firefox logs which rule blocked the address, such as a Content Security Policy directive or mixed content.',
      },
      {
        text: 'For a CSP block, add the needed source to the specific directive of your policy.',
        snippets: [
          {
            label: 'nginx',
            code: "add_header Content-Security-Policy \"default-src 'self'; script-src 'self' https://cdn.example.com\" always;",
          },
        ],
      },
      {
        text: 'For mixed content, load every resource over https. The upgrade-insecure-requests directive rewrites old http:// links while you fix them.',
        snippets: [
          { label: 'nginx', code: 'add_header Content-Security-Policy "upgrade-insecure-requests" always;' },
          { label: 'HTML', code: '<meta http-equiv="Content-Security-Policy" content="upgrade-insecure-requests">' },
        ],
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The same rule blocks the same address every time until the page, its policy or the browser setting changes.',
  },
  related: ['net::ERR_BLOCKED_BY_CSP', 'NS_ERROR_TRACKING_URI', 'NS_ERROR_DOM_BAD_URI'],
  faq: [
    {
      q: 'Is this caused by my ad blocker?',
      a: 'Usually not. Extensions that block requests in Firefox show up differently. This name points at rules from the page or from Firefox itself.',
    },
  ],
  references: [
    {
      title: 'MDN: Content-Security-Policy',
      url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Content-Security-Policy',
    },
    { title: 'MDN: Mixed content', url: 'https://developer.mozilla.org/en-US/docs/Web/Security/Mixed_content' },
    {
      title: 'MDN: CSP upgrade-insecure-requests',
      url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Content-Security-Policy/upgrade-insecure-requests',
    },
  ],
});
