import { normaliseHeaders } from './headers';

/**
 * Which platforms answered a request, from the response headers they leave
 * (rules: /work/shared/reference/platform-headers.csv, kept here as data).
 */

export type PlatformId =
  | 'cloudflare'
  | 'cloudfront'
  | 'amazon-s3'
  | 'aws-elb'
  | 'aws-waf'
  | 'akamai'
  | 'fastly'
  | 'vercel'
  | 'netlify'
  | 'azure-front-door'
  | 'google-cloud'
  | 'github-pages'
  | 'heroku'
  | 'nginx'
  | 'apache'
  | 'iis'
  | 'aspnet'
  | 'express'
  | 'php';

/**
 * Where a platform sits on the way of a request, in the order a request passes:
 * edge (CDN, proxy, load balancer, WAF) -> host (hosting platform, storage)
 * -> server (web server software) -> app (application framework).
 */
export type PlatformLayer = 'edge' | 'host' | 'server' | 'app';

export const LAYER_ORDER: readonly PlatformLayer[] = ['edge', 'host', 'server', 'app'];

export interface PlatformInfo {
  readonly id: PlatformId;
  readonly name: string;
  readonly layer: PlatformLayer;
}

/**
 * Every platform, in the order matches are reported: by layer, and within a
 * layer roughly outermost first (a CDN in front of a WAF in front of a load balancer).
 */
export const PLATFORMS: readonly PlatformInfo[] = [
  { id: 'cloudflare', name: 'Cloudflare', layer: 'edge' },
  { id: 'akamai', name: 'Akamai', layer: 'edge' },
  { id: 'fastly', name: 'Fastly', layer: 'edge' },
  { id: 'cloudfront', name: 'Amazon CloudFront', layer: 'edge' },
  { id: 'azure-front-door', name: 'Azure Front Door', layer: 'edge' },
  { id: 'aws-waf', name: 'AWS WAF', layer: 'edge' },
  { id: 'aws-elb', name: 'AWS Elastic Load Balancing', layer: 'edge' },
  { id: 'vercel', name: 'Vercel', layer: 'host' },
  { id: 'netlify', name: 'Netlify', layer: 'host' },
  { id: 'github-pages', name: 'GitHub Pages', layer: 'host' },
  { id: 'heroku', name: 'Heroku', layer: 'host' },
  { id: 'google-cloud', name: 'Google Cloud', layer: 'host' },
  { id: 'amazon-s3', name: 'Amazon S3', layer: 'host' },
  { id: 'nginx', name: 'nginx', layer: 'server' },
  { id: 'apache', name: 'Apache HTTP Server', layer: 'server' },
  { id: 'iis', name: 'Microsoft IIS', layer: 'server' },
  { id: 'aspnet', name: 'ASP.NET', layer: 'app' },
  { id: 'express', name: 'Express', layer: 'app' },
  { id: 'php', name: 'PHP', layer: 'app' },
];

/** One header rule: `header` (lower case) whose value matches `pattern` (case-insensitive). */
export interface HeaderRule {
  readonly platform: PlatformId;
  readonly header: string;
  /** The regular expression as written in the CSV (see `compilePattern` for the boundaries added). */
  readonly pattern: string;
}

