import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_BLOCKED_BY_CLIENT',
  kind: 'network',
  title: 'Blocked by an extension (ad or content blocker)',
  aliases: ['ERR_BLOCKED_BY_CLIENT', 'Blocked by ad blocker', 'Blocked by extension'],
  summary:
    'Your browser, usually an ad or tracker blocking extension, stopped this request on purpose. The site was never asked.',
  meaning:
    'This error means something inside the browser chose to cancel the request before it was sent. ' +
    'Almost always that is an extension: an ad blocker, a privacy or tracker blocker, a security add-on or a parental filter. ' +
    'It is not a network or server failure, and the site did nothing wrong by asking. ' +
    'HTTP Why lists these requests separately and does not count them on the badge by default, because on most pages they are intended.',
  contrasts: [
    {
      id: 'net::ERR_BLOCKED_BY_ADMINISTRATOR',
      text: 'An administrator block comes from a policy set on a managed browser. A client block comes from an extension, usually one you installed yourself.',
    },
    {
      id: 'net::ERR_ABORTED',
      text: 'An aborted request was cancelled because it was no longer needed, for example when you left the page. A client block was refused on purpose.',
    },
    {
      id: 'NS_ERROR_TRACKING_URI',
      text: "Firefox's built-in tracking protection reports its own blocks under that name. This error comes from an extension in Chrome.",
    },
  ],
  causes: [
    {
      title: 'An ad or tracker blocker matched the address',
      detail:
        'Blockers compare every request with filter lists. Analytics, ads, social widgets and tag managers are the usual matches.',
    },
    {
      title: 'A filter list matched a file of the site by accident',
      detail:
        'A path or file name that looks like advertising, such as /ads/, banner.js or sponsor.png, can be blocked even when it is part of the site itself.',
    },
    {
      title: 'A security, privacy or parental control extension',
      detail: 'These extensions block addresses they consider unsafe or unsuitable, in the same way.',
    },
  ],
  visitor: {
    steps: [
      { text: 'If the page works as you want, there is nothing to do: the blocker is doing its job.' },
      {
        text: 'If something on the page is broken, such as a video, a login button or a checkout, pause your blocker for this site and reload.',
      },
      {
        text: "If that fixes it, add the site to the blocker's allow list, or report the false positive to the blocker's filter list.",
      },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Do not try to force these requests through. Make the page work when optional third-party scripts such as analytics or ads do not load.',
      },
      { text: 'Guard calls into blockable scripts so a missing script does not throw and stop your own code.' },
      {
        text: 'Rename your own files and paths that look like advertising, such as /ads/ or banner, if blockers catch them by mistake.',
      },
      { text: 'Test the site with a popular blocker turned on before each release.' },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The blocker stops the request every time until it is paused or the site is allowed.',
  },
  related: [
    'net::ERR_BLOCKED_BY_ADMINISTRATOR',
    'net::ERR_ABORTED',
    'NS_ERROR_TRACKING_URI',
    'NS_ERROR_CONTENT_BLOCKED',
  ],
  faq: [
    {
      q: 'Why are these not counted on the badge?',
      a: 'Blocked ads and trackers are usually what you want, and counting them would bury real failures. By default they are listed apart in the popup instead.',
    },
    {
      q: 'How do I know which extension blocked it?',
      a: 'The browser does not say. Pause your extensions one at a time, starting with blockers, and reload until the request goes through.',
    },
  ],
  references: [
    {
      title: 'Chromium net error list',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
    {
      title: 'Chrome extensions: declarativeNetRequest',
      url: 'https://developer.chrome.com/docs/extensions/reference/api/declarativeNetRequest',
    },
  ],
});
