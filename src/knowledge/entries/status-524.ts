import { defineEntry } from '../types';

export default defineEntry({
  id: '524',
  kind: 'server-error',
  title: '524 A Timeout Occurred (Cloudflare)',
  aliases: ['A timeout occurred', 'Cloudflare 524', 'Error 524'],
  summary:
    "Cloudflare reached the site's own server, but the server took too long to answer, about two minutes by default.",
  meaning:
    "524 is Cloudflare's code, not a standard one. The connection to the origin, the website's own server, worked and the request was delivered, but no HTTP response came back before Cloudflare's proxy read timeout. " +
    "Cloudflare's page on error 524 gives that timeout as 120 seconds by default; its table of connection limits and many guides still say 100 seconds. Only Enterprise plans can raise it. " +
    'A 524 can also mean a large request body could not be written to the origin within 30 seconds. The origin may still finish the work after you see this page.',
  contrasts: [
    {
      id: '522',
      text: '522 fails earlier: the origin did not accept the connection or acknowledge the request. With 524 the request arrived and the answer was too slow.',
    },
    {
      id: '504',
      text: 'A 504 behind Cloudflare usually comes from a proxy at the origin that timed out on its own application. 524 is Cloudflare giving up on the origin as a whole.',
    },
    {
      id: '408',
      text: '408 is about a client that was too slow to send its request. 524 is about a server that was too slow to answer.',
    },
  ],
  causes: [
    {
      title: 'A long-running request',
      detail:
        'Large exports, reports, imports, slow database queries or calls to slow outside services keep the origin busy past the timeout.',
    },
    {
      title: 'An overloaded origin',
      detail:
        'When the server lacks CPU, memory, workers or database connections, even normal requests queue until they run out of time.',
    },
    {
      title: 'A stuck process',
      detail:
        'A deadlock, a lock held by another job or an endless loop keeps the request open without ever answering.',
    },
    {
      title: 'A slow upload to the origin',
      detail:
        'Cloudflare could not finish passing a large request body to the origin within its 30-second write timeout, which cannot be changed.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'If you submitted a form, order or payment, check whether it went through before you try again; the site may have finished it anyway.',
      },
      { text: 'Wait a few minutes and reload, or try at a quieter time.' },
      { text: 'For exports or reports, ask for a smaller range of data if the site allows it.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Log response times at the origin to find which addresses run longer than the timeout, then speed them up.',
      },
      {
        text: 'Turn long jobs into background work: accept the request, answer at once with a job address, and let the page poll for the result.',
        snippets: [
          {
            label: 'Express',
            code: "app.post('/reports', async (req, res) => {\n  const job = await queue.add('report', req.body);\n  res.status(202).location(`/reports/${job.id}`).end();\n});",
          },
        ],
      },
      {
        text: 'The timeout measures the gap between reads from the origin, so a response that streams data as it goes avoids it; one that stays silent until the end does not.',
      },
      {
        text: 'Serve requests that legitimately take minutes from a hostname set to DNS only, so they bypass the Cloudflare proxy.',
      },
      {
        text: 'On Enterprise plans the proxy read timeout can be raised, up to 6,000 seconds, for the zone or through Cache Rules.',
        snippets: [
          {
            label: 'Cloudflare API (Enterprise)',
            code: 'curl -X PATCH "https://api.cloudflare.com/client/v4/zones/$ZONE_ID/settings/proxy_read_timeout" \\\n  -H "Authorization: Bearer $CF_API_TOKEN" \\\n  -H "Content-Type: application/json" \\\n  --data \'{"value": 300}\'',
          },
        ],
      },
    ],
  },
  retry: {
    advice: 'after-delay',
    note: 'A load peak may pass; a request that always takes too long fails every time until the site changes it.',
  },
  related: ['522', '504', '520', '408'],
  faq: [
    {
      q: 'Did my action go through?',
      a: 'Possibly. Cloudflare stopped waiting, but the origin may have completed the work. Check your account, email or order history before repeating it.',
    },
  ],
  references: [
    {
      title: 'Cloudflare: error 524',
      url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/',
    },
    {
      title: 'Cloudflare: connection limits',
      url: 'https://developers.cloudflare.com/fundamentals/reference/connection-limits/',
    },
  ],
});
