import type { Header, Observation } from '../../src/core/observation';

let seq = 0;

/** A finished response, as the platform adapter would hand it over. */
export function response(
  status: number,
  over: Partial<Omit<Observation, 'outcome'>> & { headers?: Header[] } = {},
): Observation {
  const { headers = [], ...rest } = over;
  return {
    requestId: String(++seq),
    tabId: 1,
    frameId: 0,
    parentFrameId: -1,
    url: `https://example.com/r/${seq}`,
    method: 'GET',
    type: 'image',
    timeStamp: 1_700_000_000_000 + seq,
    ...rest,
    outcome: { kind: 'response', statusCode: status, statusLine: `HTTP/1.1 ${status}`, fromCache: false, headers },
  };
}

/** A request that failed below HTTP. */
export function failure(error: string, over: Partial<Omit<Observation, 'outcome'>> = {}): Observation {
  return {
    requestId: String(++seq),
    tabId: 1,
    frameId: 0,
    parentFrameId: -1,
    url: `https://example.com/e/${seq}`,
    method: 'GET',
    type: 'xmlhttprequest',
    timeStamp: 1_700_000_000_000 + seq,
    ...over,
    outcome: { kind: 'error', error },
  };
}
