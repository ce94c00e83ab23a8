/**
 * Turns a webRequest event's details (Chrome's or Firefox's) into the core's
 * browser-neutral Observation. Pure and polyfill-free, so the benchmark and tests
 * run the very conversion the extension uses.
 */
import type { ErrorOutcome, Header, Mutable, Observation, ResponseOutcome } from '../core/observation';

/** A header as webRequest gives it: a string value, or bytes. */
export interface RawHeader {
  name: string;
  value?: string;
  binaryValue?: number[];
}

/** Firefox resource types that Chromium names differently. */
const TYPE_ALIASES: Readonly<Record<string, string>> = {
  beacon: 'ping',
  imageset: 'image',
  object_subrequest: 'object',
  xml_dtd: 'other',
  xslt: 'other',
  web_manifest: 'other',
  speculative: 'other',
};

/** The fields both browsers send, typed loosely: Chrome and Firefox differ in extras. */
export interface Details {
  requestId: string;
  tabId: number;
  frameId: number;
  parentFrameId: number;
  url: string;
  method: string;
  type: string;
  timeStamp: number;
  initiator?: string;
  originUrl?: string;
  documentUrl?: string;
  ip?: string;
  fromCache?: boolean;
  statusCode?: number;
  statusLine?: string;
  error?: string;
  responseHeaders?: RawHeader[];
}

function headersOf(raw: RawHeader[] | undefined): Header[] {
  if (!raw) return [];
  const out: Header[] = [];
  for (const h of raw) {
    if (typeof h.value === 'string') out.push([h.name, h.value]);
    else if (Array.isArray(h.binaryValue)) out.push([h.name, String.fromCharCode(...h.binaryValue.slice(0, 1024))]);
  }
  return out;
}

/** Firefox sends null for absent fields (ip of a refused connection): keep strings only. */
function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** The fields both outcomes share, built in one literal (this runs for every failure). */
function base(d: Details, outcome: Observation['outcome']): Observation {
  const initiator = str(d.initiator) ?? str(d.originUrl) ?? str(d.documentUrl);
  const obs: Mutable<Observation> = {
    requestId: d.requestId,
    tabId: d.tabId,
    frameId: d.frameId,
    parentFrameId: d.parentFrameId,
    url: d.url,
    method: d.method,
    type: TYPE_ALIASES[d.type] ?? d.type,
    timeStamp: d.timeStamp,
    outcome,
  };
  if (initiator !== undefined) obs.initiator = initiator;
  return obs;
}

export function completedObservation(d: Details): Observation {
  const ip = str(d.ip);
  const outcome: Mutable<ResponseOutcome> = {
    kind: 'response',
    statusCode: d.statusCode ?? 0,
    statusLine: d.statusLine ?? '',
    fromCache: d.fromCache === true,
    headers: headersOf(d.responseHeaders),
  };
  if (ip !== undefined) outcome.ip = ip;
  return base(d, outcome);
}

export function errorObservation(d: Details): Observation {
  const ip = str(d.ip);
  const outcome: Mutable<ErrorOutcome> = {
    kind: 'error',
    error: str(d.error) ?? '',
  };
  if (ip !== undefined) outcome.ip = ip;
  if (typeof d.fromCache === 'boolean') outcome.fromCache = d.fromCache;
  return base(d, outcome);
}
