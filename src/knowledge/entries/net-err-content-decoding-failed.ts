import { defineEntry } from '../types';

export default defineEntry({
  id: 'net::ERR_CONTENT_DECODING_FAILED',
  kind: 'network',
  title: 'Could not decompress the response',
  aliases: ['ERR_CONTENT_DECODING_FAILED', 'Content Encoding Error'],
  summary: 'The server said the response was compressed (gzip, Brotli...), but the browser could not unpack it.',
  meaning:
    'The response carried a Content-Encoding header such as gzip, br or zstd, and the body did not decode with that method. ' +
    'The body was either not compressed the way the header claims, compressed twice, or damaged on the way. ' +
    'Rather than show garbage, the browser throws the whole response away.',
  contrasts: [
    {
      id: 'net::ERR_CONTENT_LENGTH_MISMATCH',
      text: 'A length mismatch means the body was cut short; a decoding failure means the bytes that arrived do not match the declared compression.',
    },
    {
      id: 'NS_ERROR_CORRUPTED_CONTENT',
      text: "Firefox's corrupted content error is about conflicting headers or a wrong content type, not about compression.",
    },
  ],
  causes: [
    {
      title: 'Compressed twice',
      detail:
        "Two layers both compress the body, for example PHP's zlib.output_compression together with ob_gzhandler, while the header names the compression only once.",
    },
    {
      title: 'The header says compressed, the body is not',
      detail:
        'A proxy or cache decompressed the body, or never compressed it, but passed the Content-Encoding header on unchanged.',
    },
    {
      title: 'Stray output in front of the compressed data',
      detail: 'A PHP notice, blank line or byte order mark printed before the compressed body makes it unreadable.',
    },
    {
      title: 'A damaged pre-compressed or cached file',
      detail:
        'A .gz or .br file on disk, or a copy in a CDN cache, is corrupt or does not match the header sent with it.',
    },
  ],
  visitor: {
    steps: [
      { text: 'Reload the page while bypassing the cache: Ctrl+Shift+R, or Cmd+Shift+R on a Mac.' },
      { text: 'Turn off the antivirus web scanning, VPN or proxy for a moment; some of them rewrite responses.' },
      { text: 'If it persists, tell the site owner which address fails.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'Ask for gzip and unpack the body yourself. If gunzip fails, or its output is still binary, the body does not match the header.',
        snippets: [
          { label: 'Shell', code: "curl -s -H 'Accept-Encoding: gzip' https://example.com/page | gunzip | head" },
        ],
      },
      {
        text: 'Let exactly one layer compress: either the application or the web server or CDN, not both.',
        snippets: [{ label: 'php.ini (let the web server compress)', code: 'zlib.output_compression = Off' }],
      },
      { text: 'Make any proxy that decompresses responses also remove or correct the Content-Encoding header.' },
      { text: 'After the fix, purge CDN and proxy caches so damaged copies are not served again.' },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'The same broken body comes back on reload until the server or the cache in front of it is fixed.',
  },
  related: ['net::ERR_CONTENT_LENGTH_MISMATCH', 'NS_ERROR_CORRUPTED_CONTENT', 'net::ERR_INVALID_RESPONSE'],
  faq: [],
  references: [
    { title: 'RFC 9110, section 8.4: Content-Encoding', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-8.4' },
    {
      title: 'MDN: Content-Encoding',
      url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Content-Encoding',
    },
    {
      title: 'Chromium net_error_list.h',
      url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
    },
  ],
});
