import { defineEntry } from '../types';

export default defineEntry({
  id: '498',
  kind: 'client-error',
  title: '498 Invalid Token (Esri ArcGIS)',
  aliases: ['Invalid Token', 'ArcGIS invalid token', 'Esri 498'],
  summary:
    'An ArcGIS map or data service rejected the access token, usually because it expired. Signing in again normally fixes it.',
  meaning:
    "This is not a standard HTTP code. Esri's ArcGIS Server and ArcGIS Online use 498 (Invalid Token) when a request carries a token they do not accept: expired, malformed, invalidated, or issued for a different web page or address than the one using it. " +
    'Its partner code 499 means a token is required but none was sent; nginx uses 499 for something else entirely. ' +
    'ArcGIS REST services often send the code only inside a JSON error message while the HTTP status stays 200, so it may not show up as a failed request at all.',
  contrasts: [
    {
      id: '401',
      text: '401 is the standard way to ask for credentials. ArcGIS uses 498 specifically for a token that was sent but is no longer valid.',
    },
    {
      id: '403',
      text: '403 means a valid identity lacks permission. 498 means the token itself is not accepted, whatever the permissions.',
    },
    {
      id: '499',
      text: 'In ArcGIS, 499 means no token was sent at all. The nginx meaning of 499, a client that hung up, is unrelated.',
    },
  ],
  causes: [
    {
      title: 'The token expired',
      detail:
        'ArcGIS tokens are valid for a limited time. A map left open, or a saved link that contains a token, stops working after that.',
    },
    {
      title: 'The token is tied to another page or address',
      detail:
        'Tokens can be issued for a specific referring web page or IP address. Used from anywhere else, they are rejected.',
    },
    {
      title: 'The token was invalidated or comes from another server',
      detail:
        'An administrator can invalidate tokens before they expire, and a token issued by one ArcGIS server or portal is not accepted by an unrelated one.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Reload the map or app and sign in again if asked.' },
      {
        text: 'If you opened a shared link that contains token= in the address, open the map without that part and sign in instead.',
      },
      { text: 'If it keeps failing, tell the map owner; the app may not be renewing its tokens.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Let the ArcGIS SDK or REST library manage sign-in so tokens are renewed before they expire, and handle authentication errors by prompting for sign-in again.',
      },
      { text: 'If tokens are bound to a referrer, make sure it matches the address of every page that uses them.' },
      {
        text: 'Do not put long-lived tokens into shared links or public page source; use OAuth sign-in or API keys with limited scope instead.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The same token fails every time; a new token from signing in again is needed.',
  },
  related: ['401', '403', '499'],
  faq: [],
  references: [
    {
      title: 'Esri ArcGIS REST JS: error handling',
      url: 'https://developers.arcgis.com/arcgis-rest-js/error-handling',
    },
  ],
});
