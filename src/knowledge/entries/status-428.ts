import { defineEntry } from '../types';

export default defineEntry({
  id: '428',
  kind: 'client-error',
  title: '428 Precondition Required',
  aliases: ['If-Match required', 'Conditional request required'],
  summary: 'The server requires an "only if unchanged" check on this change, and the request did not include one.',
  meaning:
    'The server refuses to apply a change unless the request shows which version it is based on, usually with an If-Match header carrying the ETag it last saw. ' +
    'This guards against lost updates, where two clients each load a copy and the later save silently wipes out the earlier one. ' +
    'The request was not wrong in itself; it lacked the safety check the server insists on.',
  contrasts: [
    {
      id: '412',
      text: '412 means a condition was sent and did not hold; 428 means no condition was sent at all.',
    },
    {
      id: '409',
      text: '409 reports an actual clash with the current state; 428 refuses before checking, because the request gave no version to check.',
    },
  ],
  causes: [
    {
      title: 'The client did not send If-Match',
      detail:
        'Code that updates or deletes something skipped reading the current ETag first, or never sends conditional headers.',
    },
    {
      title: 'A proxy or library dropped the header',
      detail: 'A layer between client and server removed If-Match or If-Unmodified-Since.',
    },
    {
      title: 'An older client against a stricter API',
      detail: 'The API started requiring conditional updates, and an older app or script was not updated.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Reload the page and make the change again, so the app can fetch the current version first.' },
      { text: 'If it still fails, update the app or contact the site; the fix belongs in its code.' },
    ],
  },
  owner: {
    steps: [
      { text: 'Say in the 428 body which header is required and how to get the current ETag.' },
      {
        text: 'In client code, read the resource, keep its ETag and send it back with the change. For cross-origin calls, the API must list ETag in Access-Control-Expose-Headers or scripts cannot read it.',
        snippets: [
          {
            label: 'JavaScript (fetch)',
            code:
              "const res = await fetch('/api/notes/42');\n" +
              "const etag = res.headers.get('ETag');\n" +
              'const note = await res.json();\n' +
              "note.title = 'New title';\n" +
              '\n' +
              "await fetch('/api/notes/42', {\n" +
              "  method: 'PUT',\n" +
              "  headers: { 'Content-Type': 'application/json', 'If-Match': etag },\n" +
              '  body: JSON.stringify(note),\n' +
              '});',
          },
        ],
      },
      {
        text: 'Answer an out-of-date If-Match with 412, so clients can tell a missing check (428) from a stale one (412).',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The same request fails again until it carries the required condition.',
  },
  related: ['412', '409'],
  faq: [],
  references: [
    {
      title: 'RFC 6585, section 3: 428 Precondition Required',
      url: 'https://www.rfc-editor.org/rfc/rfc6585#section-3',
    },
    { title: 'RFC 9110, section 13.1.1: If-Match', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-13.1.1' },
    { title: 'MDN: 428 Precondition Required', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/428' },
  ],
});
