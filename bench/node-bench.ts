/**
 * Node measures of the background's hot path: the real core (Recorder) behind the
 * same entry logic as src/background/index.ts, with the in-memory fakes of
 * test/fakes. src/platform/web-request.ts cannot be imported here (it loads the
 * polyfill), so `detailsToObservation` below builds the same Observation shape
 * as its completedObservation() from a Chrome-like details object.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { classifyStatus } from '../src/core/classify';
import type { Observation } from '../src/core/observation';
import { Recorder } from '../src/core/recorder';
import { ManualTimer } from '../test/fakes/manual-timer';
import { MemoryBadge } from '../test/fakes/memory-badge';
import { MemoryStore } from '../test/fakes/memory-store';
import { completedObservation, type Details } from '../src/platform/details';
import { median } from './stats';

/** What Chrome hands an onCompleted listener registered with ['responseHeaders']. */
type CompletedDetails = Details & { statusCode: number; statusLine: string; fromCache: boolean };

export interface NodeResults {
  readonly handler_ns_per_ok_event: number;
  readonly handler_ns_per_failure_event: number;
  readonly storage_writes_per_1000_failures: number;
  readonly worker_heap_mb_50x1000: number;
}

const OWN_ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const quietLog = { warn: (): void => undefined };

/** Headers of a successful image from a CDN. */
const OK_HEADERS = [
  { name: 'content-type', value: 'image/png' },
  { name: 'content-length', value: '68' },
  { name: 'cache-control', value: 'public, max-age=31536000' },
  { name: 'server', value: 'cloudflare' },
  { name: 'cf-cache-status', value: 'HIT' },
  { name: 'age', value: '5012' },
];

/** About a dozen headers a failing response behind Cloudflare carries. */
export const FAILURE_HEADERS: readonly (readonly [string, string])[] = [
  ['date', 'Sat, 29 Nov 2025 17:59:00 GMT'],
  ['content-type', 'text/html; charset=UTF-8'],
  ['content-length', '4213'],
  ['connection', 'keep-alive'],
  ['cache-control', 'private, max-age=0, no-store, no-cache, must-revalidate'],
  ['vary', 'Accept-Encoding'],
  ['server', 'cloudflare'],
  ['cf-ray', '8f1e2d3c4b5a6978-AMS'],
  ['cf-cache-status', 'DYNAMIC'],
  ['x-frame-options', 'SAMEORIGIN'],
  ['report-to', '{"endpoints":[{"url":"https://a.nel.cloudflare.com/report/v4?s=abc"}],"group":"cf-nel"}'],
  ['nel', '{"success_fraction":0,"report_to":"cf-nel","max_age":604800}'],
  ['alt-svc', 'h3=":443"; ma=86400'],
];

const OK_STATUSES = [200, 200, 200, 204, 206, 301, 302, 304];

function okDetails(i: number): CompletedDetails {
  const status = OK_STATUSES[i % OK_STATUSES.length] ?? 200;
  return {
    requestId: String(10_000 + i),
    tabId: 1 + (i % 4),
    frameId: 0,
    parentFrameId: -1,
    url: `https://cdn.example.com/assets/img/photo-${i}.png?v=3`,
    method: 'GET',
    type: 'image',
    timeStamp: 1_764_000_000_000 + i,
    initiator: 'https://www.example.com',
    ip: '104.16.1.1',
    fromCache: false,
    statusCode: status,
    statusLine: `HTTP/1.1 ${status}`,
    responseHeaders: OK_HEADERS,
  };
}

function failureDetails(i: number, tabId = 1): CompletedDetails {
  const status = i % 2 === 0 ? 404 : 500;
  return {
    requestId: String(20_000 + i),
    tabId,
    frameId: 0,
    parentFrameId: -1,
    url: `https://www.example.com/api/v2/items/${i}?lang=en&session=4f9c2b7a`,
    method: 'GET',
    type: i % 2 === 0 ? 'image' : 'xmlhttprequest',
    timeStamp: 1_764_000_000_000 + i,
    initiator: 'https://www.example.com',
    ip: '104.16.1.1',
    fromCache: false,
    statusCode: status,
    statusLine: `HTTP/1.1 ${status}`,
    responseHeaders: FAILURE_HEADERS.map(([name, value]) => ({ name, value })),
  };
}

/**
 * The onCompleted listener as the worker runs it: the adapter's closure around
 * the composition root's `completed` handler (src/background/index.ts).
 */
