import { defineEntry } from '../types';

export default defineEntry({
  id: '422',
  kind: 'client-error',
  title: '422 Unprocessable Content',
  aliases: ['Unprocessable Entity', 'Validation failed'],
  summary:
    "The request was readable, but what it contained did not pass the server's checks, usually a form field or a value.",
  meaning:
    'The request was well formed and in a format the server accepts, but what it asks for cannot be done as sent: a required field is empty, a value is out of range, or a referenced item does not exist. ' +
    'The code was born in WebDAV as Unprocessable Entity and became a general HTTP code in RFC 9110. ' +
    'APIs use it for validation errors and often put the details in the response body.',
  contrasts: [
    {
      id: '400',
      text: '400 is for a request the server cannot parse, such as broken JSON; 422 is for one it parsed fine whose values break its rules.',
    },
    {
      id: '415',
      text: '415 refuses the body because of its format before reading it; 422 read the body and rejected what it says.',
    },
    {
      id: '409',
      text: '409 means the request clashes with the current state, such as a newer version; 422 means the content itself is not acceptable.',
    },
  ],
  causes: [
    {
      title: 'A form value did not pass validation',
      detail:
        'A required field was left empty, an email address or date is in the wrong form, or a value is too long or already taken.',
    },
    {
      title: 'An expired form or session',
      detail:
        "Rails sites answer 422 when a form's security token no longer matches the session, for example after the form sat open for a long time or cookies were cleared.",
    },
    {
      title: 'An API payload that breaks the rules',
      detail:
        'The JSON parses, but a field has the wrong type, a referenced id is unknown, or the combination is not allowed. FastAPI and Laravel, for example, answer 422 for failed validation.',
    },
    {
      title: 'A cached page with an old token',
      detail: 'A form page served from a cache carries a stale security token, so every submission from it is refused.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Read the message on the page and correct the fields it points to.' },
      {
        text: 'If no field is marked, reload the form page, fill it in again and resubmit; the form may have expired.',
      },
      { text: "If it keeps failing, sign out and in again, or clear this site's cookies." },
      { text: 'Contact the site if a value you know is correct keeps being refused.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Return messages per field that the page can show next to each input.',
        snippets: [
          {
            label: 'HTTP response (RFC 9457 problem details)',
            code:
              'HTTP/1.1 422 Unprocessable Content\n' +
              'Content-Type: application/problem+json\n' +
              '\n' +
              '{\n' +
              '  "type": "https://example.com/problems/validation",\n' +
              '  "title": "Some fields are not valid",\n' +
              '  "status": 422,\n' +
              '  "errors": [\n' +
              '    { "field": "email", "detail": "Enter a valid email address." }\n' +
              '  ]\n' +
              '}',
          },
        ],
      },
      {
        text: 'For token errors in Rails, look for InvalidAuthenticityToken in the log, make sure pages with forms are not cached, and check that session cookies reach the server.',
      },
      {
        text: 'Keep 422 for content that parsed but failed your rules, and use 400 for bodies you could not parse at all.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'Sending the same content fails again; correct the values or reload the form first.',
  },
  related: ['400', '415', '409', '419'],
  faq: [
    {
      q: 'Is a 422 my fault?',
      a: 'Often it points at something typed into a form, so read the message on the page. If nothing is marked, the form has probably expired: reload it and submit again.',
    },
    {
      q: 'Should an API answer 400 or 422 for invalid input?',
      a: 'Use 400 when the request cannot be parsed, such as broken JSON. Use 422 when it parses and has a supported type but its values fail your rules. Being consistent matters more than the choice.',
    },
    {
      q: 'Is Unprocessable Entity the same code?',
      a: 'Yes. RFC 9110 renamed it Unprocessable Content in 2022, and many frameworks still use the old name.',
    },
  ],
  references: [
    {
      title: 'RFC 9110, section 15.5.21: 422 Unprocessable Content',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21',
    },
    { title: 'MDN: 422 Unprocessable Content', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/422' },
    { title: 'RFC 9457: Problem Details for HTTP APIs', url: 'https://www.rfc-editor.org/rfc/rfc9457' },
  ],
});
