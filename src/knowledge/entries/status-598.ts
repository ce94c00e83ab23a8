import { defineEntry } from '../types';

export default defineEntry({
  id: '598',
  kind: 'server-error',
  title: '598 Network Read Timeout Error (informal)',
  aliases: ['Network Read Timeout Error', 'Network read timeout'],
  summary:
    "A proxy between you and the site waited too long for the server's answer. It is an informal code that works like a 504.",
  meaning:
    'This is not a standard HTTP code, and mainstream web servers do not send it by default. Some proxies use 598 informally to report that the server behind them accepted the request but did not send data in time. ' +
    "The standard code for the same situation is 504 Gateway Timeout. Which proxy sent it, and after how long, depends entirely on the site's own setup.",
  contrasts: [
    {
      id: '504',
      text: '504 is the standard code for a gateway that timed out waiting on the server behind it. 598 is an informal stand-in for the same thing.',
    },
    {
      id: '599',
      text: '599 is used for a timeout while connecting. 598 is used for a timeout while waiting for the answer after connecting.',
    },
    {
      id: '524',
      text: '524 is the same kind of read timeout when the proxy is Cloudflare.',
    },
  ],
  causes: [
    {
      title: 'The server behind the proxy is slow',
      detail:
        'A long database query, a heavy report or an overloaded application keeps the answer from arriving in time.',
    },
    {
      title: 'The proxy timeout is too short',
      detail: 'The proxy gives up sooner than the application normally needs for some requests.',
    },
    {
      title: 'Network trouble behind the proxy',
      detail: 'Packet loss or a flaky link between the proxy and the server stalls the response.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Wait a moment and reload.' },
      { text: 'If you were sending a form or payment, check whether it went through before you send it again.' },
      { text: 'If it keeps happening, tell the site owner the address and the time.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Find which layer sends 598: compare the Server and Via response headers and the logs of each proxy in front of the application.',
      },
      {
        text: "Speed up or make asynchronous the requests that run into the timeout, or raise that proxy's read timeout if the wait is expected.",
      },
      {
        text: 'Where you can choose, have proxies report this case as the standard 504, which clients and monitoring tools understand.',
        snippets: [
          {
            label: 'nginx (answers 504 on a read timeout)',
            code: 'location /api/ {\n    proxy_pass http://backend;\n    proxy_read_timeout 120s;\n}',
          },
        ],
      },
    ],
  },
  retry: {
    advice: 'after-delay',
    note: 'A passing slowdown may clear; a request that always takes too long fails until the site changes it.',
  },
  related: ['504', '599', '524', 'generic-5xx'],
  faq: [],
  references: [
    {
      title: 'RFC 9110, section 15.6.5: 504 Gateway Timeout',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5',
    },
    {
      title: 'RFC 9110, section 15: status codes (unknown codes and their class)',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15',
    },
  ],
});
