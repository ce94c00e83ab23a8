import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_FAILED',
  kind: 'network',
  title: 'Request failed (often blocked by CORS)',
  aliases: ['ERR_FAILED', 'CORS error', 'blocked by CORS policy'],
  summary:
    'The request failed. In Chrome this is most often a request to another site that the other site did not allow (CORS).',
  meaning:
    "This is Chromium's catch-all failure code: something stopped the request and no more specific code fits. " +
    'When a page asks another site for data with fetch or XMLHttpRequest, the usual reason is CORS. ' +
    "The other server's answer did not say that this page may read it, so the browser withheld the answer from the page. " +
    'The server may well have answered normally. ' +
    'For other kinds of requests the code names no cause; an extension, security software or the browser itself may have ended the load.',
  contrasts: [
    {
      id: 'NS_ERROR_DOM_BAD_URI',
      text: 'Firefox reports a blocked cross-origin request under its own name, NS_ERROR_DOM_BAD_URI; Chrome folds it into this generic code.',
    },
    {
      id: 'net::ERR_BLOCKED_BY_CLIENT',
      text: 'Blocked by client names an extension such as an ad blocker as the cause; ERR_FAILED names no cause at all.',
    },
    {
      id: 'net::ERR_ABORTED',
      text: 'An aborted request was cancelled on purpose, usually by the page or by leaving it; a failed request was meant to finish and did not.',
    },
  ],
  causes: [
    {
      title: 'The other site does not allow this page (CORS)',
      detail:
        "A page on one site fetched data from another, and the answer had no Access-Control-Allow-Origin header naming the page's origin, so Chrome kept the answer from the page.",
    },
    {
      title: 'The CORS preflight failed',
      detail:
        'Before requests with custom headers, a JSON body or methods such as PUT or DELETE, Chrome sends an OPTIONS request. If that gets an error status, a redirect, or no matching Allow headers, the real request is never sent.',
    },
    {
      title: 'Cookies sent to a wildcard origin',
      detail:
        'A request that carries cookies or other credentials is refused when the server answers Access-Control-Allow-Origin: * instead of naming the origin and adding Access-Control-Allow-Credentials: true.',
    },
    {
      title: 'Something else in the browser stopped it',
      detail:
        'Another extension, security software or a browser policy ended the request without giving a more specific reason.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Reload the page once; a single failure can be a glitch.' },
      { text: 'Try a private window with extensions turned off. If it works there, an extension was interfering.' },
      {
        text: 'If part of the page stays broken, tell the site owner which address failed. A CORS problem can only be fixed on the server.',
      },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Confirm the cause in Chrome DevTools. The Console shows a red message saying the request "has been blocked by CORS policy", with the reason; in the Network panel the Status column reads CORS error. No such message means CORS is not the cause.',
      },
      {
        text: 'On the server that answers (not the site of the page), send Access-Control-Allow-Origin for the calling origin, and answer the OPTIONS preflight with a 2xx status and the allowed methods and headers.',
        snippets: [
          {
            label: 'nginx',
            code:
              'location /api/ {\n' +
              '    add_header Access-Control-Allow-Origin "https://app.example.com" always;\n' +
              '    add_header Access-Control-Allow-Credentials "true" always;\n' +
              '    if ($request_method = OPTIONS) {\n' +
              '        add_header Access-Control-Allow-Origin "https://app.example.com" always;\n' +
              '        add_header Access-Control-Allow-Credentials "true" always;\n' +
              '        add_header Access-Control-Allow-Methods "GET, POST, PUT, DELETE" always;\n' +
              '        add_header Access-Control-Allow-Headers "Content-Type, Authorization" always;\n' +
              '        add_header Access-Control-Max-Age 600 always;\n' +
              '        return 204;\n' +
              '    }\n' +
              '    proxy_pass http://backend;\n' +
              '}',
          },
          {
            label: 'Express (cors package)',
            code: "import cors from 'cors';\n\napp.use('/api', cors({ origin: 'https://app.example.com', credentials: true }));",
          },
        ],
      },
      {
        text: 'Send the CORS headers on error answers too (401, 404, 500). Without them the page sees a CORS failure instead of the real status.',
      },
      {
        text: 'With cookies or other credentials, name the exact origin instead of *, and send Access-Control-Allow-Credentials: true.',
      },
      {
        text: 'If DevTools shows no CORS message, check whether an extension, security software or a browser policy stopped the request.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: "A blocked cross-origin request fails the same way until the server's CORS headers or the page's request change.",
  },
  related: ['NS_ERROR_DOM_BAD_URI', 'net::ERR_BLOCKED_BY_CLIENT', 'net::ERR_ABORTED', 'generic-network'],
  faq: [
    {
      q: 'The server log shows 200 OK. Why does the browser report a failure?',
      a: 'With CORS the server can answer normally and the browser still refuses to hand the answer to the page, because the answer did not say this page may read it. The fix is a header on the server, not a change to the data.',
    },
    {
      q: 'Why does the same request work in curl or Postman?',
      a: 'Only browsers enforce CORS. Tools outside the browser do not check these headers, so they show the answer the browser holds back.',
    },
    {
      q: 'Can I switch CORS off in my browser?',
      a: 'Not safely. CORS stops one site from reading your data on another. Extensions that turn it off remove that protection for every site. Only the server being called can allow the request.',
    },
  ],
  references: [
    {
      title: 'MDN: Cross-Origin Resource Sharing (CORS)',
      url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/CORS',
    },
    { title: 'MDN: CORS errors', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/CORS/Errors' },
    { title: 'Fetch Standard: CORS protocol', url: 'https://fetch.spec.whatwg.org/#http-cors-protocol' },
    {
      title: 'Chromium net_error_list.h',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
  ],
});