function completedListener(recorder: Recorder): (d: CompletedDetails) => void {
  const completed = (statusCode: number, build: () => Observation): void => {
    if (classifyStatus(statusCode) === null) return; // successes and redirects leave here
    recorder.observe(build());
  };
  return (d) => completed(d.statusCode, () => completedObservation(d));
}

async function readyRecorder(store = new MemoryStore(), timer = new ManualTimer()): Promise<Recorder> {
  const recorder = new Recorder({ store, badge: new MemoryBadge(), timer, log: quietLog, ownOrigin: OWN_ORIGIN });
  await recorder.ready;
  return recorder;
}

/** Median ns per event over `samples` timed batches of `events` each. */
function timePerEvent(samples: number, run: () => number): number {
  run(); // warm-up: let the JIT settle before timing
  const perEvent: number[] = [];
  for (let s = 0; s < samples; s++) {
    const start = process.hrtime.bigint();
    const events = run();
    perEvent.push(Number(process.hrtime.bigint() - start) / events);
  }
  return median(perEvent);
}

export async function handlerNsPerOkEvent(samples = 9): Promise<number> {
  const listener = completedListener(await readyRecorder());
  const details = Array.from({ length: 256 }, (_, i) => okDetails(i));
  const perSample = 1_000_000;
  return timePerEvent(samples, () => {
    for (let i = 0; i < perSample; i++) listener(details[i & 255] as CompletedDetails);
    return perSample;
  });
}

/**
 * A failing response with headers: classification, header capture and the
 * tab-log update. The deferred flush is not run here (it is coalesced and counted
 * by storageWritesPer1000Failures); each sample is one page of 1,000 failures.
 */
export async function handlerNsPerFailureEvent(samples = 15): Promise<number> {
  const perSample = 1000;
  const details = Array.from({ length: perSample }, (_, i) => failureDetails(i));
  const recorders: Recorder[] = [];
  for (let s = 0; s <= samples; s++) recorders.push(await readyRecorder());
  let next = 0;
  return timePerEvent(samples, () => {
    const recorder = recorders[next++] as Recorder;
    recorder.navigate(1, 'https://www.example.com/shop', 1_764_000_000_000);
    const listener = completedListener(recorder);
    for (const d of details) listener(d);
    return perSample;
  });
}

/** Storage writes while 1,000 failures arrive over one second (1 ms apart). */
export async function storageWritesPer1000Failures(): Promise<number> {
  const store = new MemoryStore();
  const timer = new ManualTimer();
  const recorder = await readyRecorder(store, timer);
  const listener = completedListener(recorder);
  const writesBefore = store.setCalls;
  for (let i = 0; i < 1000; i++) {
    listener(failureDetails(i));
    timer.tick(1);
    // Each event is its own task in the worker: let pending writes resolve.
    await new Promise<void>((r) => setImmediate(r));
  }
  // The tail of the burst is written once the flush delay has passed.
  timer.tick(1000);
  await new Promise<void>((r) => setImmediate(r));
  return store.setCalls - writesBefore;
}

function gcFunction(): () => void {
  setFlagsFromString('--expose_gc');
  return runInNewContext('gc') as () => void;
}

function heapAfterGc(gc: () => void): number {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

/**
 * Heap the Recorder holds after 50 tabs x 1,000 failures. The store's copies are
 * dropped before measuring: storage.session lives in the browser, not the worker.
 */
export async function workerHeapMb50x1000(): Promise<number> {
  const gc = gcFunction();
  const store = new MemoryStore();
  const timer = new ManualTimer();
  const before = heapAfterGc(gc);
  const recorder = await readyRecorder(store, timer);
  const listener = completedListener(recorder);
  for (let tab = 1; tab <= 50; tab++) {
    recorder.navigate(tab, `https://site-${tab}.example.com/`, 1_764_000_000_000);
    for (let i = 0; i < 1000; i++) {
      const d = failureDetails(tab * 1000 + i, tab);
      listener(d);
    }
    timer.tick(200);
    await new Promise<void>((r) => setImmediate(r));
  }
  store.data.clear();
  const after = heapAfterGc(gc);
  // Keep the recorder alive until after the measurement.
  if (recorder.tabIds().length !== 50) throw new Error('heap bench: expected 50 tabs');
  return (after - before) / (1024 * 1024);
}

export async function runNodeBench(): Promise<NodeResults> {
  return {
    handler_ns_per_ok_event: await handlerNsPerOkEvent(),
    handler_ns_per_failure_event: await handlerNsPerFailureEvent(),
    storage_writes_per_1000_failures: await storageWritesPer1000Failures(),
    worker_heap_mb_50x1000: await workerHeapMb50x1000(),
  };
}
