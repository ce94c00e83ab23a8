import { defineEntry } from '../types';

export default defineEntry({
  id: '400',
  kind: 'client-error',
  title: '400 Bad Request',
  aliases: ['Bad Request', 'Request Header Or Cookie Too Large', 'Malformed request'],
  summary: 'The server could not make sense of the request, or refused it as broken, so it did not process it.',
  meaning:
    'The server received the request and rejected it because something in it looked wrong: the address, the headers, the cookies or the data sent. ' +
    'It is a catch-all: the code alone does not say which part was wrong. ' +
    'The page the server sends with it, or its log, usually names the problem.',
  contrasts: [
    {
      id: '422',
      text: '422 means the request was well formed but the data in it failed the rules (a missing field, a bad value); 400 is used when the request itself is broken or cannot be read.',
    },
    {
      id: '431',
      text: '431 is the specific code for headers that are too big. nginx, Apache and IIS answer oversized headers, usually cookies, with a plain 400 instead.',
    },
    {
      id: '413',
      text: '413 says the body (an upload, a form) is too large; a 400 about size usually points at the headers or cookies.',
    },
  ],
  causes: [
    {
      title: 'Cookies for the site are too large or corrupted',
      detail:
        "Every request carries the site's cookies. When they pile up past the server's header limit, or one holds a damaged value, the server rejects every page until they are cleared.",
    },
    {
      title: 'The address is malformed',
      detail:
        "A link with a stray percent sign, spaces, unescaped special characters or a very long query string can fail the server's address parsing.",
    },
    {
      title: 'The data sent does not match what the server expects',
      detail:
        'An app or script sent JSON that does not parse, a form with a missing or wrongly typed field, or a header with an invalid value.',
    },
    {
      title: 'Plain HTTP sent to an HTTPS port',
      detail:
        'A link such as http://example.com:443 talks unencrypted to a port that expects TLS. nginx answers that with a 400 page saying so.',
    },
    {
      title: 'An expired or invalid token in the request',
      detail:
        'Some sites and APIs answer 400 when a one-time code, login link or form token is stale or already used, rather than a more specific code.',
    },
  ],
  visitor: {
    steps: [
      {
        text: "Clear this site's cookies (in the site settings next to the address bar), then reload. This fixes most 400 errors that appear on every page of a site.",
      },
      {
        text: 'Check the address for odd characters, and if you pasted a long link, try opening the site from its home page instead.',
      },
      {
        text: 'If it happened after submitting a form, reload the form page and fill it in again.',
      },
      {
        text: 'Turn off extensions that change requests (header editors, privacy tools) or try a private window, to see whether one of them is the cause.',
      },
      {
        text: 'If it keeps happening, tell the site which page and what you were doing.',
      },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Look up the request in the server or application log. The error line usually says what failed to parse: header size, an invalid character, a JSON error, a missing field.',
      },
      {
        text: 'If large cookies are the cause, cut what you store in cookies (keep a session id, not data). Raise the header limit only as a stopgap.',
        snippets: [
          {
            label: 'nginx (http or server block)',
            code: 'large_client_header_buffers 4 32k;',
          },
        ],
      },
      {
        text: 'If visitors reach your HTTPS port over plain HTTP, redirect them instead of showing a 400.',
        snippets: [
          {
            label: 'nginx (server block with listen ... ssl)',
            code: 'error_page 497 =301 https://$host$request_uri;',
          },
        ],
      },
      {
        text: 'For an API, answer with a body that names the field or problem, so clients can fix their request.',
        snippets: [
          {
            label: 'Express (after express.json())',
            code: "app.use((err, req, res, next) => {\n  if (err.type === 'entity.parse.failed') {\n    return res.status(400).json({ error: 'The request body is not valid JSON.' });\n  }\n  next(err);\n});",
          },
        ],
      },
      {
        text: 'If your own front end sends the broken request, compare it with what the server expects: content type, field names, encoding of the address.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The same request fails the same way; something in it (cookies, address, data) has to change first.',
  },
  related: ['422', '431', '413', '414', '419', '404', 'generic-4xx'],
  faq: [
    {
      q: 'Why does every page of one site show 400 while other sites work?',
      a: 'Most often the cookies that browser stored for that site have grown too large or got damaged. Clearing cookies for that one site usually fixes it.',
    },
    {
      q: 'Is a 400 my fault?',
      a: "It means the server did not like what it received, but the cause is often the site itself: its own cookies, its own links or its own scripts. Clearing the site's cookies is the one thing worth trying; past that, report it.",
    },
    {
      q: 'Should an API use 400 or 422 for a validation error?',
      a: 'Both are in use. A common split is 400 when the request cannot be read at all, and 422 when it can be read but the values break the rules. Whatever you pick, say in the body which field failed.',
    },
  ],
  references: [
    {
      title: 'RFC 9110, section 15.5.1: 400 Bad Request',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1',
    },
    {
      title: 'MDN: 400 Bad Request',
      url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/400',
    },
    {
      title: 'nginx: large_client_header_buffers',
      url: 'https://nginx.org/en/docs/http/ngx_http_core_module.html#large_client_header_buffers',
    },
    {
      title: 'nginx: error processing in the SSL module (code 497)',
      url: 'https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors',
    },
  ],
});
