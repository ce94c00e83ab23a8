/**
 * Platform overlays: what a status code means behind one platform (a CDN, a host,
 * a web server, a framework), with causes and fixes tailored to it. One file per
 * platform in this folder, default-exporting `defineOverlay({...})`; the popup shows
 * the overlay's advice above the general entry for the code.
 */
import type { Cause, FixStep, Reference } from '../types';

export interface PlatformAdvice {
  /** One sentence shown first in the popup, e.g. "Cloudflare could not get a valid answer from the site's own server." Max 140 chars. */
  readonly lead: string;
  /** Optional extra paragraph on what it means behind this platform. */
  readonly meaning?: string;
  readonly causes?: readonly Cause[];
  readonly visitor?: readonly FixStep[];
  readonly owner?: readonly FixStep[];
  readonly references?: readonly Reference[];
}

export interface PlatformOverlay {
  /** One of: cloudflare, cloudfront, amazon-s3, aws-elb, aws-waf, akamai, fastly, vercel, netlify, azure-front-door, google-cloud, github-pages, heroku, nginx, apache, iis, aspnet, express, php */
  readonly platform: string;
  readonly name: string; // "Cloudflare"
  /** What it is, one line: "A CDN and reverse proxy in front of many sites." */
  readonly about: string;
  /** Advice by failure key: "502", "403", "520", also "4xx"/"5xx" as a fallback for the class. */
  readonly codes: Readonly<Record<string, PlatformAdvice>>;
  /** Where to find the request id and how to use it with support, one sentence, optional. */
  readonly support?: string;
}

/** Identity helper so overlay files get full type checking and editor help. */
export function defineOverlay(o: PlatformOverlay): PlatformOverlay {
  return o;
}
