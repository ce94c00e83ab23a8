import { defineEntry } from '../types';

export default defineEntry({
  id: '415',
  kind: 'client-error',
  title: '415 Unsupported Media Type',
  aliases: ['Unsupported content type', 'Wrong Content-Type'],
  summary: 'The server does not accept data in the format this request sent it in.',
  meaning:
    'The request had a body, such as a form, JSON or a file, and the server refused it because of its declared format (the Content-Type header) or its compression (Content-Encoding). ' +
    'The data itself may be fine; it was labelled or packed in a way this address does not take. ' +
    'It concerns what was sent, not the format of the answer.',
  contrasts: [
    {
      id: '406',
      text: '406 means the server cannot answer in a format the client asked for; 415 means it will not read the format the client sent.',
    },
    {
      id: '422',
      text: '422 means the body was read and its content broke the rules; 415 means the body was refused because of its format before that.',
    },
    {
      id: '400',
      text: '400 is for a request the server cannot make sense of; 415 names the problem precisely: the type or encoding of the body.',
    },
  ],
  causes: [
    {
      title: 'A missing or wrong Content-Type',
      detail:
        'Code sends JSON without declaring application/json. fetch() labels a plain string body as text/plain, and many APIs refuse that.',
    },
    {
      title: 'Form data sent to a JSON endpoint, or the reverse',
      detail:
        'The page posts a form (application/x-www-form-urlencoded or multipart/form-data) to an API that only reads JSON, or sends JSON where a form is expected.',
    },
    {
      title: 'A file type the site does not take',
      detail:
        'Some upload endpoints answer 415 for file formats they cannot process, such as an image format they do not support.',
    },
    {
      title: 'A compressed request body',
      detail:
        'The client compressed the body (Content-Encoding: gzip) and the server does not decompress request bodies.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'If you were uploading a file, try a common format, such as JPEG or PNG for images and PDF for documents.',
      },
      { text: "Reload the page, in case an outdated copy of the site's scripts sent the request." },
      { text: 'Tell the site owner what you were doing when it failed.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Compare the Content-Type the client sent with what the endpoint accepts. API frameworks such as ASP.NET Core and Spring answer 415 on a mismatch.',
      },
      {
        text: 'Set the header explicitly in client code.',
        snippets: [
          {
            label: 'JavaScript (fetch)',
            code:
              "await fetch('/api/items', {\n" +
              "  method: 'POST',\n" +
              "  headers: { 'Content-Type': 'application/json' },\n" +
              '  body: JSON.stringify(item),\n' +
              '});',
          },
        ],
      },
      {
        text: 'Say which formats are accepted in the error body, and list accepted encodings in an Accept-Encoding response header when compression was the problem.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The same request fails again until the body is sent in a format the server accepts.',
  },
  related: ['406', '400', '422'],
  faq: [
    {
      q: 'My JSON is valid. Why is it refused?',
      a: 'The server goes by the Content-Type label, not by the content. Without application/json, many APIs will not parse the body at all.',
    },
  ],
  references: [
    {
      title: 'RFC 9110, section 15.5.16: 415 Unsupported Media Type',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16',
    },
    { title: 'MDN: 415 Unsupported Media Type', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/415' },
    {
      title: 'MDN: Content-Type header',
      url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Type',
    },
  ],
});
