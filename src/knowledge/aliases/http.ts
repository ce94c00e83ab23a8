import type { AliasTable } from './alias-table';

/**
 * Firefox names for the http and generic families. Only names that describe the same
 * failure as the entry they point at; near misses stay unmapped and fall back to
 * generic-network. NS_ERROR_ABORT is left out on purpose: it is what an extension's
 * webRequest cancel produces as well as some internal cancels, so it does not honestly
 * mean net::ERR_ABORTED (Chromium reports an extension's block as ERR_BLOCKED_BY_CLIENT).
 * NS_BINDING_REDIRECTED and NS_BINDING_RETARGETED are not failures (a load handed on to a
 * redirect or to another consumer); the classifier ignores them, so they have no alias here.
 */
export const ALIASES: AliasTable = {
  names: {
    // http
    NS_ERROR_REDIRECT_LOOP: 'net::ERR_TOO_MANY_REDIRECTS',
    NS_ERROR_INVALID_CONTENT_ENCODING: 'net::ERR_CONTENT_DECODING_FAILED',
    NS_ERROR_NET_PARTIAL_TRANSFER: 'net::ERR_CONTENT_LENGTH_MISMATCH',
    NS_ERROR_NET_HTTP3_PROTOCOL_ERROR: 'net::ERR_QUIC_PROTOCOL_ERROR',
    NS_ERROR_PORT_ACCESS_NOT_ALLOWED: 'net::ERR_UNSAFE_PORT',
    NS_ERROR_PARSING_HTTP_STATUS_LINE: 'net::ERR_INVALID_RESPONSE',
    NS_ERROR_DOCUMENT_NOT_CACHED: 'net::ERR_CACHE_MISS',
    // Firefox shows its "Corrupted Content" page for both.
    NS_ERROR_INTERCEPTION_FAILED: 'NS_ERROR_CORRUPTED_CONTENT',
    NS_ERROR_DOM_BAD_CROSS_ORIGIN_URI: 'NS_ERROR_DOM_BAD_URI',
    // generic
    NS_ERROR_FAILURE: 'net::ERR_FAILED',
    NS_BINDING_FAILED: 'net::ERR_FAILED',
    NS_BINDING_ABORTED: 'net::ERR_ABORTED',
    NS_BINDING_CANCELLED_OLD_LOAD: 'net::ERR_ABORTED',
    NS_ERROR_DOCSHELL_DYING: 'net::ERR_ABORTED',
  },
  sentences: [],
};
