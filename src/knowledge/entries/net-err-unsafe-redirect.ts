import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_UNSAFE_REDIRECT',
  kind: 'network',
  title: 'Redirect to a forbidden address',
  aliases: ['ERR_UNSAFE_REDIRECT'],
  summary: 'The server redirected to a kind of address websites may not send you to, so the browser stopped.',
  meaning:
    'A redirect pointed at an address the browser will not follow from a website, such as a file on your own computer, a script address or an internal browser page. ' +
    'Following it could expose local files or browser internals, so the browser stops at the redirect. ' +
    'The first server did answer; the block is about the target.',
  contrasts: [
    {
      id: 'net::ERR_INVALID_REDIRECT',
      text: 'An invalid redirect points at something that is not a readable address; an unsafe redirect points at a readable address that is not allowed.',
    },
    {
      id: 'net::ERR_TOO_MANY_REDIRECTS',
      text: 'A redirect loop is stopped because of how many hops it takes; an unsafe redirect is stopped because of where it points.',
    },
  ],
  causes: [
    {
      title: 'A redirect to a file: address',
      detail:
        "A misconfigured rule or application built a Location header that starts with file:, pointing into the visitor's own disk.",
    },
    {
      title: 'A redirect to a script or special address',
      detail:
        'A Location header starting with javascript: or another browser-only scheme. When the target comes from a link parameter, it may also be an attempt to attack visitors.',
    },
    {
      title: 'A redirect to an internal browser page',
      detail:
        "Pages that belong to the browser itself, such as its settings or error pages, cannot be reached by a website's redirect.",
    },
  ],
  visitor: {
    steps: [
      { text: "Go back and reach the page through the site's own menus instead of the link that failed." },
      { text: 'Tell the site owner which link redirected where.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Find the rule or code that sets the Location header for this address and make it produce an http or https address.',
        snippets: [{ label: 'Shell', code: "curl -sI https://example.com/path | grep -i '^location'" }],
      },
      {
        text: 'If the target comes from a parameter (next, return, redirect), accept only paths on your own site. This also closes an open-redirect hole.',
        snippets: [
          {
            label: 'Express',
            code: "const next = String(req.query.next ?? '/');\nconst safe = /^\\/(?![/\\\\])/.test(next) ? next : '/';\nres.redirect(303, safe);",
          },
        ],
      },
    ],
  },
  retry: {
    advice: 'never',
    note: 'The browser refuses this target every time until the redirect changes.',
  },
  related: ['net::ERR_INVALID_REDIRECT', 'net::ERR_TOO_MANY_REDIRECTS'],
  faq: [],
  references: [
    { title: 'RFC 9110, section 10.2.2: Location', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-10.2.2' },
    {
      title: 'Chromium net_error_list.h',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
  ],
});
