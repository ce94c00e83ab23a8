import type { Observation } from '../core/observation';
import { browser, type WebRequest } from './browser';
import { completedObservation, errorObservation } from './details';

/** Only web requests; extension pages and other schemes are never observed. */
export const WEB_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];

export interface WebRequestHandlers {
  /** Called for every completed request; `statusCode` first so successes cost nothing. */
  completed(statusCode: number, build: () => Observation): void;
  failed(obs: Observation): void;
  mainFrameStarted(tabId: number, url: string, time: number): void;
}

/** Registers the webRequest listeners. Must run synchronously at worker start. */
export function listenWebRequests(h: WebRequestHandlers): void {
  const filter: WebRequest.RequestFilter = { urls: WEB_URLS };
  browser.webRequest.onCompleted.addListener((d) => h.completed(d.statusCode, () => completedObservation(d)), filter, [
    'responseHeaders',
  ]);
  browser.webRequest.onErrorOccurred.addListener((d) => h.failed(errorObservation(d)), filter);
  browser.webRequest.onBeforeRequest.addListener((d) => h.mainFrameStarted(d.tabId, d.url, d.timeStamp), {
    urls: WEB_URLS,
    types: ['main_frame'],
  });
}
