import { defineEntry } from '../types';

export default defineEntry({
  id: '444',
  kind: 'client-error',
  title: '444 No Response (nginx)',
  aliases: ['No Response', 'nginx 444', 'Connection closed without response'],
  summary:
    'An nginx server hung up on purpose without answering. Your browser shows an empty-response error, not this number.',
  meaning:
    'This is nginx\'s own code and it never travels over the network. A rule such as "return 444;" tells nginx to close the connection without sending a status line, headers or a body. ' +
    "The number appears only in the server's access log. The browser just sees a connection that ended with nothing in it, which Chrome reports as net::ERR_EMPTY_RESPONSE. " +
    'Sites use it to ignore traffic they do not want: requests for unknown host names, scanners, or clients on a block list.',
  browserSees: {
    id: 'net::ERR_EMPTY_RESPONSE',
    note: 'Chrome shows ERR_EMPTY_RESPONSE; other browsers word the dropped connection differently. The 444 itself is visible only in the nginx access log.',
  },
  contrasts: [
    {
      id: '403',
      text: 'A 403 is a real answer that says access is refused. With 444 nginx sends no answer at all, so the browser cannot even show an error page from the site.',
    },
    {
      id: '499',
      text: 'Both appear only in nginx logs. 444 means the server hung up on the client; 499 means the client hung up before the server answered.',
    },
    {
      id: 'net::ERR_CONNECTION_REFUSED',
      text: 'A refused connection means nothing accepted it. With 444 the server accepted the connection, read the request, and then closed it on purpose.',
    },
  ],
  causes: [
    {
      title: 'The host name is not configured',
      detail:
        'Many setups send every request for an unknown host name to a catch-all server block that returns 444. A new domain, a missing www variant or a typo in server_name lands there.',
    },
    {
      title: 'A block rule matched the request',
      detail:
        'Rules that drop certain user agents, IP ranges, countries, methods or paths with 444 also catch real visitors whose browser, VPN or extension looks similar.',
    },
    {
      title: 'Abuse or rate protection kicked in',
      detail:
        'Some configurations answer 444 to clients that send too many requests or look like scanners, so nothing useful is revealed to them.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'Check the address, including whether it needs www or not. An unknown host name is the most common reason.',
      },
      { text: 'Turn off your VPN, proxy or any extension that changes your browser identity, then reload.' },
      { text: 'Try another network, such as mobile data, in case your current address is blocked.' },
      { text: 'If it keeps happening, tell the site owner the exact address and the time.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Search the access log for status 444 at the time of the report, and find which server block and which rule answered.',
      },
      {
        text: 'Make sure every host name the site uses is listed in server_name, so it does not fall through to a catch-all block that drops it.',
        snippets: [
          {
            label: 'nginx',
            code: '# Catch-all for host names nobody configured\nserver {\n    listen 80 default_server;\n    server_name _;\n    return 444;\n}\n\n# The real site lists every name it answers to\nserver {\n    listen 80;\n    server_name example.com www.example.com;\n    root /var/www/example;\n}',
          },
        ],
      },
      {
        text: 'Review rules that return 444 for user agents or addresses. Prefer a 403 or 429 where real people may be caught, so they at least see a reason.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The same request is dropped the same way until the address, your network or the server rule changes.',
  },
  related: ['net::ERR_EMPTY_RESPONSE', '499', '403', 'net::ERR_CONNECTION_CLOSED'],
  faq: [
    {
      q: 'Why does my browser show an empty response instead of 444?',
      a: 'Because nginx never sends the number. It closes the connection, and the browser can only report that nothing came back.',
    },
    {
      q: 'Is the site down?',
      a: 'Not necessarily. The server is running and chose not to answer this particular request.',
    },
  ],
  references: [
    {
      title: 'nginx: the return directive (code 444)',
      url: 'https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return',
    },
    {
      title: 'Chromium: net_error_list.h (ERR_EMPTY_RESPONSE)',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
  ],
});
