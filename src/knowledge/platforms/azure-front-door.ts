import { defineOverlay } from './types';

const LEARN = 'https://learn.microsoft.com/en-us/azure';
const TROUBLESHOOT = {
  title: 'Azure Front Door: troubleshoot common issues',
  url: `${LEARN}/frontdoor/troubleshoot-issues`,
};
const WAF_RESPONSE = {
  title: 'Azure WAF on Front Door: custom response code',
  url: `${LEARN}/web-application-firewall/afds/waf-front-door-configure-custom-response-code`,
};

export default defineOverlay({
  platform: 'azure-front-door',
  name: 'Azure Front Door',
  about: "Microsoft's global CDN and load balancer for web applications, with an optional web application firewall.",
  support:
    'Azure Front Door adds an x-azure-ref header to every response and prints the same reference on its error pages; the site owner can find the request in the Front Door access and WAF logs with it, or give it to Azure support.',
  codes: {
    '403': {
      lead: 'The web application firewall of Azure Front Door blocked the request ("The request is blocked"), or the origin refused it.',
      meaning:
        'A Front Door WAF block answers 403 by default, with a short message and a reference string that matches the logs. The site can change the status and page. A 403 without that message came from the origin.',
      causes: [
        {
          title: 'A managed rule matched',
          detail: 'The default rule set or bot rules flagged the request, sometimes wrongly.',
        },
        { title: 'A custom rule matched', detail: 'An address, country, header or path rule set by the site.' },
      ],
      visitor: [
        { text: 'Turn off a VPN or proxy, or try another network.' },
        { text: 'Send the site the reference string from the page and the time.' },
      ],
      owner: [
        {
          text: 'Search the WAF log for the x-azure-ref value (the TrackingReference field) to see the rule, then add an exclusion or change its action.',
        },
      ],
      references: [WAF_RESPONSE],
    },
    '429': {
      lead: 'A rate limit rule of the Azure Front Door firewall, or the origin, refused the request for coming too often.',
      meaning: 'Front Door WAF rate limit blocks answer 429 unless the site set a custom block response.',
      visitor: [{ text: 'Wait before trying again, and stop automatic reloads.' }],
      owner: [{ text: 'Check the rate limit rule: its threshold, its window and what it groups requests by.' }],
      references: [WAF_RESPONSE],
    },
    '503': {
      lead: 'Azure Front Door got no valid answer from the origin: it timed out, failed the certificate check, or answered badly.',
      causes: [
        {
          title: 'The origin is too slow',
          detail: 'It did not answer within the origin response timeout, 30 seconds by default.',
        },
        {
          title: 'HTTPS to the origin fails its check',
          detail:
            'The origin is an IP address, or its certificate does not match the origin host name Front Door expects. Only HTTPS requests fail.',
        },
        {
          title: 'An invalid response',
          detail: 'Logged as OriginInvalidResponse; byte-range requests together with compression are one known cause.',
        },
      ],
      visitor: [{ text: 'Try again in a few minutes.' }],
      owner: [
        {
          text: 'Time a request sent straight to the origin, then raise the origin response timeout if needed (16 to 240 seconds on Standard and Premium).',
        },
        {
          text: "Make the origin's certificate match the origin host name, and use a host name rather than an IP address.",
        },
      ],
      references: [TROUBLESHOOT],
    },
    '504': {
      lead: 'Azure Front Door waited for the origin and gave up (OriginTimeout). The default origin response timeout is 30 seconds.',
      visitor: [{ text: 'Try again later; if you started a long task, check whether it completed.' }],
      owner: [
        {
          text: 'Speed up the slow requests, or raise the origin response timeout, up to 240 seconds, on Standard and Premium profiles.',
        },
      ],
      references: [TROUBLESHOOT],
    },
    '5xx': {
      lead: 'A server error through Azure Front Door; its logs show whether Front Door or the origin produced it.',
      owner: [
        { text: 'Look up the x-azure-ref value in the access log, where the error information field names the cause.' },
      ],
      references: [
        TROUBLESHOOT,
        { title: 'Azure Front Door: HTTP headers', url: `${LEARN}/frontdoor/front-door-http-headers-protocol` },
      ],
    },
  },
});
