import { defineEntry } from '../types';

export default defineEntry({
  id: '413',
  kind: 'client-error',
  title: '413 Content Too Large',
  aliases: ['Payload Too Large', 'Request Entity Too Large', 'Upload too large', 'File too large'],
  summary:
    'What was sent, usually an upload or a form, is over the size limit the server or a service in front of it allows.',
  meaning:
    'The server, or a proxy or CDN in front of it, refused the request because its body is over a size limit. ' +
    'The limit is a setting chosen by whoever runs that layer, so the same file can pass on one site and fail on another. ' +
    'It is about the body only: an address that is too long gets 414, and headers that are too big get 431. ' +
    'The server may close the connection at once, and if the limit is only temporary it can say when to try again with Retry-After.',
  contrasts: [
    {
      id: '431',
      text: '431 is about the headers, most often too many cookies; 413 is about the body, such as a file or form data.',
    },
    {
      id: '414',
      text: '414 is about the address being too long; 413 is about the data sent after the headers.',
    },
    {
      id: '507',
      text: '507 means the server has run out of space to store the data; 413 means a configured limit refused it before storage mattered.',
    },
  ],
  causes: [
    {
      title: 'A file bigger than the upload limit',
      detail:
        "nginx accepts bodies up to 1 MB unless configured otherwise, IIS up to about 28.6 MB, and a site's own code often sets a lower cap.",
    },
    {
      title: 'A CDN or load balancer limit',
      detail:
        'Edges have their own caps. Cloudflare, for example, refuses request bodies over 100 MB on its Free and Pro plans (200 MB on Business, 500 MB by default on Enterprise).',
    },
    {
      title: 'A framework body limit',
      detail:
        'App frameworks limit the bodies they parse. Express body parsing stops at 100 KB by default, which large JSON, such as pasted images, easily passes.',
    },
    {
      title: 'Many files in one request',
      detail:
        'Several photos selected at once travel in one body, whose total can pass the limit even when each file is small.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Make the file smaller: compress it, lower the image or video resolution, or zip it.' },
      { text: 'Upload files one at a time instead of all at once.' },
      { text: 'Look for a size limit stated on the upload page, and contact the site if your file is within it.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Find which layer refused. The style of the error page and the Server header usually show whether it was the CDN, the web server or the app.',
      },
      {
        text: 'Raise the web server limit to the largest body you intend to accept.',
        snippets: [
          { label: 'nginx', code: '# in http, server or location; the default is 1m\nclient_max_body_size 50m;' },
          {
            label: 'Apache (httpd.conf, virtual host, directory or .htaccess)',
            code: '# value in bytes; 0 means no limit\nLimitRequestBody 52428800',
          },
        ],
      },
      {
        text: 'On IIS, request filtering caps bodies at 30000000 bytes by default (maxAllowedContentLength, in bytes). A request over this cap gets a 404, logged with sub-status 404.13, not a 413. An ASP.NET Core app answers 413 when its own limit, also 30000000 bytes by default, is hit.',
        snippets: [
          {
            label: 'IIS (web.config)',
            code:
              '<configuration>\n' +
              '  <system.webServer>\n' +
              '    <security>\n' +
              '      <requestFiltering>\n' +
              '        <requestLimits maxAllowedContentLength="52428800" />\n' +
              '      </requestFiltering>\n' +
              '    </security>\n' +
              '  </system.webServer>\n' +
              '</configuration>',
          },
        ],
      },
      {
        text: 'Raise the app limit as well, and keep the limits of every layer in step.',
        snippets: [{ label: 'Express', code: "app.use(express.json({ limit: '5mb' }));" }],
      },
      {
        text: 'For files larger than an edge limit, upload in chunks, or let browsers upload straight to object storage with presigned URLs.',
      },
      { text: 'Check file sizes in the page before uploading and state the limit in plain words.' },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The same upload fails again until it is smaller or the limit is raised.',
  },
  related: ['414', '431', '411', 'net::ERR_CONNECTION_RESET'],
  faq: [
    {
      q: 'I raised the limit. Why do uploads still fail?',
      a: 'Every layer has its own limit: CDN, load balancer, web server, app framework and language runtime. PHP, for example, has upload_max_filesize and post_max_size, and a request over those reaches your code with the upload missing instead of producing a 413. Raise each layer to the same value.',
    },
    {
      q: 'Why does the browser show a connection reset instead of 413?',
      a: 'A server may answer 413 and close the connection while the browser is still sending the file. The browser can then report the broken connection rather than the answer. The cause is the same size limit.',
    },
    {
      q: 'Is this the same as Payload Too Large?',
      a: 'Yes. The code has been called Request Entity Too Large, then Payload Too Large, and Content Too Large since RFC 9110. Only the name changed.',
    },
  ],
  references: [
    {
      title: 'RFC 9110, section 15.5.14: 413 Content Too Large',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14',
    },
    { title: 'MDN: 413 Content Too Large', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/413' },
    {
      title: 'nginx: client_max_body_size',
      url: 'https://nginx.org/en/docs/http/ngx_http_core_module.html#client_max_body_size',
    },
    {
      title: 'Apache HTTP Server: LimitRequestBody',
      url: 'https://httpd.apache.org/docs/2.4/mod/core.html#limitrequestbody',
    },
    {
      title: 'Cloudflare: request body limits by plan',
      url: 'https://developers.cloudflare.com/workers/platform/limits/#request-limits',
    },
    {
      title: 'IIS: Request Limits (requestLimits)',
      url: 'https://learn.microsoft.com/en-us/iis/configuration/system.webserver/security/requestfiltering/requestlimits/',
    },
  ],
});
