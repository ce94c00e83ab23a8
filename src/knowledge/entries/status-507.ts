import { defineEntry } from '../types';

export default defineEntry({
  id: '507',
  kind: 'server-error',
  title: '507 Insufficient Storage',
  aliases: ['Insufficient Storage', 'Quota exceeded'],
  summary: 'The server has no room to store what you sent: your storage quota is used up, or its disk is full.',
  meaning:
    'Carrying out the request would mean saving data, and there is no room left to save it. ' +
    'The code comes from WebDAV, the file access protocol behind many cloud drives, and it mostly appears when uploading, saving or copying files. ' +
    'It can mean your own account quota is full or that the whole server is out of space; the code alone does not say which. ' +
    'It is expected to change once space is freed, but not by simply retrying.',
  contrasts: [
    {
      id: '413',
      text: '413 means this one request is larger than the server allows; 507 means there is no space left to store it, however small it is.',
    },
    {
      id: '500',
      text: 'A full disk sometimes shows as a plain 500 when the software does not report it; 507 names the storage problem directly.',
    },
    {
      id: '503',
      text: '503 is about the service being busy or down; 507 is about storage space, while the service itself still answers.',
    },
  ],
  causes: [
    {
      title: 'Your storage quota is full',
      detail:
        'Cloud drives such as Nextcloud or ownCloud answer 507 to an upload or sync when the account has used all of its quota. Files in the trash often still count.',
    },
    {
      title: 'The server disk is full',
      detail: 'The disk or volume holding the data, or the temporary folder used for uploads, has no free space left.',
    },
    {
      title: 'A shared folder belongs to someone else',
      detail:
        "Saving into a folder shared with you may count against the owner's quota, so their full quota blocks your upload.",
    },
  ],
  visitor: {
    steps: [
      { text: 'Check your storage use in the account or app settings.' },
      { text: 'Delete files you no longer need and empty the trash or deleted files, then try the upload again.' },
      { text: 'If you are saving into a folder someone shared with you, ask its owner to free space.' },
      { text: 'If your account shows free space, tell the administrator: the server itself may be full.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Check free space on every volume involved, including the upload temporary folder and any object store quota.',
        snippets: [{ label: 'Linux shell', code: 'df -h\ndf -i' }],
      },
      {
        text: 'Check the user or group quota in the application, and whether trash, file versions or previews count toward it.',
      },
      { text: 'Set up disk space alerts and log rotation so the server does not fill up unnoticed.' },
      { text: 'Return a message with the 507 that tells users how much space they have and how to free it.' },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'It keeps failing until space is freed or the quota is raised.',
  },
  related: ['413', '500', '503', 'generic-5xx'],
  faq: [
    {
      q: 'My account says I still have space. Why 507?',
      a: 'The server itself, or the folder owner when you save into a shared folder, may be out of space. Only the administrator can check the server side.',
    },
  ],
  references: [
    {
      title: 'RFC 4918, section 11.5: 507 Insufficient Storage',
      url: 'https://www.rfc-editor.org/rfc/rfc4918#section-11.5',
    },
    { title: 'MDN: 507 Insufficient Storage', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/507' },
  ],
});
