import { defineOverlay } from './types';

const GUIDE = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide';
const API = 'https://docs.aws.amazon.com/AmazonS3/latest/API';

export default defineOverlay({
  platform: 'amazon-s3',
  name: 'Amazon S3',
  about:
    "Amazon's object storage; sites serve files from it directly, through its website endpoint, or behind CloudFront.",
  support:
    'S3 error responses carry x-amz-request-id and x-amz-id-2 headers; the bucket owner can give both, with the time, to AWS Support.',
  codes: {
    '403': {
      lead: 'S3 refused to hand over the file: the bucket does not allow this read, the link has expired, or the file does not exist.',
      meaning:
        'S3 names the reason in the Code of its error body (XML, or an HTML page from the website endpoint): AccessDenied, SignatureDoesNotMatch, RequestTimeTooSkewed and others. ' +
        'AccessDenied also stands for a missing file when the caller may not list the bucket (the s3:ListBucket permission): S3 then answers 403 instead of 404 so as not to reveal which keys exist.',
      causes: [
        {
          title: 'The bucket is not public',
          detail:
            'No bucket policy grants public reads, or Block Public Access is on. Either stops anonymous visitors, which is the safe default.',
        },
        {
          title: 'The file is missing and listing is not allowed',
          detail:
            'A wrong path, a file that was never uploaded, or different upper and lower case, since keys are case-sensitive.',
        },
        {
          title: 'A signed link expired or does not match',
          detail:
            'Pre-signed URLs stop working at their expiry ("Request has expired"). A changed URL, a wrong secret or a clock more than 15 minutes off breaks the signature.',
        },
        {
          title: 'Encryption key permission',
          detail: 'Objects encrypted with a KMS key also need permission to use that key.',
        },
        {
          title: 'An explicit deny somewhere',
          detail: 'A Deny in the bucket policy, an organization policy or a VPC endpoint policy wins over any Allow.',
        },
      ],
      visitor: [
        { text: 'If the link was shared with you, ask for a new one; signed links are only valid for a limited time.' },
        { text: 'Otherwise only the site owner can fix the bucket; tell them the link and the time.' },
      ],
      owner: [
        {
          text: 'Read the Code element in the error body first; it separates permission, signature and clock problems.',
        },
        {
          text: 'If the files are meant to be public, allow reads in the bucket policy and turn off Block Public Access for this bucket only. Better still, keep the bucket private behind CloudFront.',
          snippets: [
            {
              label: 'S3 bucket policy',
              code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Sid": "PublicReadGetObject",\n      "Effect": "Allow",\n      "Principal": "*",\n      "Action": "s3:GetObject",\n      "Resource": "arn:aws:s3:::example-bucket/*"\n    }\n  ]\n}',
            },
          ],
        },
        { text: 'Grant s3:ListBucket on the bucket to the reader if missing files should show as 404 instead of 403.' },
      ],
      references: [
        { title: 'Amazon S3: troubleshoot 403 errors', url: `${GUIDE}/troubleshoot-403-errors.html` },
        { title: 'Amazon S3: GetObject (permissions)', url: `${API}/API_GetObject.html` },
        { title: 'Amazon S3: error responses', url: `${API}/ErrorResponses.html` },
        { title: 'Amazon S3: Block Public Access', url: `${GUIDE}/access-control-block-public-access.html` },
      ],
    },
    '404': {
      lead: 'S3 says the file (NoSuchKey) or the whole bucket (NoSuchBucket) does not exist at this address.',
      meaning:
        'S3 only answers 404 for a missing key when the caller may list the bucket; otherwise the same mistake shows as 403. ' +
        'The plain S3 endpoint does not turn a folder path into its index.html; only the website endpoint, or CloudFront with a function, does that.',
      causes: [
        {
          title: 'A wrong or outdated path',
          detail: 'The key was renamed or deleted, or its case differs; keys are case-sensitive.',
        },
        {
          title: 'The deploy did not upload the file',
          detail: 'A sync step skipped it, or the build put it under another prefix.',
        },
        {
          title: 'A folder URL on the plain endpoint',
          detail:
            'A request for /docs/ looks for a key named docs/ and finds nothing, because index documents need the website endpoint.',
        },
        {
          title: 'The bucket does not exist',
          detail: 'NoSuchBucket: the bucket was deleted or the name in the URL is wrong.',
        },
      ],
      visitor: [
        { text: 'Check the link for typos; otherwise the file is gone or moved, and only the site can restore it.' },
      ],
      owner: [
        {
          text: 'List what is actually stored under the path.',
          snippets: [{ label: 'AWS CLI', code: 'aws s3 ls s3://example-bucket/path/ --recursive' }],
        },
        {
          text: 'Use the website endpoint with an index document, or rewrite folder URLs to index.html at CloudFront.',
        },
      ],
      references: [
        { title: 'Amazon S3: error responses', url: `${API}/ErrorResponses.html` },
        { title: 'Amazon S3: website endpoints', url: `${GUIDE}/WebsiteEndpoints.html` },
      ],
    },
    '503': {
      lead: 'S3 asked the client to slow down (SlowDown): too many requests reached the same part of the bucket at once.',
      meaning:
        'S3 handles at least 3,500 write and 5,500 read requests per second for each prefix and scales further over time. A sudden burst above that gets 503 SlowDown until it adapts. Retrying with growing pauses is the expected answer.',
      causes: [
        { title: 'A burst on one prefix', detail: 'Many clients or a batch job hitting keys that share one prefix.' },
        { title: 'Retries without pauses', detail: 'Clients that retry at once keep the rate high.' },
      ],
      visitor: [{ text: 'Wait a moment and reload.' }],
      owner: [
        {
          text: 'Retry with exponential backoff (the AWS SDKs do this), spread keys over more prefixes, and put CloudFront in front for reads.',
        },
      ],
      references: [{ title: 'Amazon S3: performance guidelines', url: `${GUIDE}/optimizing-performance.html` }],
    },
    '4xx': {
      lead: 'S3 rejected the request; the Code element in its XML error body names the exact reason.',
      owner: [
        {
          text: 'Look up the code in the S3 error list; common ones are AuthorizationHeaderMalformed (wrong region) and InvalidRequest.',
        },
      ],
      references: [{ title: 'Amazon S3: error responses', url: `${API}/ErrorResponses.html` }],
    },
    '5xx': {
      lead: 'S3 had an internal problem with this request. These are usually brief; a retry normally succeeds.',
      owner: [{ text: 'Retry with backoff; contact AWS Support with x-amz-request-id and x-amz-id-2 if it persists.' }],
      references: [{ title: 'Amazon S3: error responses', url: `${API}/ErrorResponses.html` }],
    },
  },
});
