import { defineEntry } from '../types';

export default defineEntry({
  id: '408',
  kind: 'client-error',
  title: '408 Request Timeout',
  aliases: ['Request Timeout', 'Request Time-out', 'Request timed out'],
  summary: 'The server stopped waiting for your browser to finish sending the request. A retry usually works.',
  meaning:
    "The connection was open, but the request (its headers, or the data being uploaded) was still incomplete when the server's time limit ran out. " +
    'The server gave up and normally closes the connection. ' +
    'It is about the trip from you to the server, not about the server being slow to answer. Repeating the request is allowed and often succeeds.',
  contrasts: [
    {
      id: '504',
      text: '504 comes from a gateway that waited too long for the server behind it to answer; 408 is a server that waited too long for you to finish asking.',
    },
    {
      id: '499',
      text: 'nginx logs 499 when the client gave up waiting for the server; 408 is the reverse, the server giving up on the client.',
    },
    {
      id: 'net::ERR_CONNECTION_TIMED_OUT',
      text: 'ERR_CONNECTION_TIMED_OUT means no connection was made at all; a 408 means the server was reached and answered.',
    },
  ],
  causes: [
    {
      title: 'A slow or unstable connection',
      detail:
        'Weak Wi-Fi, a mobile signal dropping, or a congested network delivered the request too slowly or stalled part-way.',
    },
    {
      title: 'A large upload on a slow link',
      detail: 'Sending photos, video or big files takes longer than the server allows for receiving a request body.',
    },
    {
      title: 'Server timeouts set too short',
      detail:
        'Aggressive limits, often set to fend off slow-request attacks, cut off ordinary visitors on slower connections.',
    },
    {
      title: 'The client stalled while sending',
      detail:
        'A script that opens a request and sends its body late, or announces more data than it sends, leaves the server waiting.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'Reload the page or send the form again. A 408 is usually a one-off.',
      },
      {
        text: 'If you were uploading, move to a stronger connection or upload smaller or fewer files at a time.',
      },
      {
        text: 'Turn off a VPN or proxy that may be slowing the connection, or try another network.',
      },
      {
        text: 'If it happens on every upload, tell the site: its time limit may be too short.',
      },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Check which timeout fired and on which requests: header or body, which URLs, which clients. 408s on large uploads point at the body timeout.',
      },
      {
        text: 'Give uploads more time where needed, keeping limits short elsewhere.',
        snippets: [
          {
            label: 'nginx',
            code: 'client_header_timeout 60s;\nclient_body_timeout 120s;',
          },
          {
            label: 'Apache (mod_reqtimeout)',
            code: 'RequestReadTimeout header=20-40,MinRate=500 body=60,MinRate=200',
          },
          {
            label: 'Node.js / Express',
            code: 'const server = app.listen(3000);\nserver.requestTimeout = 10 * 60 * 1000; // time allowed to receive a whole request',
          },
        ],
      },
      {
        text: 'For very large files, upload in chunks or straight to storage with a signed URL, so no single request runs long.',
      },
      {
        text: 'If a CDN or load balancer sits in front, check its own client timeouts as well: the 408 may come from there rather than your server.',
      },
    ],
  },
  retry: {
    advice: 'immediately',
    note: 'Usually a passing network hiccup: retrying at once often works. Large uploads on a slow link may need a better connection.',
  },
  related: ['504', '524', '499', '413', 'net::ERR_CONNECTION_TIMED_OUT', 'net::ERR_TIMED_OUT', 'generic-4xx'],
  faq: [
    {
      q: 'Is a 408 a problem with the website or with my connection?',
      a: "Usually with the path between you and the site: a slow or unstable connection. If it happens on good connections too, the site's time limit is probably too short.",
    },
    {
      q: 'What is the difference between 408 and 504?',
      a: "408: the server waited for you and gave up. 504: a gateway waited for the site's own server and gave up. A 504 is on the site's side; a 408 usually is not.",
    },
    {
      q: 'Why do my server logs show 408s that no visitor reported?',
      a: 'Browsers sometimes open a connection in advance and never send a request on it. When the server closes such an idle connection, some servers log it as a 408 that nobody saw.',
    },
  ],
  references: [
    {
      title: 'RFC 9110, section 15.5.9: 408 Request Timeout',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9',
    },
    {
      title: 'MDN: 408 Request Timeout',
      url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/408',
    },
    {
      title: 'nginx: client_body_timeout',
      url: 'https://nginx.org/en/docs/http/ngx_http_core_module.html#client_body_timeout',
    },
    {
      title: 'Apache: mod_reqtimeout',
      url: 'https://httpd.apache.org/docs/2.4/mod/mod_reqtimeout.html',
    },
    {
      title: 'Node.js: server.requestTimeout',
      url: 'https://nodejs.org/api/http.html#serverrequesttimeout',
    },
  ],
});
