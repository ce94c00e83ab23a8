/**
 * The parts of HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/) that HTTP
 * Why writes. Custom fields start with "_", as the format asks.
 */

export interface HarNameValue {
  name: string;
  value: string;
}

export interface HarCreator {
  name: string;
  version: string;
}

export interface HarPageTimings {
  /** -1 when not known. */
  onContentLoad: number;
  onLoad: number;
}

export interface HarPage {
  startedDateTime: string;
  id: string;
  title: string;
  pageTimings: HarPageTimings;
}

export interface HarRequest {
  method: string;
  url: string;
  httpVersion: string;
  cookies: HarNameValue[];
  headers: HarNameValue[];
  queryString: HarNameValue[];
  headersSize: number;
  bodySize: number;
}

export interface HarContent {
  size: number;
  mimeType: string;
}

export interface HarResponse {
  status: number;
  statusText: string;
  httpVersion: string;
  cookies: HarNameValue[];
  headers: HarNameValue[];
  content: HarContent;
  redirectURL: string;
  headersSize: number;
  bodySize: number;
  /** The browser's network error name, when the request got no answer (as Chrome's DevTools writes it). */
  _error?: string;
}

/** Empty: nothing is known about the cache. */
export type HarCache = Record<string, never>;

export interface HarTimings {
  blocked: number;
  dns: number;
  connect: number;
  send: number;
  wait: number;
  receive: number;
  ssl: number;
}

export interface HarEntry {
  pageref?: string;
  startedDateTime: string;
  time: number;
  request: HarRequest;
  response: HarResponse;
  cache: HarCache;
  timings: HarTimings;
  serverIPAddress?: string;
  /** The browser's resource type: main_frame, script, image… */
  _resourceType: string;
}

export interface HarBrowser {
  name: string;
  version: string;
}

export interface HarLog {
  version: '1.2';
  creator: HarCreator;
  browser: HarBrowser;
  pages: HarPage[];
  entries: HarEntry[];
}

export interface Har {
  log: HarLog;
}
