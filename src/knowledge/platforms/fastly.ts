import { defineOverlay } from './types';

const ERRORS = {
  title: 'Fastly: errors generated in VCL',
  url: 'https://www.fastly.com/documentation/guides/vcl/errors',
};

export default defineOverlay({
  platform: 'fastly',
  name: 'Fastly',
  about:
    "A CDN and edge computing platform that caches content and fetches the rest from the site's own servers (backends).",
  support:
    'The x-served-by header names the Fastly cache servers that handled the request; send it with the time, and x-fastly-request-id when present, to the site owner, who can search their Fastly logs.',
  codes: {
    '503': {
      lead: "Fastly could not get a response from the site's own server: it was down, unhealthy, too slow, or the connection failed.",
      meaning:
        'When Fastly itself fails to fetch from a backend, it answers 503 with a short reason such as "first byte timeout", "backend read error", "connection timed out" or "All backends failed or unhealthy". ' +
        'Over HTTP/2 and HTTP/3 that reason text is not sent, so a visitor often sees only the bare 503; the site logs still have it. A 503 can also come from the backend itself and be passed through.',
      causes: [
        {
          title: 'First byte timeout',
          detail: 'The backend did not start answering within the first byte timeout, 15 seconds by default.',
        },
        {
          title: 'Connection failure',
          detail: 'The backend refused or did not accept the connection in time, or TLS to it failed.',
        },
        {
          title: 'Unhealthy backends',
          detail: 'Health checks marked every backend down, so Fastly had nowhere to send the request.',
        },
        {
          title: 'Backend read error',
          detail: 'The backend closed the connection or sent something that is not valid HTTP.',
        },
      ],
      visitor: [
        {
          text: 'Wait a little and reload; if it persists, tell the site the time and the x-served-by value if you can see it.',
        },
      ],
      owner: [
        {
          text: 'Log the error reason in vcl_error (obj.response) or check your logging endpoint to learn which failure it was.',
        },
        {
          text: 'For slow but healthy backends, raise the first byte timeout for origin fetches. With clustering, the effective maximum is 60 seconds.',
          snippets: [
            {
              label: 'Fastly VCL (in vcl_miss)',
              code: 'if (req.backend.is_origin) {\n  set bereq.first_byte_timeout = 30s;\n}',
            },
          ],
        },
        { text: 'Check health check settings and that the backend firewall allows Fastly addresses.' },
      ],
      references: [
        ERRORS,
        {
          title: 'Fastly: bereq.first_byte_timeout',
          url: 'https://www.fastly.com/documentation/reference/vcl/variables/backend-connection/bereq-first-byte-timeout',
        },
        {
          title: 'Fastly: backend settings',
          url: 'https://www.fastly.com/documentation/reference/api/services/backend',
        },
      ],
    },
    '429': {
      lead: 'A rate limit refused the request: one the site set up at the Fastly edge, or one in its own application.',
      meaning:
        'Fastly does not limit visitors unless the site configures it, for example with edge rate limiting or its WAF rules.',
      causes: [
        {
          title: 'Many requests from one client',
          detail: 'Scripts, reloads or a shared address pushed the count over the limit.',
        },
        { title: 'The application limits itself', detail: 'The backend sent the 429 and Fastly passed it on.' },
      ],
      visitor: [{ text: 'Wait before trying again, and stop automatic reloads.' }],
      owner: [{ text: 'Check which rule or backend produced the 429, and send a Retry-After header with it.' }],
      references: [ERRORS],
    },
    '5xx': {
      lead: 'A server error through Fastly. Errors Fastly makes itself in VCL services are 503s; other codes come from the backend.',
      owner: [{ text: 'Check the backend logs for non-503 errors, and the Fastly logs for the reason behind 503s.' }],
      references: [ERRORS],
    },
  },
});
