import { defineEntry } from '../types';

export default defineEntry({
  id: '451',
  kind: 'client-error',
  title: '451 Unavailable For Legal Reasons',
  aliases: ['Blocked for legal reasons', 'Legally restricted'],
  summary: 'This page is blocked because of a legal demand, such as a court order or a law where you are.',
  meaning:
    "The server, or something between you and it, refuses to serve this resource because of a legal demand: a court order, a government request or a law in the visitor's region. " +
    'The number nods to the novel Fahrenheit 451. ' +
    'The page should explain the demand and who made it, and a Link header with rel="blocked-by" should name the party doing the blocking, which may be a network provider rather than the site. ' +
    'It does not say whether the content still exists.',
  contrasts: [
    {
      id: '403',
      text: '403 is a refusal for any reason, often permissions; 451 says openly that the reason is a legal demand.',
    },
    {
      id: '404',
      text: 'Some sites hide legally removed content behind a 404; 451 admits that something is being withheld and why.',
    },
    {
      id: '450',
      text: '450 is a Windows parental controls block on your own device; 451 comes from a server or network acting on a legal demand.',
    },
  ],
  causes: [
    {
      title: 'A court order or takedown',
      detail: 'The content was ordered removed or blocked, for example after a copyright or defamation claim.',
    },
    {
      title: 'A law in your region',
      detail:
        'The site blocks visitors from a country or region whose rules it does not follow, such as a privacy or gambling law.',
    },
    {
      title: 'A block by your network provider',
      detail:
        'An internet provider, or a school or workplace network, blocks the address under a legal order and answers in place of the site. The blocked-by link then points at that provider.',
    },
    {
      title: 'A VPN or proxy in another country',
      detail:
        "The site judges your location from the VPN or proxy exit, which can place you under that country's blocks.",
    },
  ],
  visitor: {
    steps: [
      { text: 'Read the page: it should say which legal demand applies and who is blocking.' },
      { text: 'If you use a VPN or proxy, turn it off; the site may be judging your location from its exit point.' },
      { text: 'If you think the block is a mistake, contact the site or the party named as blocking it.' },
    ],
  },
  owner: {
    steps: [
      { text: 'Send 451 only for blocks you apply because of a legal demand; use 403 for other refusals.' },
      {
        text: 'Explain the demand in the body and name the party doing the blocking with a Link header whose rel is blocked-by.',
        snippets: [
          {
            label: 'nginx',
            code:
              'location = /removed-article {\n' +
              '    default_type text/plain;\n' +
              '    # the URI identifies whoever is doing the blocking\n' +
              '    add_header Link \'<https://example.com/about/legal>; rel="blocked-by"\' always;\n' +
              '    add_header Cache-Control "no-store" always;\n' +
              '    return 451 "This page is unavailable in your region because of a court order.\\n";\n' +
              '}',
          },
          {
            label: 'Express',
            code:
              "app.get('/removed-article', (req, res) => {\n" +
              "  res.set('Link', '<https://example.com/about/legal>; rel=\"blocked-by\"');\n" +
              "  res.set('Cache-Control', 'no-store');\n" +
              "  res.status(451).send('This page is unavailable in your region because of a court order.');\n" +
              '});',
          },
        ],
      },
      {
        text: 'If the block depends on where the visitor is, stop shared caches from storing the 451: it is cacheable by default, and a CDN could otherwise serve it to everyone.',
      },
    ],
  },
  retry: {
    advice: 'never',
    note: 'The block stays until the legal situation changes, or your location as the site sees it.',
  },
  related: ['403', '404', '450', 'net::ERR_BLOCKED_BY_ADMINISTRATOR'],
  faq: [
    {
      q: 'Is the site itself blocking me?',
      a: 'Not always. A network provider can answer with 451 in place of the site. The explanation on the page, or the blocked-by link, names who is doing it.',
    },
  ],
  references: [
    {
      title: 'RFC 7725, section 3: 451 Unavailable For Legal Reasons',
      url: 'https://www.rfc-editor.org/rfc/rfc7725#section-3',
    },
    {
      title: 'RFC 7725, section 4: Identifying Blocking Entities',
      url: 'https://www.rfc-editor.org/rfc/rfc7725#section-4',
    },
    {
      title: 'MDN: 451 Unavailable For Legal Reasons',
      url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/451',
    },
  ],
});
