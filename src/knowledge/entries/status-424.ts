import { defineEntry } from '../types';

export default defineEntry({
  id: '424',
  kind: 'client-error',
  title: '424 Failed Dependency',
  aliases: ['Dependency failed'],
  summary: 'This action could not be done because another step it depended on failed first.',
  meaning:
    'The request was one of a group of operations, and it failed only because an operation it relied on failed. ' +
    'In WebDAV, changing several properties at once is all or nothing, so when one change fails the others are reported as 424. ' +
    'Batch APIs use it the same way for requests that depend on a failed one. ' +
    'The 424 is never the root cause; look for the step that failed first.',
  contrasts: [
    {
      id: '502',
      text: '502 means a gateway got a bad answer from the server behind it; 424 means an earlier operation in the same group failed.',
    },
    {
      id: '409',
      text: '409 reports the failure of this operation itself; 424 reports that it was skipped or undone because of another one.',
    },
  ],
  causes: [
    {
      title: 'One part of an all-or-nothing change failed',
      detail:
        'A WebDAV PROPPATCH that sets several properties fails on one, so the rest are marked 424 in the 207 Multi-Status answer.',
    },
    {
      title: 'A batch request that depends on a failed one',
      detail: 'Batch APIs such as Microsoft Graph JSON batching mark a request 424 when a request it depends on fails.',
    },
    {
      title: 'An app using 424 for a failed back-end call',
      detail:
        'Some APIs send 424 when a service they call fails. That is a loose use of the code; 502 or 503 would describe it better.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Try the whole action once more; if the earlier step failed for a passing reason, it may work now.' },
      { text: 'If it fails again, contact the site and describe what you were doing.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Find the first failure: read the whole 207 answer, the batch results or the app log, and look for the entry that is not 424.',
      },
      { text: 'Fix that step; the operations that depend on it will then go through.' },
      {
        text: 'If you send 424 for an outage of a service you call, consider 502 or 503 so that clients and monitoring read it correctly.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The group fails the same way until the step it depends on succeeds.',
  },
  related: ['423', '409', '502'],
  faq: [],
  references: [
    {
      title: 'RFC 4918, section 11.4: 424 Failed Dependency',
      url: 'https://www.rfc-editor.org/rfc/rfc4918#section-11.4',
    },
    { title: 'MDN: 424 Failed Dependency', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/424' },
    { title: 'Microsoft Graph: JSON batching', url: 'https://learn.microsoft.com/en-us/graph/json-batching' },
  ],
});
