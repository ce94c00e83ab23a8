import { defineEntry } from '../types';

export default defineEntry({
  id: '464',
  kind: 'client-error',
  title: '464 Incompatible Protocol (AWS load balancer)',
  aliases: ['AWS ALB 464', 'ELB 464', 'Incompatible protocol versions'],
  summary:
    "An AWS load balancer could not pass the request on: its protocol (HTTP/1.1, HTTP/2 or gRPC) does not match the site's setup.",
  meaning:
    'AWS Application Load Balancers answer 464 when the protocol of an incoming request does not fit the protocol version configured for the target group it is routed to. ' +
    'Examples are an HTTP/1.1 request sent to a target group set to HTTP/2 or gRPC, a gRPC call sent to an HTTP/1.1 target group, or an HTTP/2 request other than POST sent to a gRPC target group. ' +
    'The code is specific to AWS Elastic Load Balancing and points at a setup mismatch, not at your browser.',
  contrasts: [
    {
      id: '505',
      text: '505 is the standard way to say an HTTP version is not supported at all. 464 means the load balancer supports it but the chosen target group does not.',
    },
    {
      id: '426',
      text: '426 asks the client to switch to another protocol. 464 gives no such hint; the site has to change its routing.',
    },
    {
      id: '502',
      text: '502 means the target answered badly. With 464 the request was never sent to a target.',
    },
  ],
  causes: [
    {
      title: 'Browser traffic routed to an HTTP/2 or gRPC target group',
      detail:
        'Browsers speak HTTP/1.1 over plain HTTP listeners, and not every client uses HTTP/2, so a target group limited to HTTP/2 or gRPC rejects them.',
    },
    {
      title: 'A listener rule sends traffic to the wrong group',
      detail: 'A path or host rule meant for gRPC services also matches ordinary web requests, or the other way round.',
    },
    {
      title: 'A gRPC client hits an HTTP/1.1 group',
      detail: 'gRPC calls arrive at a target group configured for HTTP/1.1 and cannot be forwarded.',
    },
  ],
  visitor: {
    steps: [],
    nothingToDo:
      "This is a routing mismatch in the site's load balancer. Nothing in your browser changes it; tell the site owner if it persists.",
  },
  owner: {
    steps: [
      {
        text: 'List the protocol version of each target group and compare it with the traffic its rules send there.',
        snippets: [
          {
            label: 'AWS CLI',
            code: "aws elbv2 describe-target-groups \\\n  --query 'TargetGroups[].[TargetGroupName,Protocol,ProtocolVersion]' \\\n  --output table",
          },
        ],
      },
      {
        text: 'Serve browser traffic from a target group with protocol version HTTP1, which accepts both HTTP/1.1 and HTTP/2 clients.',
      },
      {
        text: 'Send gRPC to its own target group with a listener rule, for example one matching the content-type header application/grpc.',
      },
    ],
  },
  retry: {
    advice: 'after-change',
    note: 'Every matching request fails until the target group or listener rules change.',
  },
  related: ['505', '426', '502'],
  faq: [],
  references: [
    {
      title: 'AWS: troubleshoot Application Load Balancers, HTTP 464',
      url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-464-issues',
    },
    {
      title: 'AWS: target groups for Application Load Balancers',
      url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-target-groups.html',
    },
  ],
});
