import { defineOverlay } from './types';

const LB_LOGS = {
  title: 'Google Cloud: load balancer logging',
  url: 'https://cloud.google.com/load-balancing/docs/https/https-logging-monitoring',
};
const RUN_TROUBLESHOOT = {
  title: 'Cloud Run: troubleshooting',
  url: 'https://cloud.google.com/run/docs/troubleshooting',
};

export default defineOverlay({
  platform: 'google-cloud',
  name: 'Google Cloud',
  about:
    "Google's cloud; its load balancers (the Google Front End) and hosts such as Cloud Run and App Engine serve many sites.",
  support:
    "The load balancer logs record each request with a statusDetails field that explains errors it produced itself; the x-cloud-trace-context header, when present, links the request to the app's logs and traces.",
  codes: {
    '403': {
      lead: 'Google Cloud refused the request: a Cloud Armor rule, a private service that needs sign-in, or the app itself.',
      causes: [
        {
          title: 'A Cloud Armor security policy',
          detail: 'A rule for addresses, countries or attack patterns denied the request.',
        },
        {
          title: 'The service requires authentication',
          detail: 'Cloud Run services and Identity-Aware Proxy refuse callers that are not allowed to invoke them.',
        },
      ],
      visitor: [{ text: 'Sign in if the site asks you to; otherwise try another network or contact the site.' }],
      owner: [{ text: 'Check the Cloud Armor logs and the IAM policy of the service for this caller.' }],
      references: [
        {
          title: 'Google Cloud Armor: security policies',
          url: 'https://cloud.google.com/armor/docs/security-policy-overview',
        },
      ],
    },
    '429': {
      lead: 'Google Cloud could not take more requests: Cloud Run had no free instance, or a rate limit rule refused you.',
      causes: [
        {
          title: 'No Cloud Run instance available',
          detail:
            'Every instance was busy and no new one could start fast enough, often because the maximum number of instances was reached.',
        },
        { title: 'A Cloud Armor rate limit', detail: 'A throttle or ban rule set by the site.' },
      ],
      visitor: [{ text: 'Wait a little and try again.' }],
      owner: [
        {
          text: 'Raise the maximum instances or the concurrency per instance, or keep a few instances warm with a minimum instance count.',
        },
      ],
      references: [RUN_TROUBLESHOOT],
    },
    '502': {
      lead: "Google's load balancer could not get a good answer from a backend: none was healthy, or the connection failed.",
      meaning:
        'The statusDetails field of the load balancer log names the reason, for example failed_to_pick_backend when no healthy backend exists, or backend_connection_closed_before_data_sent_to_client when the backend dropped the connection.',
      causes: [
        {
          title: 'No healthy backend',
          detail:
            'Health checks fail, often because the firewall does not allow the probe ranges 35.191.0.0/16 and 130.211.0.0/22.',
        },
        {
          title: 'The backend closes idle connections too early',
          detail:
            'The load balancer keeps backend connections open for 600 seconds; a backend with a shorter keep-alive timeout causes scattered 502s.',
        },
        {
          title: 'The backend crashed or timed out',
          detail: 'It failed while answering, or took longer than the backend service timeout.',
        },
      ],
      visitor: [{ text: 'Reload after a few seconds.' }],
      owner: [
        {
          text: 'Allow the health check ranges in the VPC firewall.',
          snippets: [
            {
              label: 'gcloud',
              code: 'gcloud compute firewall-rules create allow-lb-health-checks \\\n  --network=default --direction=INGRESS --action=ALLOW \\\n  --source-ranges=35.191.0.0/16,130.211.0.0/22 --rules=tcp:80',
            },
          ],
        },
        {
          text: 'Set the keep-alive timeout of the backend web server above 600 seconds.',
          snippets: [
            { label: 'nginx', code: 'keepalive_timeout 620s;' },
            { label: 'Node.js', code: 'server.keepAliveTimeout = 620000;\nserver.headersTimeout = 621000;' },
          ],
        },
      ],
      references: [
        LB_LOGS,
        {
          title: 'Google Cloud: how requests are distributed',
          url: 'https://cloud.google.com/load-balancing/docs/https/request-distribution',
        },
      ],
    },
    '503': {
      lead: 'The Google Cloud service had no healthy instance to handle the request, for example a Cloud Run container that failed to start.',
      causes: [
        {
          title: 'The container does not start or listen',
          detail: 'It crashes at start, or listens on another port than the one in the PORT environment variable.',
        },
        { title: 'Instances crash under load', detail: 'Out of memory, or failing health checks.' },
      ],
      visitor: [{ text: 'Try again in a few minutes.' }],
      owner: [{ text: 'Read the revision logs: startup errors and crashes are recorded there.' }],
      references: [RUN_TROUBLESHOOT],
    },
    '504': {
      lead: 'The request took longer than the timeout of Cloud Run (5 minutes by default) or of the load balancer in front.',
      meaning:
        'Cloud Run ends requests that pass its request timeout, 300 seconds by default and up to 60 minutes, with a 504; the container may keep working on it. ' +
        'A load balancer backend service has its own timeout, 30 seconds by default for most types.',
      visitor: [{ text: 'Try again later; if you started a long task, check whether it completed.' }],
      owner: [
        { text: 'Find the slow part in the logs or traces; move long work to jobs or tasks.' },
        {
          text: 'Raise the timeouts where long requests are expected.',
          snippets: [
            { label: 'Cloud Run', code: 'gcloud run services update my-service --timeout=900' },
            {
              label: 'Load balancer',
              code: 'gcloud compute backend-services update my-backend --global --timeout=120',
            },
          ],
        },
      ],
      references: [
        { title: 'Cloud Run: request timeout', url: 'https://cloud.google.com/run/docs/configuring/request-timeout' },
        LB_LOGS,
      ],
    },
  },
});
