import { defineEntry } from '../types';

export default defineEntry({
  id: '403',
  kind: 'client-error',
  title: '403 Forbidden',
  aliases: ['Forbidden', 'Access Denied', 'Access Forbidden', 'Permission denied'],
  summary: 'The server got your request and decided not to serve it to you. Signing in again rarely changes that.',
  meaning:
    'The server is up, read the request and decided not to serve it. ' +
    'The reason may be who you are (an account without access), where you come from (an address, country or network it blocks), or how the server is set up (file permissions, access rules). ' +
    'If you sent credentials, they were not enough. The code does not say which reason applies; the page that comes with it sometimes does.',
  contrasts: [
    {
      id: '401',
      text: '401 means the server does not know who you are yet and signing in can fix it; 403 means it will not serve you even so.',
    },
    {
      id: '404',
      text: 'A 404 can hide a 403: some servers prefer to say "not found" rather than reveal that something private exists. Amazon S3 does the opposite and answers 403 for missing files when the caller may not list the bucket.',
    },
    {
      id: '451',
      text: '451 says access is refused for a legal reason, such as a court order or local law; 403 gives no reason.',
    },
    {
      id: 'net::ERR_BLOCKED_BY_CLIENT',
      text: 'ERR_BLOCKED_BY_CLIENT means your own browser or an extension stopped the request before it left; a 403 is an answer from the server.',
    },
  ],
  causes: [
    {
      title: 'A security filter or bot check blocked you',
      detail:
        'Firewalls and bot protection (Cloudflare, AWS WAF, hosting security rules) refuse requests that look automated or come from addresses with a bad reputation, which includes many VPNs and shared networks. Cloudflare serves its challenge pages with status 403 and marks every one with the header cf-mitigated: challenge.',
    },
    {
      title: 'Your account does not have access',
      detail:
        'You are signed in, but to an account without the right role, plan or membership, or the owner of the content has not shared it with you.',
    },
    {
      title: 'File permissions or server access rules',
      detail:
        'The web server cannot read the file, a rule denies the path or your address, or a folder has no index page and directory listing is off.',
    },
    {
      title: 'A security token or referrer check failed',
      detail:
        'Form submissions with a missing or stale anti-forgery token (Django answers these with 403), or hotlink protection that refuses files requested from other sites.',
    },
    {
      title: 'Cloud storage policy',
      detail:
        'A bucket or object that is not public, a signed link that expired, or a policy missing a permission. S3 also returns 403 for a missing object when the caller lacks list permission.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'If the site has accounts, sign in, or switch to the account that was given access.',
      },
      {
        text: 'If a "checking your browser" or captcha page appeared, complete it and allow the site\'s cookies and scripts so the check can pass.',
      },
      {
        text: 'Turn off your VPN or proxy, or try another network such as mobile data: many blocks are by address or country.',
      },
      {
        text: "Clear this site's cookies and reload, in case a stale session or token is being refused.",
      },
      {
        text: 'If you should have access, contact the site with the time and the address you tried; they can find the rule that blocked you.',
      },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Find the blocked request in your logs and see which layer refused it: CDN or firewall (check its security events), web server, or application. nginx logs "directory index ... is forbidden" or "Permission denied"; Apache logs "client denied by server configuration".',
      },
      {
        text: 'If a firewall or bot rule blocked real visitors, loosen or skip that rule for the affected path, and prefer a challenge to an outright block for borderline traffic.',
      },
      {
        text: 'Make files readable by the web server user: directories need execute permission all the way down.',
        snippets: [
          {
            label: 'Linux shell',
            code: 'find /var/www/site -type d -exec chmod 755 {} \\;\nfind /var/www/site -type f -exec chmod 644 {} \\;',
          },
        ],
      },
      {
        text: "Allow access to the site's folder and give folders an index page.",
        snippets: [
          {
            label: 'Apache 2.4',
            code: '<Directory "/var/www/site">\n    Require all granted\n</Directory>\nDirectoryIndex index.html index.php',
          },
          {
            label: 'nginx',
            code: 'location / {\n    index index.html;\n    try_files $uri $uri/ =404;\n}',
          },
        ],
      },
      {
        text: 'For S3 or other storage, check the bucket policy, public access settings and the expiry of signed links. Grant list permission to the reader if you want missing objects to show as 404.',
      },
      {
        text: 'In your app, use 403 for "signed in but not allowed" and 401 for "not signed in", and say in the body what access is missing.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: "The refusal stays until something changes: your account, your network, or the site's rules.",
  },
  related: ['401', '404', '451', '429', '999', 'net::ERR_BLOCKED_BY_CLIENT', 'generic-4xx'],
  faq: [
    {
      q: 'Why does the site work on my phone but not on my computer?',
      a: 'The two are probably on different networks or addresses, and the site blocks one of them, often a VPN, a work network or a shared address with a bad reputation. Stored cookies or extensions can also differ.',
    },
    {
      q: 'Will signing in fix a 403?',
      a: 'Only if you were not signed in, or were signed in to the wrong account. A 403 while signed in to the right account means the site has to grant you access.',
    },
    {
      q: 'Why do I get 403 for a file that does not exist?',
      a: 'Some storage services, Amazon S3 among them, answer 403 rather than 404 for a missing file when the caller is not allowed to list what is there. That way they do not reveal which files exist.',
    },
  ],
  references: [
    {
      title: 'RFC 9110, section 15.5.4: 403 Forbidden',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4',
    },
    {
      title: 'MDN: 403 Forbidden',
      url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/403',
    },
    {
      title: 'Cloudflare: detect a challenge page response',
      url: 'https://developers.cloudflare.com/cloudflare-challenges/challenge-types/challenge-pages/detect-response/',
    },
    {
      title: 'Cloudflare: custom error page types and their status codes',
      url: 'https://developers.cloudflare.com/rules/custom-errors/reference/error-page-types/',
    },
    {
      title: 'Amazon S3: troubleshoot access denied (403 Forbidden) errors',
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/troubleshoot-403-errors.html',
    },
  ],
});
