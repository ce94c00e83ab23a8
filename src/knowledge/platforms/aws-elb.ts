import { defineOverlay } from './types';

const TS = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html';

export default defineOverlay({
  platform: 'aws-elb',
  name: 'AWS Elastic Load Balancing',
  about:
    "Amazon's load balancers; they spread requests over targets such as EC2 instances, containers or Lambda functions.",
  support:
    "The site owner can find the request in the load balancer's access logs, where elb_status_code and target_status_code show which side failed, and follow it into the app through the X-Amzn-Trace-Id header.",
  codes: {
    '400': {
      lead: 'The AWS load balancer rejected the request as malformed, or its headers were too large.',
      causes: [
        {
          title: 'Headers too large',
          detail:
            'An Application Load Balancer allows 16 KB per request line or single header and 64 KB for all headers; big cookies reach that.',
        },
        { title: 'A malformed request', detail: 'The client sent something that does not follow HTTP.' },
      ],
      visitor: [{ text: "Clear this site's cookies and try again." }],
      owner: [{ text: 'Keep cookies small, and find the offending requests in the access logs.' }],
      references: [{ title: 'AWS: Application Load Balancer HTTP 400', url: `${TS}#http-400-issues` }],
    },
    '403': {
      lead: 'An AWS WAF web ACL attached to the load balancer blocked the request.',
      visitor: [
        {
          text: 'Turn off a VPN or proxy, or try another network, in case the block is by address; otherwise contact the site.',
        },
      ],
      owner: [{ text: "Find the rule in the web ACL's sampled requests or WAF logs and adjust it." }],
      references: [{ title: 'AWS: Application Load Balancer HTTP 403', url: `${TS}#http-403-issues` }],
    },
    '408': {
      lead: 'The client sent its request too slowly; the load balancer stopped waiting when its idle timeout ran out.',
      owner: [
        { text: 'Clients must send data at least once per idle timeout; raise the idle timeout for slow uploads.' },
      ],
      references: [{ title: 'AWS: Application Load Balancer HTTP 408', url: `${TS}#http-408-issues` }],
    },
    '413': {
      lead: 'The target is a Lambda function and the request body is larger than the 1 MB a load balancer can pass to it.',
      owner: [{ text: 'Send large uploads straight to S3 with a pre-signed URL instead of through the function.' }],
      references: [{ title: 'AWS: Application Load Balancer HTTP 413', url: `${TS}#http-413-issues` }],
    },
    '460': {
      lead: 'Logged only: the client closed the connection before the load balancer could answer. The browser never gets a 460.',
      causes: [
        { title: 'A slow target', detail: 'Clients give up on answers that take too long.' },
        {
          title: 'A short client timeout',
          detail: 'Apps and monitors often wait less than the 60-second default idle timeout.',
        },
      ],
      owner: [
        { text: 'Look at target response times for these requests; a few 460s from visitors leaving are normal.' },
      ],
      references: [{ title: 'AWS: Application Load Balancer HTTP 460', url: `${TS}#http-460-issues` }],
    },
    '463': {
      lead: 'The load balancer refused the request because its X-Forwarded-For header listed more than 30 addresses.',
      causes: [
        {
          title: 'A proxy loop',
          detail: 'Requests pass through the same proxies again and again, each adding an address.',
        },
        {
          title: 'A client that forges the header',
          detail: 'Some tools send long X-Forwarded-For chains of their own.',
        },
      ],
      owner: [
        { text: 'Find where the request loops, and have the first proxy replace rather than append the header.' },
      ],
      references: [{ title: 'AWS: Application Load Balancer HTTP 463', url: `${TS}#http-463-issues` }],
    },
    '464': {
      lead: 'The request protocol does not fit the target group: for example HTTP/1.1 sent to an HTTP/2 or gRPC group.',
      owner: [{ text: 'Route browser traffic to an HTTP/1.1 target group, and gRPC calls only to gRPC groups.' }],
      references: [{ title: 'AWS: Application Load Balancer HTTP 464', url: `${TS}#http-464-issues` }],
    },
    '500': {
      lead: 'The AWS load balancer hit an internal error, for example while evaluating an AWS WAF web ACL.',
      owner: [{ text: 'Check the WAF web ACL attached to the load balancer, then the access logs for a pattern.' }],
      references: [{ title: 'AWS: Application Load Balancer HTTP 500', url: `${TS}#http-500-issues` }],
    },
    '502': {
      lead: 'The load balancer got no usable answer from a target: it refused, reset the connection, or sent a malformed reply.',
      causes: [
        {
          title: 'The target refused or reset the connection',
          detail: 'The app is down or restarting, or the port is wrong.',
        },
        {
          title: 'Keep-alive timeouts that do not match',
          detail:
            'If the target closes idle connections sooner than the load balancer idle timeout (60 seconds by default), some reused connections fail.',
        },
        {
          title: 'A malformed response',
          detail: 'Invalid headers, or a Lambda target whose response is malformed or larger than 1 MB.',
        },
        {
          title: 'A TLS problem with the target',
          detail: 'The handshake to an HTTPS target failed or took longer than 10 seconds.',
        },
        {
          title: 'A deregistered target',
          detail: 'The deregistration delay ended while a long request was still running.',
        },
      ],
      visitor: [{ text: 'Reload after a few seconds; scattered 502s often clear on the next try.' }],
      owner: [
        {
          text: 'Make the target keep idle connections open longer than the load balancer does.',
          snippets: [
            {
              label: 'Node.js',
              code: 'const server = app.listen(3000);\nserver.keepAliveTimeout = 65000;\nserver.headersTimeout = 66000;',
            },
            { label: 'nginx', code: 'keepalive_timeout 75s;' },
            { label: 'Apache', code: 'KeepAliveTimeout 75' },
          ],
        },
        { text: 'Compare elb_status_code and target_status_code in the access logs, and check target health.' },
      ],
      references: [{ title: 'AWS: Application Load Balancer HTTP 502', url: `${TS}#http-502-issues` }],
    },
    '503': {
      lead: 'The load balancer has no target to send the request to: the target group for this route has no registered targets.',
      meaning:
        'An Application Load Balancer still sends traffic to targets that fail health checks when none are healthy (it fails open), so a 503 from it usually means the group is empty. ' +
        'A listener rule can also answer 503 as a fixed response, for example during maintenance. A Classic Load Balancer answers 503 when no instance is healthy or its queue is full.',
      causes: [
        { title: 'No registered targets', detail: 'A deploy or an autoscaling event removed every target.' },
        { title: 'A fixed-response rule', detail: 'The listener is set to answer 503 itself.' },
      ],
      visitor: [{ text: 'Try again in a few minutes; the site is probably being redeployed or scaled.' }],
      owner: [
        {
          text: 'Check the target group of the matching rule for registered targets, and the deploy or scaling history.',
        },
      ],
      references: [
        { title: 'AWS: Application Load Balancer HTTP 503', url: `${TS}#http-503-issues` },
        {
          title: 'AWS: Classic Load Balancer HTTP errors',
          url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/ts-elb-error-message.html',
        },
      ],
    },
    '504': {
      lead: 'The load balancer gave up on the target: it could not connect within 10 seconds or got no answer before the idle timeout.',
      causes: [
        { title: 'A slow target', detail: 'The request runs longer than the idle timeout, 60 seconds by default.' },
        {
          title: 'Network rules',
          detail: 'Security groups or network ACLs block traffic between the load balancer and targets.',
        },
        { title: 'A wrong Content-Length', detail: 'The target promised more bytes than it sent.' },
      ],
      visitor: [{ text: 'Try again later; if you started a long task, check whether it completed.' }],
      owner: [
        { text: 'Speed up the slow requests or move them into background jobs.' },
        {
          text: 'If long requests are expected, raise the idle timeout.',
          snippets: [
            {
              label: 'AWS CLI',
              code: 'aws elbv2 modify-load-balancer-attributes \\\n  --load-balancer-arn "$LB_ARN" \\\n  --attributes Key=idle_timeout.timeout_seconds,Value=120',
            },
          ],
        },
      ],
      references: [{ title: 'AWS: Application Load Balancer HTTP 504', url: `${TS}#http-504-issues` }],
    },
    '561': {
      lead: 'The load balancer tried to sign you in through an identity provider, and the provider answered with an error.',
      visitor: [{ text: 'Try signing in again later; if it persists, tell the site owner the time.' }],
      owner: [
        {
          text: 'Check client id and secret, the redirect address (https://your-domain/oauth2/idpresponse), endpoints and scopes.',
        },
      ],
      references: [{ title: 'AWS: Application Load Balancer HTTP 561', url: `${TS}#http-561-issues` }],
    },
  },
});
