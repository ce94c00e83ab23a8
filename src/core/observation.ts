/**
 * What the platform adapter hands to the core for every finished request: the
 * browser-neutral shape of a webRequest onCompleted / onErrorOccurred event.
 */
export type Header = readonly [name: string, value: string];

/** A readonly shape, writable while it is being built. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface ResponseOutcome {
  readonly kind: 'response';
  readonly statusCode: number;
  readonly statusLine: string;
  readonly fromCache: boolean;
  readonly ip?: string;
  /** Raw response headers; only read when the response failed. */
  readonly headers: readonly Header[];
}

export interface ErrorOutcome {
  readonly kind: 'error';
  /** "net::ERR_CONNECTION_REFUSED", "NS_ERROR_UNKNOWN_HOST", or a Firefox TLS sentence. */
  readonly error: string;
  readonly ip?: string;
  readonly fromCache?: boolean;
}

export interface Observation {
  readonly requestId: string;
  readonly tabId: number;
  readonly frameId: number;
  readonly parentFrameId: number;
  readonly url: string;
  readonly method: string;
  /** Normalised resource type: main_frame, sub_frame, script, xmlhttprequest, image... */
  readonly type: string;
  readonly timeStamp: number;
  /** Origin or URL of the document that started the request, when the browser says. */
  readonly initiator?: string;
  readonly outcome: ResponseOutcome | ErrorOutcome;
}
