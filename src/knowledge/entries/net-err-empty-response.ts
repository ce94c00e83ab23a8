import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_EMPTY_RESPONSE',
  kind: 'network',
  title: 'Empty response (server sent nothing)',
  aliases: ['ERR_EMPTY_RESPONSE', "didn't send any data", 'No data received'],
  summary: 'The server took the request and hung up with nothing in reply: no status, no headers, no page.',
  meaning:
    'The connection opened and the request went out, but the server closed the connection before any part of an answer arrived: no status line, no headers, no body. ' +
    'When this happens on a connection Chrome kept open from an earlier request, it quietly tries once more on a new connection, so the error means the server sent nothing on a fresh connection either. ' +
    'Servers do it on purpose to drop unwanted requests, and by accident when they crash or time out mid-request. ' +
    "nginx's code 444 works exactly this way: nginx writes 444 in its access log and closes the connection without a response, so the visitor's browser shows ERR_EMPTY_RESPONSE instead of any status code.",
  contrasts: [
    {
      id: '444',
      text: '444 is what nginx writes in its own log when it drops a request. The browser never sees that number, only this error.',
    },
    {
      id: 'net::ERR_CONNECTION_CLOSED',
      text: 'A closed connection is reported when the hang-up interrupts another stage, such as the secure handshake. An empty response means the request was sent and nothing at all came back.',
    },
    {
      id: 'net::ERR_CONNECTION_RESET',
      text: 'A reset is an abrupt teardown. An empty response is an orderly close that simply came with no answer.',
    },
  ],
  causes: [
    {
      title: 'The server drops the request on purpose',
      detail:
        'An nginx "return 444;" rule, or a similar rule in a firewall, bot filter or web application firewall, closes the connection instead of answering. Unknown host names, blocked user agents and suspicious paths are typical triggers.',
    },
    {
      title: 'The application crashed mid-request',
      detail:
        'The process serving the request died or was killed, for example for using too much memory, before writing anything, with no proxy in front to turn the failure into a 502.',
    },
    {
      title: 'Plain HTTP sent to an HTTPS port',
      detail: 'Opening http:// on a port that expects TLS makes some servers hang up without a word.',
    },
    {
      title: 'A time limit that closes silently',
      detail:
        'A server or proxy whose time limit for the request runs out may close the connection without writing an error response.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Reload once in case the server hit a passing problem.' },
      {
        text: 'Check the address: the right scheme (https or http), no stray port number, and the exact host name, with or without www.',
      },
      {
        text: 'Turn off a VPN, proxy or extension that changes how your browser looks, since some sites silently drop requests that seem automated.',
      },
      { text: 'If it keeps happening, tell the site owner the address and the time.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Look for deliberate drops: search the configuration for 444 rules and the access log for 444 entries at the time of the report.',
        snippets: [
          {
            label: 'Linux shell (nginx)',
            code: 'sudo grep -rn "return 444" /etc/nginx/\nsudo grep \'" 444 \' /var/log/nginx/access.log | tail -n 20',
          },
        ],
      },
      {
        text: 'If a real host name lands in a catch-all block that drops unknown hosts, add it to server_name in the right server block.',
        snippets: [
          {
            label: 'nginx',
            code: 'server {\n    listen 80 default_server;\n    server_name _;\n    return 444;\n}\n\nserver {\n    listen 80;\n    server_name example.com www.example.com;\n    root /var/www/example;\n}',
          },
        ],
      },
      {
        text: 'Check for crashes and out-of-memory kills around the time of the report.',
        snippets: [{ label: 'Linux shell', code: 'sudo dmesg -T | grep -i "killed process"' }],
      },
      {
        text: 'For anything a real person might trigger, answer 403 or 429 instead of dropping the connection, so they see a reason.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'A deliberate drop repeats every time until the request or the server rule changes; a crash may pass, so one reload is worth a try.',
  },
  related: ['444', 'net::ERR_CONNECTION_CLOSED', 'net::ERR_CONNECTION_RESET', '499', '502'],
  faq: [
    {
      q: 'My nginx log shows 444. What does the visitor see?',
      a: 'No answer from your server at all. Chrome shows ERR_EMPTY_RESPONSE, described as the site not sending any data; other browsers show their own connection error.',
    },
    {
      q: 'Why are only some requests dropped?',
      a: 'Look at what the dropped requests have in common: host name, user agent, path, client address or request rate. A rule matching one of those is the usual reason. If nothing matches, check for crashes at those times.',
    },
  ],
  references: [
    {
      title: 'Chromium: net_error_list.h (ERR_EMPTY_RESPONSE)',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
    {
      title: 'nginx: the return directive (code 444)',
      url: 'https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return',
    },
  ],
});
