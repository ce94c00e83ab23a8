import { defineEntry } from '../types';

export default defineEntry({
  id: '423',
  kind: 'client-error',
  title: '423 Locked',
  aliases: ['Resource locked', 'File is locked'],
  summary: 'The file or item is locked, usually because someone else has it open for editing.',
  meaning:
    'The resource is locked, and this request would change it without holding the lock. ' +
    'The code comes from WebDAV, the protocol behind many network drives and file sync services, where a client can lock a file while it is being edited. ' +
    'The file is not lost or forbidden; it is busy until the lock is released or expires.',
  contrasts: [
    {
      id: '409',
      text: '409 means the change clashes with the current state; 423 means the item is held by a lock and no change is allowed until it is released.',
    },
    {
      id: '403',
      text: '403 is a lasting refusal for this user; 423 lasts only as long as the lock does.',
    },
  ],
  causes: [
    {
      title: 'Someone else is editing it',
      detail:
        'Another user, or another of your own devices, opened the file through a WebDAV client or office app that took a lock.',
    },
    {
      title: 'A lock left behind',
      detail:
        'A client crashed or lost its connection while holding a lock, which then stays until its timeout runs out or an administrator removes it.',
    },
    {
      title: 'The lock token was not sent',
      detail:
        'A client that holds the lock must present its token with each change; a client that forgets it is refused like anyone else.',
    },
    {
      title: 'Internal file locking got stuck',
      detail:
        'File sync servers such as Nextcloud also lock files while they are being written and report a stuck lock as 423.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Wait a few minutes and try again; locks usually expire on their own.' },
      {
        text: 'Ask colleagues whether one of them has the file open, and close it in your own other apps and devices.',
      },
      { text: 'If it stays locked, ask the administrator to release the lock.' },
    ],
  },
  owner: {
    steps: [
      {
        text: "Find the lock and its owner, with a PROPFIND for the file's lockdiscovery property or the server's admin tools, and release it if it is stale.",
      },
      { text: 'Set lock timeouts that match how long edits really take, so abandoned locks clear by themselves.' },
      {
        text: 'On Nextcloud, keep file locks in Redis rather than in the database, as its manual advises for busy servers.',
        snippets: [
          {
            label: 'Nextcloud (config/config.php)',
            code: "'memcache.locking' => '\\OC\\Memcache\\Redis',\n'redis' => [\n  'host' => 'localhost',\n  'port' => 6379,\n],",
          },
        ],
      },
    ],
  },
  retry: {
    advice: 'after-delay',
    note: 'Try again once the other person is done or the lock times out.',
  },
  related: ['409', '412', '403', '424'],
  faq: [
    {
      q: 'How long does a lock last?',
      a: 'The client asks for a timeout when it takes the lock, and the server decides. It can be minutes or much longer, and a client that is still editing can renew it.',
    },
  ],
  references: [
    { title: 'RFC 4918, section 11.3: 423 Locked', url: 'https://www.rfc-editor.org/rfc/rfc4918#section-11.3' },
    { title: 'RFC 4918, section 6: Locking', url: 'https://www.rfc-editor.org/rfc/rfc4918#section-6' },
    { title: 'MDN: 423 Locked', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/423' },
    {
      title: 'Nextcloud admin manual: Transactional file locking',
      url: 'https://docs.nextcloud.com/server/latest/admin_manual/configuration_files/files_locking_transactional.html',
    },
  ],
});
