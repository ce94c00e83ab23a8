import { defineOverlay } from './types';

const ERRORS = { title: 'Express: error handling', url: 'https://expressjs.com/en/guide/error-handling.html' };
const JSON_PARSER = { title: 'Express: express.json()', url: 'https://expressjs.com/en/api.html#express.json' };

export default defineOverlay({
  platform: 'express',
  name: 'Express',
  about: 'A minimal web framework for Node.js that routes requests through middleware functions.',
  support:
    'Express has no request id of its own; the site owner finds the request in the Node.js process logs by time and URL.',
  codes: {
    '404': {
      lead: 'No Express route or static file matched this method and path. The bare "Cannot GET /path" page is Express\'s default.',
      meaning:
        'When every middleware and route passes a request on, Express ends with a plain 404 that reads "Cannot GET" (or POST, and so on) followed by the path. That page means no route matched, not that a route ran and failed.',
      causes: [
        {
          title: 'The route is not defined for this method',
          detail: 'A GET route exists but the client sent POST, or the other way round.',
        },
        {
          title: 'A path or mount mismatch',
          detail:
            'A router mounted at /api answers /api/users, not /users; a trailing slash or case difference can matter with strict routing.',
        },
        { title: 'Route order', detail: 'A catch-all or static middleware registered earlier answers first.' },
        {
          title: 'Client-side routes on reload',
          detail: 'A single-page app served by Express needs a fallback that returns index.html.',
        },
      ],
      visitor: [{ text: 'Check the address for typos, or start from the home page.' }],
      owner: [
        {
          text: 'Log the method and URL of unmatched requests, and add a final handler for a friendlier 404.',
          snippets: [
            {
              label: 'Express',
              code: "app.use((req, res) => {\n  res.status(404).json({ error: 'Not found', path: req.originalUrl });\n});",
            },
          ],
        },
      ],
      references: [{ title: 'Express: FAQ, handling 404 responses', url: 'https://expressjs.com/en/starter/faq.html' }],
    },
    '500': {
      lead: 'An error reached the Express error handler. Unless NODE_ENV is production, the default page shows the stack trace.',
      meaning:
        "Errors passed to next(err), or thrown in synchronous handlers, go to the error-handling middleware, which is any middleware with four arguments (err, req, res, next). Express's built-in handler answers with err.status, or 500. " +
        'In Express 4, a rejected promise in an async handler is not caught unless it is passed to next, and the request may hang until a timeout; Express 5 forwards it to the error handler.',
      causes: [
        { title: 'An exception in a route', detail: 'A bug, a failed database call, or invalid data.' },
        {
          title: 'A missing environment variable',
          detail: 'Configuration present on the developer machine but not on the server.',
        },
      ],
      visitor: [{ text: 'Reload later; if it persists, tell the site what you did and the time.' }],
      owner: [
        {
          text: 'Add an error handler after all routes that logs the error and hides details, and run with NODE_ENV=production.',
          snippets: [
            {
              label: 'Express',
              code: "app.use((err, req, res, next) => {\n  console.error(err);\n  if (res.headersSent) return next(err);\n  res.status(err.status || 500).json({ error: 'Internal Server Error' });\n});",
            },
          ],
        },
      ],
      references: [ERRORS],
    },
    '413': {
      lead: "The request body is larger than Express's body parser accepts. The default limit is only 100 KB.",
      meaning:
        'express.json() and express.urlencoded() refuse larger bodies with "request entity too large" (a PayloadTooLargeError) before your route runs.',
      visitor: [{ text: 'Try a smaller file or less data in one go.' }],
      owner: [
        {
          text: 'Raise the limit where larger bodies are expected, and handle file uploads with a streaming upload library instead.',
          snippets: [
            {
              label: 'Express',
              code: "app.use(express.json({ limit: '1mb' }));\napp.use(express.urlencoded({ extended: true, limit: '1mb' }));",
            },
          ],
        },
      ],
      references: [JSON_PARSER, { title: 'body-parser', url: 'https://github.com/expressjs/body-parser' }],
    },
    '400': {
      lead: 'Express could not parse the request body, usually JSON that is malformed or does not match its Content-Type.',
      owner: [
        { text: 'Check what the client sends; the parser error in the logs names the position of the bad character.' },
      ],
      references: [JSON_PARSER],
    },
  },
});
