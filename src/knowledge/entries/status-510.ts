import { defineEntry } from '../types';

export default defineEntry({
  id: '510',
  kind: 'server-error',
  title: '510 Not Extended (OBSOLETED)',
  aliases: ['Not Extended'],
  summary: 'An obsolete code: the server wanted the request to declare an HTTP extension it did not carry.',
  meaning:
    'This code belongs to the HTTP Extension Framework, an experiment from 2000 that let a request declare extensions the server had to honour. ' +
    'A 510 meant the request lacked an extension declaration the server required for this resource. ' +
    'The framework never caught on: in 2021 the IETF moved RFC 2774 to Historic status, and the official registry now marks the code obsoleted. ' +
    'A 510 seen today most likely comes from an application that uses the number in its own way, so the response body is the best clue.',
  contrasts: [
    {
      id: '501',
      text: '501 means the server does not support what the request asked for; 510 meant the request did not ask for an extension the server demanded.',
    },
    {
      id: '426',
      text: '426 asks the client to switch to another protocol; 510 asked it to add an extension declaration within HTTP.',
    },
    {
      id: 'generic-5xx',
      text: 'Since 510 has no current standard use, treat it like any other unexplained server error.',
    },
  ],
  causes: [
    {
      title: 'An application reusing the number',
      detail:
        'Some APIs and frameworks return 510 with a meaning of their own, usually described in the response body or their documentation.',
    },
    {
      title: 'An old component built for the extension framework',
      detail:
        'Rare legacy servers or proxies that still implement the framework and expect a mandatory extension declaration in the request.',
    },
    {
      title: 'Extension headers lost on the way',
      detail:
        'In the framework, a client declares extensions in special request headers. A proxy that drops or rewrites them leaves the server without the declaration it wanted.',
    },
  ],
  visitor: {
    steps: [{ text: 'Reload once, and if it persists, tell the site owner which page or action returned 510.' }],
    nothingToDo:
      'Browsers do not use the extension framework, so there is no setting on your side that satisfies a 510.',
  },
  owner: {
    steps: [
      {
        text: 'Find which component sends 510: the application, a framework, or a proxy. Its logs or the Server header usually say.',
      },
      {
        text: 'Replace it with a current code that says what really happened, such as 400 for a bad request, 501 for a missing feature or 500 for a failure.',
      },
      {
        text: 'If a client really must add something to the request, document it and explain it in the response body.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The same request gets the same answer until the request or the server changes.',
  },
  related: ['501', '426', 'generic-5xx'],
  faq: [
    {
      q: 'Is 510 still a valid status code?',
      a: 'It is still listed so that old software is understood, but the registry marks it obsoleted and new services should not use it.',
    },
  ],
  references: [
    { title: 'RFC 2774, section 7: 510 Not Extended', url: 'https://www.rfc-editor.org/rfc/rfc2774#section-7' },
    {
      title: 'IANA HTTP Status Code Registry',
      url: 'https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml',
    },
    {
      title: 'IETF status change: HTTP experiments moved to Historic',
      url: 'https://datatracker.ietf.org/doc/status-change-http-experiments-to-historic/',
    },
    { title: 'MDN: 510 Not Extended', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/510' },
  ],
});
