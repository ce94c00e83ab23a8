import { defineEntry } from '../types';

export default defineEntry({
  id: '416',
  kind: 'client-error',
  title: '416 Range Not Satisfiable',
  aliases: ['Requested Range Not Satisfiable', 'Invalid range'],
  summary:
    'Part of a file was asked for that does not exist, usually because the file changed or is shorter than expected.',
  meaning:
    'The request asked for only part of a file with a Range header, as resumed downloads and video players do, and none of the requested bytes exist in the current file. ' +
    'The file itself may be there; the part asked for lies past its end. ' +
    'The server should give the real size in a Content-Range header so the client can correct itself.',
  contrasts: [
    {
      id: '404',
      text: '404 says nothing is at the address; 416 says the file is there but the requested part of it is not.',
    },
    {
      id: 'net::ERR_CONTENT_LENGTH_MISMATCH',
      text: 'A length mismatch means a download was cut short mid-transfer; 416 is a clear refusal before any bytes are sent.',
    },
  ],
  causes: [
    {
      title: 'Resuming a download after the file changed',
      detail:
        'The browser or a download manager kept a partial file and asks for the rest, but the file on the server was replaced by a shorter one.',
    },
    {
      title: 'A stale cached size',
      detail: 'A cache or CDN holds an old length for the file, so players ask for ranges based on the wrong size.',
    },
    {
      title: 'An empty file',
      detail:
        'A file of zero bytes has no range to serve, so any range request for it fails. This often shows up with broken media files.',
    },
    {
      title: 'Player or script code asking past the end',
      detail: 'Custom media or download code computes offsets wrongly and asks for bytes beyond the end of the file.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Cancel the download and start it again from the beginning instead of resuming it.' },
      { text: 'Reload the page. If a video or audio file keeps failing, clear cached files for this site.' },
      { text: 'If it still fails, tell the site that the file may be broken or empty.' },
    ],
  },
  owner: {
    steps: [
      { text: 'Check the file on the origin: its size, and whether it was replaced recently.' },
      {
        text: 'After replacing a file, purge it from the CDN, or publish it under a new name so caches and resumed downloads do not mix versions.',
      },
      {
        text: 'If your app serves ranges itself, answer 416 with Content-Range: bytes */ followed by the current size, and check every range against that size.',
      },
      {
        text: 'Make sure the ETag and Last-Modified change when the file changes, so clients resuming with If-Range get the new file instead of a broken mix.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'Asking for the same range fails again; start the download over or fix the file.',
  },
  related: ['412', '404', 'net::ERR_CONTENT_LENGTH_MISMATCH'],
  faq: [
    {
      q: 'Why did a download fail when I resumed it?',
      a: 'The file on the server probably changed since the download started, so the part your browser still needed no longer exists. Download it again from the start.',
    },
  ],
  references: [
    {
      title: 'RFC 9110, section 15.5.17: 416 Range Not Satisfiable',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17',
    },
    { title: 'RFC 9110, section 14.4: Content-Range', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-14.4' },
    { title: 'MDN: 416 Range Not Satisfiable', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/416' },
  ],
});
