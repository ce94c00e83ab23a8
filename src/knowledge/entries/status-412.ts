import { defineEntry } from '../types';

export default defineEntry({
  id: '412',
  kind: 'client-error',
  title: '412 Precondition Failed',
  aliases: ['ETag mismatch', 'Conditional request failed', 'If-Match failed'],
  summary: 'The request said "only if this has not changed", and it had changed, so the server did nothing.',
  meaning:
    'The request came with a condition attached, such as If-Match or If-Unmodified-Since. The server checked it, saw it no longer holds, and left everything as it was. ' +
    "Apps use this so that two people cannot overwrite each other: the save fails instead of silently wiping out someone's work. " +
    'The request was well formed; the version it was based on is out of date. ' +
    'Browsers checking their cache get 304 in the same situation, so a 412 almost always comes from an app or API saving something.',
  contrasts: [
    {
      id: '428',
      text: '428 means the server demands a condition and none was sent; 412 means a condition was sent and turned out false.',
    },
    {
      id: '409',
      text: '409 reports a clash with the current state found by the server itself; 412 reports that a condition the client attached did not hold.',
    },
  ],
  causes: [
    {
      title: 'Someone else changed it first',
      detail:
        'Another user, tab or device saved a newer version after yours was loaded, so the version tag (ETag) your request sent no longer matches.',
    },
    {
      title: 'A stale copy in the page',
      detail: 'The page or app kept an old version tag, for example from a cached page or a tab left open for hours.',
    },
    {
      title: 'Version tags that differ between servers',
      detail:
        'Servers behind a load balancer that compute ETags differently, or a proxy that changes the tag when it compresses the response, make a current tag look wrong.',
    },
    {
      title: 'A create-only request for something that exists',
      detail:
        'If-None-Match: * asks the server to create a resource only if there is none; when one exists, the answer is 412. Storage APIs such as Amazon S3 use this for safe writes.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Copy any text you were editing to a safe place before doing anything else.' },
      { text: 'Reload the page to get the latest version, then make your change again.' },
      {
        text: 'If it fails every time, close other tabs or devices editing the same thing, try once more, then contact the site.',
      },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Log the condition the client sent (If-Match, If-Unmodified-Since) next to the current ETag or date to see which one failed and why.',
      },
      {
        text: 'Show people a clear message that the item changed since they opened it, with a way to reload or merge, instead of a bare error.',
      },
      {
        text: 'Make ETags identical across all servers for the same content, and keep strong ETags stable through compression on routes where clients use If-Match.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'Repeating the same request fails again; load the current version first, then retry.',
  },
  related: ['428', '409', '416'],
  faq: [
    {
      q: 'Did I lose my changes?',
      a: 'The server refused to save them, so they are not on the server. Copy your text before reloading, then apply it to the fresh version.',
    },
  ],
  references: [
    {
      title: 'RFC 9110, section 15.5.13: 412 Precondition Failed',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13',
    },
    { title: 'RFC 9110, section 13.1: Preconditions', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-13.1' },
    { title: 'MDN: 412 Precondition Failed', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/412' },
  ],
});
