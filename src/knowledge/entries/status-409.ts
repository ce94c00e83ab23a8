import { defineEntry } from '../types';

export default defineEntry({
  id: '409',
  kind: 'client-error',
  title: '409 Conflict',
  aliases: ['Conflict', 'Edit conflict'],
  summary:
    'What you tried to change has moved on since you loaded it, or your change clashes with what is there, such as a name already taken.',
  meaning:
    'The request made sense, but applying it now would collide with what the server already holds. ' +
    'Typical cases: someone else changed the item since you loaded it, what you try to create already exists, or the item is in a state that does not allow this action. ' +
    'The conflict is usually something you can resolve and then send again; the response should explain it.',
  contrasts: [
    {
      id: '412',
      text: '412 is the precise answer when the request carried a condition (If-Match, If-Unmodified-Since) that no longer holds; 409 covers conflicts in general, with or without such a condition.',
    },
    {
      id: '422',
      text: '422 means the data breaks the rules whatever the current state; 409 means the data is fine but clashes with what is there right now.',
    },
    {
      id: '423',
      text: '423 means the resource is locked (mostly WebDAV); a 409 is a clash of content or state, not a lock.',
    },
  ],
  causes: [
    {
      title: 'Someone changed it since you loaded it',
      detail:
        'Another person, tab or device saved a newer version, and the server refuses to overwrite it with your older copy.',
    },
    {
      title: 'It already exists',
      detail:
        'An account with that email, a file with that name or an item with that identifier is already there. Many APIs answer duplicates with 409.',
    },
    {
      title: 'A double submission',
      detail:
        'A double click or an automatic retry sent the same request twice; the first one succeeded and the second clashes with it.',
    },
    {
      title: 'The action does not fit the current state',
      detail:
        'Cancelling an order that has shipped, deleting a folder that is not empty, or merging something already merged.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'Reload the page to see the latest version, then make your change again on top of it.',
      },
      {
        text: 'If you were creating something, check whether it already exists: your first attempt may have gone through. If a name is taken, pick another.',
      },
      {
        text: 'Copy any long text you typed before reloading, so you do not lose it.',
      },
      {
        text: 'If the message makes no sense for what you did, contact the site.',
      },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Return a body that says what conflicts and how to resolve it (which field is taken, which version is current).',
      },
      {
        text: 'For concurrent edits, send an ETag with the resource and require If-Match on updates, so stale writes are caught and reported rather than silently lost.',
      },
      {
        text: 'For create requests, check for duplicates and answer with a clear message.',
        snippets: [
          {
            label: 'Express',
            code: "if (await users.emailExists(req.body.email)) {\n  return res.status(409).json({ error: 'email_taken', message: 'An account with this email already exists.' });\n}",
          },
        ],
      },
      {
        text: 'Make repeated submissions harmless: disable the submit button while sending, and accept an idempotency key on create endpoints so a retry returns the first result.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'Resolve the conflict first (reload, merge, rename); resending the same request hits the same clash.',
  },
  related: ['412', '422', '423', '400', 'generic-4xx'],
  faq: [
    {
      q: 'I got 409 but my change seems to be saved. Why?',
      a: 'The request was probably sent twice. The first copy worked and the second clashed with it. Reload to check.',
    },
  ],
  references: [
    {
      title: 'RFC 9110, section 15.5.10: 409 Conflict',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10',
    },
    {
      title: 'MDN: 409 Conflict',
      url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/409',
    },
    {
      title: 'RFC 9110, section 13.1.1: If-Match',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-13.1.1',
    },
  ],
});
