import { defineEntry } from '../types';

export default defineEntry({
  id: 'NS_ERROR_DOM_BAD_URI',
  kind: 'network',
  title: 'Cross-origin request blocked (Firefox)',
  aliases: ['Cross-Origin Request Blocked', 'CORS request blocked'],
  summary:
    'Firefox blocked a request to another site because that site did not allow it (CORS), or the address may not be loaded here.',
  meaning:
    'Firefox reports failed CORS checks under this name. ' +
    'A page asked another origin for data with fetch or XMLHttpRequest, and the answer did not carry headers allowing this page to read it, so Firefox withheld it. ' +
    'The same name is used when a page tries to load an address web pages may never reach, such as a file on your computer. ' +
    'The other server may well have answered normally.',
  contrasts: [
    {
      id: 'net::ERR_FAILED',
      text: 'Chrome reports the same CORS failure under its generic net::ERR_FAILED code; the fix is the same.',
    },
    {
      id: 'NS_ERROR_CONTENT_BLOCKED',
      text: 'Content blocked means a content policy or an extension refused the load; this error comes from a CORS or address check.',
    },
  ],
  causes: [
    {
      title: 'Missing Access-Control-Allow-Origin',
      detail:
        "The other server answered without naming this page's origin in Access-Control-Allow-Origin. The Web Console gives the reason on the line after Cross-Origin Request Blocked.",
    },
    {
      title: 'The preflight was refused',
      detail:
        'Before requests with custom headers, a JSON body or methods such as PUT or DELETE, Firefox sends an OPTIONS request. An error status, a redirect or missing Allow headers there stops the real request.',
    },
    {
      title: 'Cookies sent to a wildcard origin',
      detail:
        'A request with credentials is refused when the answer says Access-Control-Allow-Origin: * instead of naming the origin and adding Access-Control-Allow-Credentials: true.',
    },
    {
      title: 'An address the page may not load',
      detail: 'A web page pointing at a file: path or another address that web content is not allowed to reach.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Reload the page once.' },
      { text: 'Try a private window with extensions turned off. If it works there, an extension was interfering.' },
      {
        text: 'Tell the site owner which part of the page is broken; only the server being called can allow the request.',
      },
    ],
  },
  owner: {
    steps: [
      {
        text: "Open Firefox's Web Console (Ctrl+Shift+K). A CORS block is reported as Cross-Origin Request Blocked, with a Reason that names the missing or wrong header.",
      },
      {
        text: 'On the server being called, send Access-Control-Allow-Origin for the calling origin, also on error answers, and answer the OPTIONS preflight with a 2xx status and the allowed methods and headers.',
        snippets: [
          {
            label: 'Express (cors package)',
            code: "import cors from 'cors';\n\napp.use('/api', cors({ origin: 'https://app.example.com', credentials: true }));",
          },
        ],
      },
      {
        text: 'With cookies or other credentials, name the exact origin instead of *, and send Access-Control-Allow-Credentials: true.',
      },
      { text: 'For file: or other local addresses, serve the resource from your web server instead.' },
    ],
  },
  retry: {
    advice: 'after-change',
    note: "The request fails the same way until the server's CORS headers or the page's request change.",
  },
  related: ['net::ERR_FAILED', 'NS_ERROR_CONTENT_BLOCKED', 'generic-network'],
  faq: [
    {
      q: 'Why does Chrome show net::ERR_FAILED for the same request?',
      a: 'The browsers name the same CORS failure differently. Firefox uses this specific name; Chrome folds it into its generic failure code. The fix on the server is the same.',
    },
  ],
  references: [
    {
      title: 'MDN: Cross-Origin Resource Sharing (CORS)',
      url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/CORS',
    },
    { title: 'MDN: CORS errors', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/CORS/Errors' },
    { title: 'Fetch Standard: CORS protocol', url: 'https://fetch.spec.whatwg.org/#http-cors-protocol' },
  ],
});
