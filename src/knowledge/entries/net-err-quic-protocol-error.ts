import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_QUIC_PROTOCOL_ERROR',
  kind: 'network',
  title: 'HTTP/3 (QUIC) protocol error',
  aliases: ['ERR_QUIC_PROTOCOL_ERROR', 'QUIC error', 'HTTP/3 error'],
  summary:
    'The connection used HTTP/3 (QUIC) and broke down, often because a network or security tool interferes with it.',
  meaning:
    'HTTP/3 runs over QUIC, which travels over UDP rather than TCP. ' +
    'This error means the QUIC connection, or the stream for this request, failed in a way that broke the protocol. ' +
    'It does not say the site is down: the same site usually works over HTTP/2. When the failure comes before any answer has arrived, Chrome normally retries the request without HTTP/3 on its own, so seeing this error means that fallback did not happen or did not help.',
  contrasts: [
    {
      id: 'net::ERR_HTTP2_PROTOCOL_ERROR',
      text: 'The same kind of breakdown over HTTP/2, which runs over TCP instead of UDP.',
    },
    {
      id: 'net::ERR_CONNECTION_RESET',
      text: 'A reset is a TCP connection being dropped; a QUIC error happens on the UDP-based connection HTTP/3 uses.',
    },
  ],
  causes: [
    {
      title: 'A firewall, VPN or antivirus interferes with UDP',
      detail:
        'Security software and some corporate or public networks block, slow down or alter UDP traffic on port 443, which breaks QUIC partway through.',
    },
    {
      title: 'A problem in the HTTP/3 server or CDN',
      detail:
        'The HTTP/3 side of the server, load balancer or CDN misbehaves, for example after an update or at one location.',
    },
    {
      title: 'The network path changed',
      detail:
        'Moving between Wi-Fi and mobile data, or a router that forgets idle UDP flows quickly, can break a QUIC connection.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Reload the page.' },
      { text: 'Turn off the VPN or the antivirus web protection for a moment, or try another network.' },
      {
        text: 'As a test in Chrome, open chrome://flags, search for Experimental QUIC protocol, set it to Disabled and restart. If the site then works, something on your network or device breaks QUIC.',
      },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Check whether the failures cluster on certain networks or regions. That points at the network path, not at your site.',
      },
      {
        text: 'Browsers learn to use HTTP/3 from the Alt-Svc header (or DNS HTTPS records). Turning HTTP/3 off at the server or CDN stops new HTTP/3 connections while you investigate; browsers that cached Alt-Svc keep trying until it expires.',
      },
      {
        text: 'If you serve HTTP/3 yourself, make sure UDP port 443 is open end to end, through every firewall and load balancer.',
      },
    ],
  },
  retry: {
    advice: 'immediately',
    note: 'A reload often works, because Chrome remembers that HTTP/3 failed for the site and can use HTTP/2 instead.',
  },
  related: ['net::ERR_HTTP2_PROTOCOL_ERROR', 'net::ERR_CONNECTION_RESET'],
  faq: [],
  references: [
    { title: 'RFC 9114: HTTP/3', url: 'https://www.rfc-editor.org/rfc/rfc9114' },
    { title: 'RFC 9000: QUIC transport', url: 'https://www.rfc-editor.org/rfc/rfc9000' },
    { title: 'RFC 7838: HTTP Alternative Services (Alt-Svc)', url: 'https://www.rfc-editor.org/rfc/rfc7838' },
    {
      title: 'Chromium net_error_list.h',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
  ],
});
