import { defineOverlay } from './types';

const ERROR_CODES = { title: 'Heroku: error codes', url: 'https://devcenter.heroku.com/articles/error-codes' };

export default defineOverlay({
  platform: 'heroku',
  name: 'Heroku',
  about: 'A cloud platform that runs apps in containers called dynos, behind a shared HTTP router.',
  support:
    "Heroku's router logs every request with a request_id and, for failures, an error code such as H10 or H12; the app owner sees them with heroku logs --tail.",
  codes: {
    '503': {
      lead: "Heroku's router could not get an answer from the app. Its log names the reason with an H code such as H10 or H12.",
      meaning:
        'The router answers 503 for its own errors and shows Heroku\'s "Application error" page. The H code in the router log line (code=H12 and so on) says what happened; the app\'s own log lines around it usually say why.',
      causes: [
        {
          title: 'H10, app crashed',
          detail: 'The web dyno crashed or failed to boot, so nothing was there to answer.',
        },
        { title: 'H12, request timeout', detail: 'The app did not start sending a response within 30 seconds.' },
        {
          title: 'H13, connection closed without response',
          detail: 'The dyno accepted the request but closed the socket before answering, often a crash mid-request.',
        },
        {
          title: 'H14, no web dynos running',
          detail: 'The web process is scaled to zero, or the Procfile defines no web process.',
        },
        {
          title: 'H18, server request interrupted',
          detail:
            'The connection to the dyno was cut before the exchange was complete, often after part of a response was sent.',
        },
        { title: 'H20, app boot timeout', detail: 'The router waited too long for a dyno that was still starting.' },
        { title: 'H80, maintenance mode', detail: 'The owner switched maintenance mode on.' },
      ],
      visitor: [{ text: 'Try again in a few minutes; apps often recover after a restart or a fixed deploy.' }],
      owner: [
        {
          text: 'Read the router and app logs together, and check the dyno state.',
          snippets: [{ label: 'Heroku CLI', code: 'heroku logs --tail --app my-app\nheroku ps --app my-app' }],
        },
        {
          text: 'For H10 and H14, make sure a web process exists, is scaled up and binds to the port in $PORT within 60 seconds of starting.',
          snippets: [
            { label: 'Procfile', code: 'web: node server.js' },
            { label: 'Node.js', code: 'const port = Number(process.env.PORT) || 3000;\napp.listen(port);' },
            { label: 'Heroku CLI', code: 'heroku ps:scale web=1 --app my-app' },
          ],
        },
        {
          text: 'For H12, answer within 30 seconds: move slow work to a worker dyno and let the page poll for the result.',
        },
      ],
      references: [
        ERROR_CODES,
        { title: 'Heroku: request timeout', url: 'https://devcenter.heroku.com/articles/request-timeout' },
      ],
    },
    '404': {
      lead: "Heroku's router does not know this hostname, or the app itself has no route for this path.",
      meaning:
        "A Heroku-branded page saying there is no app here means the router found no app for the hostname. Any other 404 page is the app's own answer.",
      causes: [
        {
          title: 'The custom domain is not added to the app',
          detail: 'DNS points at Heroku, but the app does not list the domain.',
        },
        { title: 'The app was renamed or deleted', detail: 'The old herokuapp.com address no longer leads anywhere.' },
        { title: 'DNS points at an old target', detail: 'The record still uses the DNS target of another app.' },
      ],
      visitor: [{ text: 'Check the address; if it used to work, the site may have moved.' }],
      owner: [
        {
          text: 'Add the domain to the app and point DNS at the DNS target Heroku shows for it.',
          snippets: [
            {
              label: 'Heroku CLI',
              code: 'heroku domains:add www.example.com --app my-app\nheroku domains --app my-app',
            },
          ],
        },
      ],
      references: [
        { title: 'Heroku: custom domain names', url: 'https://devcenter.heroku.com/articles/custom-domains' },
      ],
    },
    '5xx': {
      lead: "A server error from an app on Heroku. The router's log line for the request shows whether the router or the app produced it.",
      owner: [{ text: 'Run heroku logs --tail and look for router lines with at=error and an H code.' }],
      references: [ERROR_CODES],
    },
  },
});
