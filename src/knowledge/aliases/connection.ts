/**
 * Firefox names for DNS, connection, offline and proxy failures, mapped onto the entry
 * that explains the same failure. Only honest matches are listed: Firefox names that
 * cover a different failure (NS_ERROR_NET_EMPTY_RESPONSE is an empty 4xx/5xx page, not a
 * dropped connection) or no particular one (most NS_ERROR_NET_ON_* fallbacks) stay out.
 */
import type { AliasTable } from './alias-table';

export const ALIASES: AliasTable = {
  names: {
    // DNS
    NS_ERROR_UNKNOWN_HOST: 'net::ERR_NAME_NOT_RESOLVED',
    NS_ERROR_DEFINITIVE_UNKNOWN_HOST: 'net::ERR_NAME_NOT_RESOLVED',

    // Connection. Firefox folds unreachable and access-denied connects into CONNECTION_REFUSED
    // (ErrorAccordingToNSPR in nsSocketTransport2.cpp); refused is still the most likely reading.
    NS_ERROR_CONNECTION_REFUSED: 'net::ERR_CONNECTION_REFUSED',
    NS_ERROR_NET_RESET: 'net::ERR_CONNECTION_RESET',
    // PR_END_OF_FILE_ERROR: the peer closed the connection mid-exchange.
    NS_ERROR_NET_INTERRUPT: 'net::ERR_CONNECTION_CLOSED',
    NS_ERROR_NET_TIMEOUT: 'net::ERR_CONNECTION_TIMED_OUT',
    // "The request has been cancelled because of a timeout": a generic timeout, not a connect one.
    NS_ERROR_NET_TIMEOUT_EXTERNAL: 'net::ERR_TIMED_OUT',

    // Offline
    NS_ERROR_OFFLINE: 'net::ERR_INTERNET_DISCONNECTED',

    // Proxy. Both mean the proxy itself could not be reached, which Chromium defines as
    // ERR_PROXY_CONNECTION_FAILED ("resolving its name, or connecting a socket to it").
    NS_ERROR_PROXY_CONNECTION_REFUSED: 'net::ERR_PROXY_CONNECTION_FAILED',
    NS_ERROR_UNKNOWN_PROXY_HOST: 'net::ERR_PROXY_CONNECTION_FAILED',

    // webRequest fallbacks built from the last network activity when the channel gave no error
    // name (WebRequest.sys.mjs). Firefox 151 replaced them with NS_ERROR_NET_ON_RECEIVING_FROM
    // (bug 1881986). They say which stage failed but not why, which matches these two catch-all entries.
    NS_ERROR_NET_ON_RESOLVING: 'net::ERR_NAME_RESOLUTION_FAILED',
    NS_ERROR_NET_ON_CONNECTING_TO: 'net::ERR_CONNECTION_FAILED',
  },
  sentences: [],
};
