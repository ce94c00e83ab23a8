import { defineOverlay } from './types';

const GUIDE = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide';

export default defineOverlay({
  platform: 'cloudfront',
  name: 'Amazon CloudFront',
  about:
    "Amazon's CDN: it caches content and forwards requests to an origin such as an S3 bucket, a load balancer or a web server.",
  support:
    "Every CloudFront response carries an x-amz-cf-id header, also printed as the Request ID on CloudFront's own error pages; the site owner can quote it with the time to AWS Support.",
  codes: {
    '403': {
      lead: 'CloudFront refused the request, or passed on a refusal from its origin, often an S3 bucket that does not let it read.',
      meaning:
        'CloudFront itself answers 403 for a domain name that is not set up on the distribution, for plain HTTP sent to an HTTPS-only behavior, for methods the behavior does not allow, for visitors from countries the site blocks, and for missing or expired signed URLs and cookies. ' +
        'AWS WAF attached to the distribution blocks with 403 too. Many 403s come from an S3 origin instead: the bucket does not let CloudFront read, or the file is missing and S3 hides that behind a 403. ' +
        'Any error through CloudFront shows "Error from cloudfront" in the x-cache header, so that header does not tell which side refused.',
      causes: [
        {
          title: 'The S3 bucket does not allow CloudFront to read',
          detail:
            'The bucket policy lacks a statement for the distribution (origin access control), or the objects are encrypted with a KMS key CloudFront may not use.',
        },
        {
          title: 'The file does not exist in S3',
          detail:
            'Without s3:ListBucket permission S3 answers 403, not 404, for a missing key. A request for the root fails this way when no default root object is set.',
        },
        {
          title: 'The domain is not configured on the distribution',
          detail:
            'DNS points the name at CloudFront but the name is not listed as an alternate domain name, or the request used HTTP where only HTTPS is allowed. The page says "Bad request".',
        },
        { title: 'Geographic restriction', detail: 'The site blocks the country CloudFront places your address in.' },
        { title: 'AWS WAF blocked it', detail: 'A web ACL rule on the distribution matched the request.' },
        {
          title: 'Signed URL or cookie problem',
          detail:
            'Private content needs a valid signature; the link expired, or the signature or key pair id is missing.',
        },
      ],
      visitor: [
        { text: 'If you followed a shared or emailed link, ask for a new one; signed links expire.' },
        {
          text: 'Turn off a VPN that places you in another country, or try another network; sites may limit access by country.',
        },
        { text: "Send the site owner the time and the Request ID printed at the bottom of CloudFront's error page." },
      ],
      owner: [
        {
          text: 'Look at the body: an XML AccessDenied error came from S3, an HTML page that mentions CloudFront was made by CloudFront.',
        },
        {
          text: 'For an S3 origin, use origin access control and allow the distribution to read in the bucket policy.',
          snippets: [
            {
              label: 'S3 bucket policy',
              code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Principal": { "Service": "cloudfront.amazonaws.com" },\n      "Action": "s3:GetObject",\n      "Resource": "arn:aws:s3:::example-bucket/*",\n      "Condition": {\n        "StringEquals": {\n          "AWS:SourceArn": "arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE"\n        }\n      }\n    }\n  ]\n}',
            },
          ],
        },
        { text: 'Set a default root object such as index.html if the site root should serve a page.' },
        {
          text: 'Check the alternate domain names and certificate, the viewer protocol policy and allowed methods of the behavior, the geographic restriction, and sampled requests of any web ACL.',
        },
      ],
      references: [
        { title: 'CloudFront: HTTP 403 (permission denied)', url: `${GUIDE}/http-403-permission-denied.html` },
        {
          title: 'CloudFront: restrict access to an S3 origin',
          url: `${GUIDE}/private-content-restricting-access-to-s3.html`,
        },
        { title: 'CloudFront: geographic restrictions', url: `${GUIDE}/georestrictions.html` },
      ],
    },
    '502': {
      lead: 'CloudFront could not get a usable answer from the origin: the TLS handshake failed, or the origin refused or could not be resolved.',
      causes: [
        {
          title: 'The origin certificate does not fit',
          detail:
            'Over HTTPS the certificate must cover the origin domain name, or the Host header when that is forwarded. Expired, self-signed or wrongly ordered chains fail too.',
        },
        { title: 'No common TLS protocol or cipher', detail: 'The origin offers nothing CloudFront supports.' },
        {
          title: 'The origin does not answer on the configured port',
          detail: 'The web server is down, listens elsewhere, or a firewall rejects CloudFront addresses.',
        },
        { title: 'The origin name does not resolve', detail: 'The DNS provider of the origin domain has a problem.' },
        {
          title: 'A Lambda@Edge function returned something invalid',
          detail: 'Its response was malformed or broke the rules for edge functions.',
        },
      ],
      visitor: [{ text: 'Try again in a few minutes; the fault is between CloudFront and the site.' }],
      owner: [
        {
          text: 'Test the TLS connection to the origin with the name CloudFront uses.',
          snippets: [
            { label: 'shell', code: 'openssl s_client -connect origin.example.com:443 -servername origin.example.com' },
          ],
        },
        {
          text: 'Install the full certificate chain, check the origin protocol policy and ports, and read Lambda@Edge logs if you use it.',
        },
      ],
      references: [{ title: 'CloudFront: HTTP 502 (bad gateway)', url: `${GUIDE}/http-502-bad-gateway.html` }],
    },
    '503': {
      lead: 'The origin behind CloudFront is overloaded, or, rarely, an edge location is short of capacity or a Lambda@Edge function failed.',
      causes: [
        {
          title: 'The origin cannot keep up',
          detail: 'An overloaded server, or an S3 origin asking for a lower request rate.',
        },
        { title: 'Origin DNS trouble', detail: 'CloudFront could not resolve the origin domain name.' },
        {
          title: 'Edge capacity',
          detail: 'Rare, and mostly seen during load tests that ignore the load-testing guidance.',
        },
        { title: 'A Lambda@Edge error or limit', detail: 'The function threw an error or hit an execution limit.' },
      ],
      visitor: [{ text: 'Wait a little and try again.' }],
      owner: [
        {
          text: 'Check origin capacity and logs first, then the Lambda@Edge logs in the region where the function ran.',
        },
      ],
      references: [
        { title: 'CloudFront: HTTP 503 (service unavailable)', url: `${GUIDE}/http-503-service-unavailable.html` },
      ],
    },
    '504': {
      lead: 'CloudFront waited for the origin and got no answer in time. The origin response timeout is 30 seconds unless changed.',
      causes: [
        {
          title: 'A slow origin',
          detail: 'The application takes longer than the origin response timeout to start answering.',
        },
        {
          title: 'CloudFront is blocked at the origin',
          detail: 'A firewall or security group drops traffic from CloudFront addresses.',
        },
        {
          title: 'The origin is not reachable from the internet',
          detail: 'CloudFront cannot reach an origin on a private network.',
        },
      ],
      visitor: [
        { text: 'Try again later. If you started something long, check whether it finished before repeating it.' },
      ],
      owner: [
        {
          text: 'Measure the time to first byte at the origin under normal and high load, and fix the slow part first.',
        },
        {
          text: 'Allow CloudFront through security groups (the managed prefix list com.amazonaws.global.cloudfront.origin-facing), and raise the origin response timeout if needed; up to 60 seconds needs no quota increase.',
        },
      ],
      references: [
        { title: 'CloudFront: HTTP 504 (gateway timeout)', url: `${GUIDE}/http-504-gateway-timeout.html` },
        {
          title: 'CloudFront: origin response timeout',
          url: `${GUIDE}/DownloadDistValuesOrigin.html#DownloadDistValuesOriginResponseTimeout`,
        },
      ],
    },
    '4xx': {
      lead: 'An error from CloudFront or its origin. CloudFront may serve a cached copy of it for a while, 10 seconds by default.',
      meaning:
        'CloudFront caches many error responses so that a failing origin is not flooded. The error caching minimum TTL sets how long, per status code; a Cache-Control max-age on the error can make it longer. ' +
        'Custom error responses can also replace an error with another page and status, which some single-page apps use to turn 403 and 404 into index.html.',
      visitor: [{ text: 'If the site was just fixed, wait a little and reload; the cached error expires on its own.' }],
      owner: [
        {
          text: 'Set the error caching minimum TTL per code in the custom error responses, and invalidate the path to drop a cached error at once.',
        },
        {
          text: 'Be careful when mapping 403 and 404 to index.html with status 200: real missing files then look like successes.',
        },
      ],
      references: [
        { title: 'CloudFront: custom error responses', url: `${GUIDE}/GeneratingCustomErrorResponses.html` },
        { title: 'CloudFront: how long errors are cached', url: `${GUIDE}/custom-error-pages-expiration.html` },
      ],
    },
    '5xx': {
      lead: 'A server error from CloudFront or its origin. CloudFront can keep serving a cached copy of the error, 10 seconds by default.',
      meaning:
        'After the origin recovers, visitors may still get the cached error until the error caching minimum TTL runs out. A short TTL for 5xx sends more requests to a struggling origin; a long one keeps the error around.',
      owner: [{ text: 'Tune the error caching minimum TTL for 5xx codes, and invalidate affected paths after a fix.' }],
      references: [
        { title: 'CloudFront: how long errors are cached', url: `${GUIDE}/custom-error-pages-expiration.html` },
      ],
    },
  },
});
