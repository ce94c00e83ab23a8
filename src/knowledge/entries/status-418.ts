import { defineEntry } from '../types';

export default defineEntry({
  id: '418',
  kind: 'client-error',
  title: '418 (Unused)',
  aliases: ["I'm a teapot", 'I am a teapot', 'Teapot'],
  summary:
    "A joke code from an April Fools' spec. A site that sends it chose to, often to turn away requests it does not want.",
  meaning:
    'RFC 2324, published on 1 April 1998, described a protocol for controlling coffee pots and gave 418 "I\'m a teapot" to a teapot asked to brew coffee. ' +
    'It was never part of HTTP, but so many servers and libraries copied the joke that RFC 9110 now lists 418 as reserved and unused, so it cannot be given a real meaning for now. ' +
    "When a website sends 418, it is that site's own choice: an easter egg, a placeholder, or a way to refuse requests it does not want to serve.",
  contrasts: [
    {
      id: '403',
      text: '403 is the standard way to refuse a request; a 418 used as a refusal means the same thing in a non-standard way.',
    },
    {
      id: '429',
      text: '429 says the sender made too many requests and should wait; a 418 sent to bots gives no such promise.',
    },
  ],
  causes: [
    {
      title: 'A deliberate refusal',
      detail:
        'Some sites and bot filters answer 418 to traffic they think is automated, such as scrapers or unusual clients, instead of 403.',
    },
    {
      title: 'An easter egg',
      detail: 'A page or API address built as a joke, often one about teapots or coffee.',
    },
    {
      title: 'Leftover test code',
      detail: 'A developer used 418 as an obviously fake status while testing, and the route shipped unchanged.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'If the site normally works for you, turn off any VPN, proxy or extension that changes requests, then reload: the site may have taken you for a bot.',
      },
      { text: 'Contact the site and mention the 418 if you need the page.' },
    ],
  },
  owner: {
    steps: [
      { text: 'Search your code, firewall rules and server config for 418 to find which rule sends it.' },
      {
        text: 'Use a code with a real meaning instead: 403 to refuse, 429 for rate limits, 503 for a temporary outage.',
      },
      {
        text: 'If you keep 418 as a joke, keep it off real pages and APIs so that monitoring and clients do not treat it as a failure to investigate.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The site chose this answer on purpose; repeating the request unchanged gets the same reply.',
  },
  related: ['403', '429', '400'],
  faq: [
    {
      q: 'Is 418 a real status code?',
      a: "Not in HTTP. It comes from an April Fools' RFC about coffee pots. RFC 9110 reserves the number so that nothing else uses it for now, but gives it no meaning.",
    },
    {
      q: 'Why was the joke kept?',
      a: 'In 2017 a proposal to remove 418 from popular HTTP libraries, including those of Node.js and Go, met wide pushback from developers. In 2022 RFC 9110 settled the matter by marking the number as reserved.',
    },
  ],
  references: [
    { title: 'RFC 9110, section 15.5.19: 418 (Unused)', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19' },
    { title: 'RFC 2324: Hyper Text Coffee Pot Control Protocol', url: 'https://www.rfc-editor.org/rfc/rfc2324' },
    { title: "MDN: 418 I'm a teapot", url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/418' },
  ],
});
