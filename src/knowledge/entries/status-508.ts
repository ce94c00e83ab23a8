import { defineEntry } from '../types';

export default defineEntry({
  id: '508',
  kind: 'server-error',
  title: '508 Loop Detected',
  aliases: ['Loop Detected', 'Resource Limit Is Reached', 'Resource Limit Reached'],
  summary: 'The server stopped a request that looped forever, or, on shared hosting, the site hit its resource limit.',
  meaning:
    'In the standard, 508 belongs to WebDAV: the server was walking through a folder tree that contains links back to itself and stopped instead of looping forever. ' +
    'On the public web you are far more likely to meet a different use. Shared hosts running CloudLinux answer 508 with a "Resource Limit Is Reached" page when a site runs more requests at once than its plan allows. ' +
    'In that case the site is simply too busy for its hosting plan at that moment, and it usually recovers within minutes.',
  contrasts: [
    {
      id: '503',
      text: 'Both can mean "too busy right now". 503 is the general code for it; the 508 "Resource Limit" page is specific to shared hosts that cap each account.',
    },
    {
      id: 'net::ERR_TOO_MANY_REDIRECTS',
      text: 'A redirect loop bounces the browser between addresses and is stopped by the browser; a 508 loop happens inside one request on the server.',
    },
    {
      id: '429',
      text: '429 limits how many requests one client sends; the hosting 508 limits how much work the whole site may do at once, no matter who visits.',
    },
  ],
  causes: [
    {
      title: 'The hosting account hit its concurrency limit',
      detail:
        'On CloudLinux shared hosting, each site may run only a set number of PHP or CGI processes at once (entry processes). A traffic spike, a crawler or slow scripts fill them up.',
    },
    {
      title: 'Slow pages hold processes too long',
      detail:
        'Slow database queries, heavy plugins or calls to slow outside services keep each process busy, so fewer visitors fit under the limit.',
    },
    {
      title: 'A WebDAV folder tree that links back to itself',
      detail:
        'A request that walks the whole tree, such as a listing with Depth: infinity, meets a binding or link that points to a parent folder, and the server stops it.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Wait a few minutes and reload. The hosting limit usually clears once the burst of traffic passes.' },
      { text: 'Avoid reloading repeatedly; each reload takes up one of the few slots the site has.' },
      { text: 'If it lasts, tell the site owner; they may need a larger hosting plan or a faster site.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'In the hosting control panel, open the resource usage page and look for entry process (EP) faults at the times of the errors.',
      },
      {
        text: 'Add page caching so most visits are served without starting PHP, and find the slowest scripts or plugins in the logs.',
      },
      { text: 'Look for bots or scanners in the access log during the spikes, and slow them down or block them.' },
      { text: 'If normal traffic still hits the limit, ask the host to raise it or move to a larger plan.' },
      {
        text: 'For a real WebDAV loop, find the binding or link that points back up the tree and remove it, or avoid Depth: infinity requests.',
      },
    ],
  },
  retry: {
    advice: 'after-delay',
    note: 'A hosting resource limit usually clears within minutes; a WebDAV loop fails until the folder structure changes.',
  },
  related: ['503', '429', '509', 'generic-5xx'],
  faq: [
    {
      q: 'What does "508 Resource Limit Is Reached" mean?',
      a: 'The site runs on shared hosting that caps how much work it may do at once, and it reached that cap. Waiting a few minutes usually helps; the owner can fix it for good.',
    },
  ],
  references: [
    { title: 'RFC 5842, section 7.2: 508 Loop Detected', url: 'https://www.rfc-editor.org/rfc/rfc5842#section-7.2' },
    { title: 'MDN: 508 Loop Detected', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/508' },
    {
      title: 'CloudLinux OS documentation: entry processes limit',
      url: 'https://docs.cloudlinux.com/cloudlinuxos/limits/#entry-processes',
    },
  ],
});