/** The rows of platform-headers.csv, in its order, plus openresty (an nginx build). */
export const HEADER_RULES: readonly HeaderRule[] = [
  { platform: 'cloudflare', header: 'server', pattern: '^cloudflare$' },
  { platform: 'cloudflare', header: 'cf-ray', pattern: '.+' },
  { platform: 'cloudflare', header: 'cf-cache-status', pattern: '.+' },
  { platform: 'cloudflare', header: 'cf-mitigated', pattern: '^challenge$' },
  { platform: 'cloudfront', header: 'x-amz-cf-id', pattern: '.+' },
  { platform: 'cloudfront', header: 'via', pattern: 'CloudFront' },
  { platform: 'cloudfront', header: 'x-cache', pattern: 'from cloudfront' },
  { platform: 'amazon-s3', header: 'server', pattern: '^AmazonS3$' },
  { platform: 'amazon-s3', header: 'x-amz-request-id', pattern: '.+' },
  { platform: 'amazon-s3', header: 'x-amz-id-2', pattern: '.+' },
  { platform: 'aws-elb', header: 'server', pattern: '^awselb' },
  { platform: 'aws-waf', header: 'x-amzn-waf-action', pattern: '.+' },
  { platform: 'akamai', header: 'x-akamai-transformed', pattern: '.+' },
  { platform: 'akamai', header: 'server', pattern: 'AkamaiGHost' },
  { platform: 'fastly', header: 'x-served-by', pattern: '^cache-' },
  { platform: 'fastly', header: 'x-fastly-request-id', pattern: '.+' },
  { platform: 'vercel', header: 'server', pattern: '^Vercel$' },
  { platform: 'vercel', header: 'x-vercel-id', pattern: '.+' },
  { platform: 'vercel', header: 'x-vercel-cache', pattern: '.+' },
  { platform: 'netlify', header: 'server', pattern: '^Netlify$' },
  { platform: 'netlify', header: 'x-nf-request-id', pattern: '.+' },
  { platform: 'azure-front-door', header: 'x-azure-ref', pattern: '.+' },
  { platform: 'google-cloud', header: 'via', pattern: '1\\.1 google' },
  { platform: 'google-cloud', header: 'x-cloud-trace-context', pattern: '.+' },
  { platform: 'github-pages', header: 'server', pattern: '^GitHub\\.com$' },
  { platform: 'github-pages', header: 'x-github-request-id', pattern: '.+' },
  { platform: 'heroku', header: 'via', pattern: 'vegur' },
  { platform: 'nginx', header: 'server', pattern: '^nginx' },
  { platform: 'nginx', header: 'server', pattern: '^openresty' },
  { platform: 'apache', header: 'server', pattern: '^Apache' },
  { platform: 'iis', header: 'server', pattern: '^Microsoft-IIS' },
  { platform: 'aspnet', header: 'x-powered-by', pattern: '^ASP\\.NET' },
  { platform: 'aspnet', header: 'x-aspnet-version', pattern: '.+' },
  { platform: 'express', header: 'x-powered-by', pattern: '^Express$' },
  { platform: 'php', header: 'x-powered-by', pattern: '^PHP' },
];

/**
 * Compiles a CSV pattern, case-insensitive. Where the CSV leaves an end open
 * next to a word character, a boundary is added so a name never matches inside
 * a longer one: "vegur" matches "1.1 vegur" but not "1.1 vegurx", "^Apache"
 * matches "Apache/2.4.62 (Debian)" but not "Apache-Coyote/1.1" (Tomcat's
 * connector, not Apache httpd). A hyphen counts as part of a name for this.
 */
export function compilePattern(pattern: string): RegExp {
  const word = /[A-Za-z0-9_]/;
  const lead = pattern.startsWith('^') || !word.test(pattern.charAt(0)) ? '' : '(?<![\\w-])';
  const trail = pattern.endsWith('$') || !word.test(pattern.charAt(pattern.length - 1)) ? '' : '(?![\\w-])';
  return new RegExp(lead + pattern + trail, 'i');
}

const COMPILED: readonly (HeaderRule & { readonly re: RegExp })[] = HEADER_RULES.map((r) => ({
  ...r,
  re: compilePattern(r.pattern),
}));

export interface PlatformMatch {
  readonly id: PlatformId;
  readonly name: string;
  readonly layer: PlatformLayer;
  /** The headers that identified it, as "name: value" (e.g. "server: cloudflare"). */
  readonly evidence: string[];
}

/**
 * The platforms the headers show, ordered the way a request passes them
 * (edge first, app last). Several layers are normal: Cloudflare in front of
 * Netlify, CloudFront in front of S3. Never throws; odd entries are skipped.
 */
export function detectPlatforms(headers: readonly (readonly [string, string])[]): PlatformMatch[] {
  const evidence = new Map<PlatformId, string[]>();
  for (const [name, value] of normaliseHeaders(headers)) {
    for (const rule of COMPILED) {
      if (rule.header !== name || !rule.re.test(value)) continue;
      const list = evidence.get(rule.platform) ?? [];
      const line = `${name}: ${value}`;
      if (!list.includes(line)) list.push(line);
      evidence.set(rule.platform, list);
    }
  }
  const out: PlatformMatch[] = [];
  for (const layer of LAYER_ORDER) {
    for (const p of PLATFORMS) {
      const ev = evidence.get(p.id);
      if (p.layer === layer && ev) out.push({ id: p.id, name: p.name, layer: p.layer, evidence: ev });
    }
  }
  return out;
}

/** The table entry of a platform. */
export function platformInfo(id: PlatformId): PlatformInfo | undefined {
  return PLATFORMS.find((p) => p.id === id);
}
