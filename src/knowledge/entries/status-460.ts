import { defineEntry } from '../types';

export default defineEntry({
  id: '460',
  kind: 'client-error',
  title: '460 Client Closed Connection (AWS load balancer)',
  aliases: ['AWS ALB 460', 'ELB 460', 'Client closed connection'],
  summary:
    'The browser or app stopped waiting and closed the connection before the site answered. Only AWS load balancer logs show 460.',
  meaning:
    "AWS Application Load Balancers record 460 in their access logs when a client sends a request and then closes the connection before the load balancer's idle timeout has run out, usually because the client stopped waiting for a slow answer. " +
    'No response reaches the client, since it has already left. In a browser this is a cancelled request: the visitor went to another page, pressed stop or reloaded, or a script aborted the call, and Chrome records it as net::ERR_ABORTED. ' +
    'The code is specific to AWS Elastic Load Balancing and is not a standard HTTP status.',
  browserSees: {
    id: 'net::ERR_ABORTED',
    note: 'The browser or a script cancelled the request itself, so no status arrived. 460 appears only in the load balancer access logs and in its HTTPCode_ELB_4XX_Count metric.',
  },
  contrasts: [
    {
      id: '499',
      text: '499 is the same situation as nginx logs it. 460 is the AWS load balancer version.',
    },
    {
      id: '408',
      text: 'The load balancer sends 408 when the client was too slow to send its request. 460 is logged when the client gave up waiting for the answer.',
    },
    {
      id: '504',
      text: '504 means the load balancer gave up on the target behind it. With 460 the client gave up first.',
    },
  ],
  causes: [
    {
      title: 'The target is slow',
      detail:
        'The application behind the load balancer takes longer than the client is willing to wait, for example on heavy reports or slow database queries.',
    },
    {
      title: 'The client timeout is shorter than the load balancer timeout',
      detail:
        'Mobile apps, API clients and monitoring checks often stop waiting after a fixed time that is shorter than the load balancer idle timeout (60 seconds by default).',
    },
    {
      title: 'The visitor moved on',
      detail:
        'Reloading, clicking away or closing the tab cancels requests still in flight. A few of these are normal.',
    },
    {
      title: 'Scripts cancel requests on purpose',
      detail: 'Search-as-you-type boxes and single-page apps abort earlier requests when newer ones replace them.',
    },
  ],
  visitor: {
    steps: [
      { text: 'If a page seemed stuck and you left it, reload and give it more time.' },
      { text: 'For slow actions such as exports or uploads, keep the tab open until they finish.' },
    ],
  },
  owner: {
    steps: [
      {
        text: 'In the access logs, look at target_processing_time for the 460 entries to find which requests run long.',
      },
      { text: 'Make slow work asynchronous, or faster, so clients get an answer before their own timeout.' },
      {
        text: 'Line up the timeouts: the client should wait at least as long as the load balancer idle timeout, and the target should answer well within it.',
        snippets: [
          {
            label: 'AWS CLI',
            code: 'aws elbv2 modify-load-balancer-attributes \\\n  --load-balancer-arn "$LB_ARN" \\\n  --attributes Key=idle_timeout.timeout_seconds,Value=120',
          },
        ],
      },
      { text: 'Treat a small, steady number of 460s as normal behaviour of people and browsers.' },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'If the request is slow every time, it is abandoned again until the target gets faster or the client waits longer.',
  },
  related: ['499', '408', '504', 'net::ERR_ABORTED'],
  faq: [],
  references: [
    {
      title: 'AWS: troubleshoot Application Load Balancers, HTTP 460',
      url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-460-issues',
    },
    {
      title: 'AWS: access logs for Application Load Balancers',
      url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-access-logs.html',
    },
  ],
});
