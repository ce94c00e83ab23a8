/**
 * Firefox names and English TLS sentences for the tls, certificate and blocked families.
 *
 * Sentences come from Firefox's NSS error strings (nsserrors, en-US), lower-cased, with
 * straight apostrophes. Each fragment is specific enough not to be part of another
 * sentence in the list. A sentence maps to an entry only where that entry explains the
 * same failure; where Chromium would report a different or more specific error (for
 * example a validity period that is too long), the sentence is left out.
 */
import type { AliasTable } from './alias-table';

export const ALIASES: AliasTable = {
  names: {
    // All Enhanced Tracking Protection categories; the entry covers every one of them.
    NS_ERROR_FINGERPRINTING_URI: 'NS_ERROR_TRACKING_URI',
    NS_ERROR_CRYPTOMINING_URI: 'NS_ERROR_TRACKING_URI',
    NS_ERROR_SOCIALTRACKING_URI: 'NS_ERROR_TRACKING_URI',
    NS_ERROR_EMAILTRACKING_URI: 'NS_ERROR_TRACKING_URI',
    // The same content policy refusal, for a type whose fallback content is shown instead.
    NS_ERROR_CONTENT_BLOCKED_SHOW_ALT: 'NS_ERROR_CONTENT_BLOCKED',
  },
  sentences: [
    // Certificate names (SSL_ERROR_BAD_CERT_DOMAIN).
    {
      fragment: "requested domain name does not match the server's certificate",
      id: 'net::ERR_CERT_COMMON_NAME_INVALID',
    },

    // Dates: SEC_ERROR_EXPIRED_CERTIFICATE, SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE,
    // MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE, MOZILLA_PKIX_ERROR_NOT_YET_VALID_ISSUER_CERTIFICATE.
    { fragment: "peer's certificate has expired", id: 'net::ERR_CERT_DATE_INVALID' },
    { fragment: "the certificate issuer's certificate has expired", id: 'net::ERR_CERT_DATE_INVALID' },
    { fragment: 'the server presented a certificate that is not yet valid', id: 'net::ERR_CERT_DATE_INVALID' },
    {
      fragment: "a certificate that is not yet valid was used to issue the server's certificate",
      id: 'net::ERR_CERT_DATE_INVALID',
    },

    // Trust: SEC_ERROR_UNKNOWN_ISSUER, MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT,
    // SEC_ERROR_UNTRUSTED_ISSUER, MOZILLA_PKIX_ERROR_ISSUER_NO_LONGER_TRUSTED.
    { fragment: "peer's certificate issuer is not recognized", id: 'net::ERR_CERT_AUTHORITY_INVALID' },
    { fragment: 'the certificate is not trusted because it is self-signed', id: 'net::ERR_CERT_AUTHORITY_INVALID' },
    {
      fragment: "peer's certificate issuer has been marked as not trusted by the user",
      id: 'net::ERR_CERT_AUTHORITY_INVALID',
    },
    {
      fragment:
        'the certificate authority that issued the certificate was distrusted before the certificate was issued',
      id: 'net::ERR_CERT_AUTHORITY_INVALID',
    },

    // Revocation: SEC_ERROR_REVOKED_CERTIFICATE, SEC_ERROR_REVOKED_CERTIFICATE_CRL,
    // SEC_ERROR_REVOKED_CERTIFICATE_OCSP.
    { fragment: "peer's certificate has been revoked", id: 'net::ERR_CERT_REVOKED' },
    { fragment: "certificate is revoked in issuer's certificate revocation list", id: 'net::ERR_CERT_REVOKED' },
    { fragment: "issuer's ocsp responder reports certificate is revoked", id: 'net::ERR_CERT_REVOKED' },

    // Weak signature (SEC_ERROR_CERT_SIGNATURE_ALGORITHM_DISABLED).
    {
      fragment: 'signed using a signature algorithm that is disabled because it is not secure',
      id: 'net::ERR_CERT_WEAK_SIGNATURE_ALGORITHM',
    },

    // Malformed or misissued certificates: SEC_ERROR_BAD_SIGNATURE,
    // MOZILLA_PKIX_ERROR_CA_CERT_USED_AS_END_ENTITY, MOZILLA_PKIX_ERROR_INVALID_INTEGER_ENCODING,
    // MOZILLA_PKIX_ERROR_EMPTY_ISSUER_NAME, MOZILLA_PKIX_ERROR_SIGNATURE_ALGORITHM_MISMATCH,
    // SEC_ERROR_UNKNOWN_CRITICAL_EXTENSION.
    { fragment: "peer's certificate has an invalid signature", id: 'net::ERR_CERT_INVALID' },
    { fragment: 'basic constraints extension identifying it as a certificate authority', id: 'net::ERR_CERT_INVALID' },
    { fragment: 'certificate that contains an invalid encoding of an integer', id: 'net::ERR_CERT_INVALID' },
    { fragment: 'certificate with an empty issuer distinguished name', id: 'net::ERR_CERT_INVALID' },
    { fragment: 'does not match the algorithm in its signaturealgorithm field', id: 'net::ERR_CERT_INVALID' },
    { fragment: 'certificate contains unknown critical extension', id: 'net::ERR_CERT_INVALID' },

    // No common version or cipher: SSL_ERROR_NO_CYPHER_OVERLAP, SSL_ERROR_UNSUPPORTED_VERSION,
    // SSL_ERROR_PROTOCOL_VERSION_ALERT, SSL_ERROR_INSUFFICIENT_SECURITY_ALERT,
    // SSL_ERROR_HANDSHAKE_FAILURE_ALERT (Chromium files the last under this name when it follows the hello).
    { fragment: 'no common encryption algorithm', id: 'net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH' },
    { fragment: 'peer using unsupported version of security protocol', id: 'net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH' },
    {
      fragment: 'peer reports incompatible or unsupported protocol version',
      id: 'net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH',
    },
    {
      fragment: 'server requires ciphers more secure than those supported by client',
      id: 'net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH',
    },
    {
      fragment: 'ssl peer was unable to negotiate an acceptable set of security parameters',
      id: 'net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH',
    },

    // Server has no site for the name (SSL_ERROR_UNRECOGNIZED_NAME_ALERT).
    { fragment: 'ssl peer has no certificate for the requested dns name', id: 'net::ERR_SSL_UNRECOGNIZED_NAME_ALERT' },

    // The server rejected the client certificate: SSL_ERROR_BAD_CERT_ALERT,
    // SSL_ERROR_REVOKED_CERT_ALERT, SSL_ERROR_EXPIRED_CERT_ALERT, SSL_ERROR_UNKNOWN_CA_ALERT,
    // SSL_ERROR_ACCESS_DENIED_ALERT, SSL_ERROR_UNSUPPORTED_CERT_ALERT, SSL_ERROR_CERTIFICATE_UNKNOWN_ALERT.
    { fragment: 'ssl peer cannot verify your certificate', id: 'net::ERR_BAD_SSL_CLIENT_AUTH_CERT' },
    { fragment: 'ssl peer rejected your certificate as revoked', id: 'net::ERR_BAD_SSL_CLIENT_AUTH_CERT' },
    { fragment: 'ssl peer rejected your certificate as expired', id: 'net::ERR_BAD_SSL_CLIENT_AUTH_CERT' },
    {
      fragment: 'peer does not recognize and trust the ca that issued your certificate',
      id: 'net::ERR_BAD_SSL_CLIENT_AUTH_CERT',
    },
    { fragment: 'peer received a valid certificate, but access was denied', id: 'net::ERR_BAD_SSL_CLIENT_AUTH_CERT' },
    {
      fragment: 'ssl peer does not support certificates of the type it received',
      id: 'net::ERR_BAD_SSL_CLIENT_AUTH_CERT',
    },
    {
      fragment: 'ssl peer had some unspecified issue with the certificate it received',
      id: 'net::ERR_BAD_SSL_CLIENT_AUTH_CERT',
    },

    // Broken or non-TLS handshakes: SSL_ERROR_RX_RECORD_TOO_LONG (typically plain HTTP on the
    // HTTPS port), SSL_ERROR_RX_MALFORMED_*, SSL_ERROR_RX_UNEXPECTED_*, SSL_ERROR_ILLEGAL_PARAMETER_ALERT,
    // SSL_ERROR_DECODE_ERROR_ALERT, SSL_ERROR_INTERNAL_ERROR_ALERT.
    {
      fragment: 'ssl received a record that exceeded the maximum permissible length',
      id: 'net::ERR_SSL_PROTOCOL_ERROR',
    },
    { fragment: 'ssl received a malformed', id: 'net::ERR_SSL_PROTOCOL_ERROR' },
    { fragment: 'ssl received an unexpected', id: 'net::ERR_SSL_PROTOCOL_ERROR' },
    { fragment: 'ssl peer rejected a handshake message for unacceptable content', id: 'net::ERR_SSL_PROTOCOL_ERROR' },
    { fragment: 'peer could not decode an ssl handshake message', id: 'net::ERR_SSL_PROTOCOL_ERROR' },
    { fragment: 'peer reports it experienced an internal error', id: 'net::ERR_SSL_PROTOCOL_ERROR' },
  ],
};
