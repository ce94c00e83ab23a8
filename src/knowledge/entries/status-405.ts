import { defineEntry } from '../types';

export default defineEntry({
  id: '405',
  kind: 'client-error',
  title: '405 Method Not Allowed',
  aliases: ['Method Not Allowed', 'Not Allowed', 'HTTP verb not allowed'],
  summary:
    'The address exists, but it does not accept this kind of request, for example a form sent where only reading is allowed.',
  meaning:
    'Every request has a method: GET to read, POST to send a form, PUT or DELETE to change things. ' +
    'With a 405 the server recognises both the address and the method; it is only this pairing it will not handle. ' +
    'Its answer has to carry an Allow header listing the methods this address does take, which is the quickest clue to what went wrong.',
  contrasts: [
    {
      id: '501',
      text: '501 means the server does not support the method at all, anywhere; 405 means it supports it, just not at this address.',
    },
    {
      id: '404',
      text: 'A 404 says nothing is at the address; a 405 proves something is there, reached the wrong way. Some frameworks, Express by default, answer 404 where 405 would be more accurate.',
    },
    {
      id: '403',
      text: '403 refuses you; 405 refuses the method, whoever sends it.',
    },
  ],
  causes: [
    {
      title: 'A form or script sends to the wrong address',
      detail:
        "The form's action or the script's URL points at a page or static file instead of the handler. nginx, for example, answers 405 to a POST aimed at a static file.",
    },
    {
      title: 'A redirect turned the request into a GET',
      detail:
        'When a POST is redirected with 301 or 302 (for example to add a trailing slash or switch to HTTPS), browsers repeat it as a GET. If the target only accepts POST, the result is 405. 307 and 308 keep the method.',
    },
    {
      title: 'The route does not define this method',
      detail:
        'The API or app handles GET at this path but not POST, PUT or DELETE, often after a rename or a version change on one side only.',
    },
    {
      title: 'A server module intercepts the method',
      detail:
        'On IIS, the WebDAV module is a well-known cause of 405 for PUT and DELETE requests meant for an application.',
    },
    {
      title: 'An address meant for a form was opened directly',
      detail:
        'Bookmarking or sharing the address a form posted to makes the browser later send a GET to an address that only takes POST.',
    },
  ],
  visitor: {
    steps: [
      {
        text: "If you opened a bookmark or a link to a results or confirmation page, go back to the form or the site's home page and start again from there.",
      },
      { text: 'Reload the page that holds the form, then submit it again.' },
      {
        text: 'If a button on the site keeps failing this way, tell the site which button and page: it is a bug on their side.',
      },
    ],
  },
  owner: {
    steps: [
      {
        text: "Look at the failed request in the browser's network panel or your log: which method, which exact URL, and what the Allow header of the 405 lists.",
      },
      {
        text: 'Point forms and scripts at the handler, not at a static page, and let the application answer that path.',
        snippets: [
          {
            label: 'nginx',
            code: 'location /contact {\n    proxy_pass http://127.0.0.1:3000;\n}',
          },
        ],
      },
      {
        text: 'If a redirect sits in front of a POST endpoint, link to the final URL directly, or redirect with 308 so the method survives.',
        snippets: [{ label: 'nginx', code: 'return 308 https://$host$request_uri;' }],
      },
      {
        text: 'On IIS, remove the WebDAV module and handler if your application must receive PUT or DELETE.',
        snippets: [
          {
            label: 'IIS (web.config)',
            code: '<system.webServer>\n  <modules>\n    <remove name="WebDAVModule" />\n  </modules>\n  <handlers>\n    <remove name="WebDAV" />\n  </handlers>\n</system.webServer>',
          },
        ],
      },
      {
        text: 'In your own API, answer unsupported methods with 405 and an Allow header, rather than 404.',
        snippets: [
          {
            label: 'Express',
            code: "app.route('/items')\n  .get(listItems)\n  .post(createItem)\n  .all((req, res) => {\n    res.set('Allow', 'GET, HEAD, POST').sendStatus(405);\n  });",
          },
        ],
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The same method at the same address is refused every time; the request or the site must change.',
  },
  related: ['501', '404', '403', '400', 'generic-4xx'],
  faq: [
    {
      q: 'Why does a page I bookmarked show 405?',
      a: 'You saved the address a form sends its data to. Opening it directly asks to read it, which that address does not allow. Go back to the form page instead.',
    },
    {
      q: 'My form worked on the old address and fails after moving to HTTPS. Why?',
      a: 'A 301 or 302 redirect in front of the form turns the POST into a GET. Point the form at the final https address, or use a 308 redirect.',
    },
    {
      q: 'What does the Allow header tell me?',
      a: 'It lists the methods the address does accept, such as GET, HEAD. If POST is missing, the request went to the wrong place or the route lacks a handler.',
    },
  ],
  references: [
    {
      title: 'RFC 9110, section 15.5.6: 405 Method Not Allowed',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6',
    },
    {
      title: 'RFC 9110, section 10.2.1: Allow',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-10.2.1',
    },
    {
      title: 'MDN: 405 Method Not Allowed',
      url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/405',
    },
    {
      title: 'RFC 9110, section 15.4.9: 308 Permanent Redirect',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9',
    },
  ],
});
