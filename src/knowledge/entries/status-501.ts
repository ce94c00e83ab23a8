import { defineEntry } from '../types';

export default defineEntry({
  id: '501',
  kind: 'server-error',
  title: '501 Not Implemented',
  aliases: ['Not Implemented', 'Method Not Implemented'],
  summary: 'The server does not support what the request asked it to do, such as an unknown method or feature.',
  meaning:
    'The server has no support for what this request needs, and the answer would be the same at every address it serves. ' +
    'The usual trigger is a request method the server does not know, or a request feature it was never built to handle. ' +
    'It is a statement about the server as a whole, not about this one page, and retrying unchanged will not help.',
  contrasts: [
    {
      id: '405',
      text: '405 means the server knows the method but this address does not accept it; 501 means the server does not support the method or feature anywhere.',
    },
    {
      id: '505',
      text: '505 rejects the HTTP version of the request; 501 rejects the method or a feature used within a version the server speaks.',
    },
    {
      id: '500',
      text: '500 is an unexpected failure while handling a supported request; 501 is a known, stable lack of support.',
    },
  ],
  causes: [
    {
      title: 'A method the server does not know',
      detail:
        'A script or tool sent PATCH, PROPFIND or a custom method to a server that only handles the common ones. Apache, for example, answers 501 for a method it does not recognise.',
    },
    {
      title: 'An endpoint that was never finished',
      detail: 'Many frameworks and APIs answer 501 on purpose for routes that are planned but not built yet.',
    },
    {
      title: 'A request feature the server cannot handle',
      detail:
        'An unknown Transfer-Encoding or another extension in the request headers. nginx answers 501 when a request uses a transfer coding it does not support.',
    },
    {
      title: 'A proxy or filter in the middle',
      detail:
        'A firewall, security appliance or old proxy between the browser and the site may reject methods it does not know before the site ever sees them.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'Reload the page from the address bar. Ordinary page loads use methods every server supports, so the failing request most likely came from a script on the page.',
      },
      { text: 'If it happens on a form or button, try another browser to rule out an extension changing the request.' },
      { text: 'Tell the site which action failed; the fix has to happen on their side.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Find the request in the access log and note its method and headers. Compare them with what the server, proxy and application support.',
      },
      {
        text: 'If a client needs a method such as PATCH or DELETE, enable it in the application and in every proxy or firewall in front of it.',
      },
      {
        text: 'If the method is supported but not for this address, answer 405 with an Allow header instead of 501, so clients know what to use.',
        snippets: [
          {
            label: 'Express',
            code: "app.all('/items/:id', (req, res, next) => {\n  if (['GET', 'PUT'].includes(req.method)) return next();\n  res.set('Allow', 'GET, PUT').sendStatus(405);\n});",
          },
        ],
      },
      {
        text: 'For an endpoint that is not built yet, keep 501 but explain in the response body when or whether it will be available.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The same request fails every time until the client uses a supported method or the server adds support.',
  },
  related: ['405', '505', '500', 'generic-5xx'],
  faq: [
    {
      q: 'Is a 501 a temporary outage?',
      a: 'No. It says a capability is missing, not that the server is struggling. Waiting does not help; a change on the site or in the request does.',
    },
    {
      q: 'Why 501 and not 405?',
      a: 'Servers use 405 when they know the method but the address does not allow it, and 501 when they do not support the method at all.',
    },
  ],
  references: [
    {
      title: 'RFC 9110, section 15.6.2: 501 Not Implemented',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.2',
    },
    { title: 'MDN: 501 Not Implemented', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/501' },
  ],
});
