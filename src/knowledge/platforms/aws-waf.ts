import { defineOverlay } from './types';

const GUIDE = 'https://docs.aws.amazon.com/waf/latest/developerguide';

export default defineOverlay({
  platform: 'aws-waf',
  name: 'AWS WAF',
  about:
    "Amazon's web application firewall, attached to CloudFront, load balancers, API Gateway and other AWS services.",
  support:
    "The site owner finds the request in the web ACL's sampled requests or AWS WAF logs by time, client address and URL; both name the rule that acted.",
  codes: {
    '403': {
      lead: "AWS WAF blocked the request: a rule in the site's web ACL matched it, or the default action blocks whatever no rule allows.",
      meaning:
        'A block answers 403 with a short body unless the site set a custom response. Rate-based rules block with 403 too unless customised, so a 403 can also mean too many requests. ' +
        'AWS managed rule groups are a frequent source: the core rule set, for instance, blocks request bodies over 8 KB and requests without a User-Agent header.',
      causes: [
        {
          title: 'A managed rule matched',
          detail:
            'Core rules, known bad inputs, SQL injection or IP reputation lists flagged the request, sometimes wrongly.',
        },
        { title: 'A rate-based rule', detail: 'Too many requests from one address in the evaluation window.' },
        {
          title: 'An address, country or bot rule',
          detail: 'IP sets, geographic matches or Bot Control refused the client.',
        },
        { title: 'A large form or upload', detail: 'Size restriction rules block bodies above their limit.' },
      ],
      visitor: [
        { text: 'Turn off a VPN or proxy, or try another network.' },
        { text: 'If a form was blocked, try shorter input or a smaller file, and report it to the site.' },
      ],
      owner: [
        { text: 'Look up the request in sampled requests or WAF logs to see the terminating rule.' },
        {
          text: 'Override that rule to Count, scope it down, or exclude the path, then watch the logs before blocking again.',
        },
        { text: 'Give rate-based blocks a custom response of 429 so clients can tell them apart from other blocks.' },
      ],
      references: [
        {
          title: 'AWS WAF: custom responses for Block actions',
          url: `${GUIDE}/customizing-the-response-for-blocked-requests.html`,
        },
      ],
    },
    '405': {
      lead: 'AWS WAF wants a CAPTCHA solved before letting this request through; here 405 is its signal, not a method problem.',
      meaning:
        'When a CAPTCHA rule matches a request without a valid token, AWS WAF answers 405 with the header x-amzn-waf-action: captcha. Only requests that accept text/html get the puzzle page; a script call (fetch or XHR) just gets the 405. ' +
        'Solving it sets an aws-waf-token cookie that is accepted for the immunity time, 300 seconds by default. The Challenge action works the same way without a puzzle, with status 202.',
      causes: [
        {
          title: 'A CAPTCHA rule matched a page request',
          detail: 'The site asks for a puzzle on this path, often only for suspicious traffic.',
        },
        {
          title: 'A script request without a token',
          detail: 'An app calls an API that the CAPTCHA rule covers; the call cannot show the puzzle.',
        },
        {
          title: 'The token cookie is blocked or expired',
          detail: 'Blocked cookies, or the immunity time ran out, so the puzzle returns.',
        },
      ],
      visitor: [
        { text: 'Reload the page itself so the puzzle can appear, and solve it.' },
        { text: 'Allow cookies for the site; the solved puzzle is remembered in a cookie.' },
      ],
      owner: [
        { text: 'Apply CAPTCHA and Challenge only to page loads, not to API paths called by scripts.' },
        { text: 'For single-page apps, integrate the AWS WAF JavaScript SDK so script calls carry a token.' },
        { text: 'Raise the immunity time if people have to solve puzzles too often.' },
      ],
      references: [
        {
          title: 'AWS WAF: CAPTCHA and Challenge action behavior',
          url: `${GUIDE}/waf-captcha-and-challenge-actions.html`,
        },
        {
          title: 'AWS WAF API: CaptchaAction',
          url: 'https://docs.aws.amazon.com/waf/latest/APIReference/API_CaptchaAction.html',
        },
        { title: 'AWS WAF: client application integration', url: `${GUIDE}/waf-application-integration.html` },
      ],
    },
    '4xx': {
      lead: 'AWS WAF refused the request with a custom status the site chose for its block responses.',
      owner: [{ text: 'Check which rule returned this code in the WAF logs.' }],
      references: [
        {
          title: 'AWS WAF: custom responses for Block actions',
          url: `${GUIDE}/customizing-the-response-for-blocked-requests.html`,
        },
      ],
    },
  },
});
