import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_CACHE_MISS',
  kind: 'network',
  title: 'Page not in the cache (form resubmission)',
  aliases: ['ERR_CACHE_MISS', 'Confirm Form Resubmission'],
  summary: 'The browser needed a saved copy of this page, usually one made by sending a form, and did not have one.',
  meaning:
    "Some loads may only be answered from the browser's cache. " +
    'The usual case is going Back or Forward to a page that was the result of sending a form. ' +
    'Sending the form again could repeat an order or a payment, so the browser will not do it on its own; without a saved copy it stops and asks. ' +
    'Nothing failed on the server, which was not contacted.',
  contrasts: [
    {
      id: 'net::ERR_ABORTED',
      text: 'A cancelled request was stopped by the page or the browser; a cache miss is a load that was only allowed to use a saved copy and found none.',
    },
    {
      id: 'net::ERR_INTERNET_DISCONNECTED',
      text: 'Offline means the network is gone; a cache miss happens while online, because the browser chose not to send the request.',
    },
  ],
  causes: [
    {
      title: 'Going back to a page made by a form',
      detail:
        'You pressed Back or Forward to a page that was the answer to a sent form (a POST), and the browser had not kept a copy.',
    },
    {
      title: 'The page may not be stored',
      detail:
        'The answer was sent with Cache-Control: no-store, so the browser could not keep it for Back and Forward.',
    },
    {
      title: 'A cache-only request found nothing',
      detail:
        'A request made to be answered only from the cache, such as a fetch with cache set to only-if-cached, had no saved copy to use.',
    },
  ],
  visitor: {
    steps: [
      {
        text: 'Reload and confirm sending the form again, but only if repeating it is harmless (not a second payment or order).',
      },
      {
        text: "Otherwise go back to the form and fill it in again, or open the site's own page for the result, such as your order history.",
      },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Answer successful form posts with a 303 See Other redirect to an ordinary page (Post/Redirect/Get). Back, Forward and reload then work without sending the form again.',
        snippets: [
          {
            label: 'Express',
            code: "app.post('/order', async (req, res) => {\n  const id = await createOrder(req.body);\n  res.redirect(303, `/orders/${id}`);\n});",
          },
          { label: 'PHP', code: "header('Location: /orders/' . $id, true, 303);\nexit;" },
        ],
      },
      {
        text: 'Make form handlers safe to repeat, for example with a one-time token per submission, so an accidental resend does no harm.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'Going back again stops at the same place; reload and confirm, or send the form anew.',
  },
  related: ['net::ERR_ABORTED'],
  faq: [],
  references: [
    { title: 'RFC 9110, section 15.4.4: 303 See Other', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4' },
    { title: 'RFC 9111: HTTP caching', url: 'https://www.rfc-editor.org/rfc/rfc9111' },
    {
      title: 'Chromium net_error_list.h',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
  ],
});
