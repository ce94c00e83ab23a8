/**
 * Chromium measures. Three browsers stay open for the whole run, one per variant:
 * no extension, the empty-listener extension, HTTP Why. Each round loads the
 * bench page once in each, in shuffled order; the page times itself, and the
 * extension's renderer process is charged the CPU it used from navigation until
 * the browser went idle again, and at least 600 ms after the page was done (so
 * the deferred flush, at most 500 ms after the previous one, is counted).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tabKey } from '../src/core/stored-state';
import { startChromium, withTimeout, type Chromium } from './cdp';
import { NOOP_PAGE } from './noop-extension';
import { LOAD_PAGE } from './pages';
import { commandLine, processCpuNs } from './process-cpu';
import { median, medianCi, ratioOfMediansCi, seededRng, shuffle, type Interval } from './stats';

export type Variant = 'none' | 'noop' | 'httpwhy';
export const VARIANTS: readonly Variant[] = ['none', 'noop', 'httpwhy'];

export interface BrowserBenchOptions {
  readonly origin: string;
  readonly noopDir: string;
  readonly httpWhyDir: string;
  readonly rounds: number;
  readonly warmupRounds?: number;
  readonly popupOpens?: number;
  readonly seed?: number;
  readonly log?: (line: string) => void;
}

export interface LoadSample {
  readonly loadMs: number;
  /** CPU of the extension's renderer process from navigation to idle (NaN without one). */
  readonly extensionCpuMs: number;
  /** The part of it spent on the service worker's own thread. */
  readonly workerThreadCpuMs: number;
  readonly browserCpuMs: number;
  /** How long after the page's done marker the browser took to go idle. */
  readonly settleMs: number;
  /** The extension process changed during the load (worker restarted): CPU may be short. */
  readonly processChanged: boolean;
}

export interface EstimateWithCi extends Interval {
  readonly value: number;
}

export interface BrowserResults {
  readonly pageLoadRatioVsNoop: EstimateWithCi;
  readonly pageLoadRatioVsNone: EstimateWithCi;
  readonly workerCpuRatioVsNoop: EstimateWithCi;
  readonly popupReadyMs: EstimateWithCi;
  /** An extension page with one tiny module script, opened alternately with the popup. */
  readonly popupFloorMs: EstimateWithCi;
  /** Per-variant medians, for the table's context rows. */
  readonly medians: Readonly<
    Record<
      Variant,
      { loadMs: number; extensionCpuMs: number; workerThreadCpuMs: number; browserCpuMs: number; settleMs: number }
    >
  >;
  readonly rounds: readonly Readonly<Record<Variant, LoadSample>>[];
  readonly popupFailuresRecorded: number;
  readonly popupBreakdown: string;
}

interface Instance {
  readonly variant: Variant;
  readonly browser: Chromium;
  readonly session: string;
  readonly extensionId: string | undefined;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function findTarget(
  browser: Chromium,
  accept: (t: { type: string; url: string }) => boolean,
  timeoutMs = 20_000,
) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = (await browser.targets()).find(accept);
    if (found) return found;
    if (Date.now() > end) throw new Error('target not found');
    await sleep(100);
  }
}

/** The worker script a built extension declares (its service worker target ends so). */
function workerScript(dir: string): string {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
  };
  return manifest.background?.service_worker ?? '';
}

async function openInstance(variant: Variant, opts: BrowserBenchOptions): Promise<Instance> {
  const dir = variant === 'none' ? undefined : variant === 'noop' ? opts.noopDir : opts.httpWhyDir;
  const browser = await startChromium(dir);
  try {
    let extensionId: string | undefined;
    if (dir) {
      const script = `/${workerScript(dir)}`;
      const sw = await findTarget(
        browser,
        (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://') && t.url.endsWith(script),
      );
      extensionId = new URL(sw.url).host;
    }
    const page = await findTarget(browser, (t) => t.type === 'page');
    const session = await browser.attach(page.targetId);
    await browser.cdp.send('Page.enable', {}, session);
    const inst: Instance = { variant, browser, session, extensionId };
    const processes = (await readCpu(inst)).extension.size;
    if (dir && processes !== 1) throw new Error(`${variant}: expected one extension process, found ${processes}`);
    return inst;
  } catch (e) {
    await browser.close();
    throw e;
  }
}

interface CpuReading {
  /** ns per extension renderer process. */
  readonly extension: ReadonlyMap<number, number>;
  /** ns of the service worker threads of those processes. */
  readonly workerThread: number;
  readonly browser: number;
}

async function readCpu(inst: Instance): Promise<CpuReading> {
  const { processInfo } = await inst.browser.cdp.send<{ processInfo: { type: string; id: number }[] }>(
    'SystemInfo.getProcessInfo',
  );
  const extension = new Map<number, number>();
  let browser = 0;
  let workerThread = 0;
  for (const p of processInfo) {
    if (p.type === 'browser') browser = processCpuNs(p.id) ?? 0;
    else if (inst.extensionId && p.type === 'renderer' && commandLine(p.id).includes('--extension-process')) {
      const ns = processCpuNs(p.id);
      if (ns !== undefined) extension.set(p.id, ns);
      workerThread += processCpuNs(p.id, 'ServiceWorker') ?? NaN;
    }
  }
  return { extension, workerThread, browser };
}

function extensionDelta(before: CpuReading, after: CpuReading): { ns: number; changed: boolean } {
  let ns = 0;
  let changed = before.extension.size !== after.extension.size;
  for (const [pid, end] of after.extension) {
    const start = before.extension.get(pid);
    if (start === undefined) changed = true;
    ns += end - (start ?? 0);
  }
  return { ns, changed };
}

/**
 * Waits until the browser and the extension are idle: at least `minMs`, then
 * until a 100 ms window passes with under 1 ms of CPU in both.
 */
async function waitIdle(inst: Instance, minMs = 300, maxMs = 3000): Promise<number> {
  const start = Date.now();
  await sleep(minMs);
  let prev = await readCpu(inst);
  while (Date.now() - start < maxMs) {
    await sleep(100);
    const now = await readCpu(inst);
    const busy = extensionDelta(prev, now).ns + (now.browser - prev.browser);
    prev = now;
    if (busy < 1e6) break;
  }
  return Date.now() - start;
}

/** Navigates the instance's tab and resolves with the page's own done time (ms). */
async function navigateAndWait(browser: Chromium, session: string, url: string): Promise<number> {
  const loaded = browser.cdp.once('Page.loadEventFired', session, 60_000);
  const nav = await browser.cdp.send<{ errorText?: string }>('Page.navigate', { url }, session);
  if (nav.errorText) throw new Error(`navigation to ${url} failed: ${nav.errorText}`);
  await loaded;
  return browser.cdp.evaluate<number>(session, 'window.__benchDone', 60_000);
}

async function measureLoad(inst: Instance, url: string): Promise<LoadSample> {
  const before = await readCpu(inst);
  const loadMs = await navigateAndWait(inst.browser, inst.session, url);
  const settleMs = await waitIdle(inst, 600);
  const after = await readCpu(inst);
  const ext = extensionDelta(before, after);
  return {
    loadMs,
    extensionCpuMs: inst.extensionId ? ext.ns / 1e6 : NaN,
    workerThreadCpuMs: inst.extensionId && !ext.changed ? (after.workerThread - before.workerThread) / 1e6 : NaN,
    browserCpuMs: (after.browser - before.browser) / 1e6,
    settleMs,
    processChanged: ext.changed,
  };
}

/**
 * Runs in the popup before its scripts: resolves window.__popupReady with
 * performance.now() (ms since navigation start) once the failure list is in the
 * DOM, and notes earlier milestones in window.__popupMarks to show where time goes.
 */
const POPUP_PROBE = `window.__popupMarks = {};
window.__popupReady = new Promise((resolve) => {
  const marks = window.__popupMarks;
  document.addEventListener('DOMContentLoaded', () => { marks.domContentLoaded = performance.now(); });
  const mo = new MutationObserver(() => {
    const app = document.getElementById('app');
    if (marks.firstRender === undefined && app && app.firstChild) marks.firstRender = performance.now();
    if (document.querySelector('.groups') !== null) {
      mo.disconnect();
      resolve(performance.now());
    }
  });
  mo.observe(document, { childList: true, subtree: true });
});`;

const POPUP_BREAKDOWN = `(() => {
  const m = window.__popupMarks;
  const f = (v) => (typeof v === 'number' ? v.toFixed(1) : '?');
  return 'DOMContentLoaded (scripts run) ' + f(m.domContentLoaded) + ' ms, first render ' + f(m.firstRender) + ' ms';
})()`;

/** Records 1,000 failures in a new tab and returns the popup's address for it. */
async function preparePopupTab(
  inst: Instance,
  origin: string,
): Promise<{ url: string; recorded: number; tabTarget: string }> {
  const { browser, extensionId } = inst;
  if (!extensionId) throw new Error('popup measure needs the extension');
  // A tab with 1,000 recorded failures.
  const { targetId } = await browser.cdp.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
  const session = await browser.attach(targetId);
  await browser.cdp.send('Page.enable', {}, session);
  await navigateAndWait(browser, session, `${origin}/burst.html?n=1000&r=popup`);
  await waitIdle(inst, 500);

  const sw = await findTarget(browser, (t) => t.type === 'service_worker' && t.url.includes(extensionId));
  const swSession = await browser.attach(sw.targetId);
  const ids = await browser.cdp.evaluate<number[]>(
    swSession,
    `chrome.tabs.query({}).then((ts) => ts.filter((t) => (t.url ?? '').includes('/burst.html')).map((t) => t.id))`,
  );
  const tabId = ids[0];
  if (ids.length !== 1 || tabId === undefined) throw new Error(`expected one burst tab, found ${ids.length}`);
  const key = JSON.stringify(tabKey(tabId));
  // The recorder writes a page that keeps failing at most every 500 ms: wait until
  // storage holds all 1,000 (or give up after 10 s and report what it holds).
  const countStored = `chrome.storage.session.get(${key}).then((all) => Object.values(all[${key}]?.groups ?? {}).reduce((n, g) => n + g.count, 0))`;
  let recorded = 0;
  for (const end = Date.now() + 10_000; Date.now() < end; await sleep(100)) {
    recorded = await browser.cdp.evaluate<number>(swSession, countStored);
    if (recorded >= 1000) break;
  }
  await browser.cdp.send('Target.detachFromTarget', { sessionId: swSession });

  return {
    url: `chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`,
    recorded,
    tabTarget: targetId,
  };
}

/** Opens `url` in a new tab and resolves with the probe's ready time (ms since navigation start). */
async function openReady(browser: Chromium, url: string, withBreakdown: boolean): Promise<[number, string]> {
  const t = await browser.cdp.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
  const s = await browser.attach(t.targetId);
  await browser.cdp.send('Page.enable', {}, s);
  await browser.cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: POPUP_PROBE }, s);
  await browser.cdp.send('Page.navigate', { url }, s);
  const ready = await browser.cdp.evaluate<number>(s, 'window.__popupReady', 15_000);
  const breakdown = withBreakdown
    ? `${await browser.cdp.evaluate<string>(s, POPUP_BREAKDOWN)}, list ${ready.toFixed(1)} ms`
    : '';
  await browser.cdp.send('Target.closeTarget', { targetId: t.targetId });
  return [ready, breakdown];
}

/**
 * Opens the popup `opens` times (after one warm-up open that fills the browser's
 * caches of the extension's files), each time alternating with the floor: the
 * empty-listener extension's page, one module script that adds the element the
 * probe waits for. The floor is what Chromium itself costs to show any extension
 * page with a script, here and now.
 */
async function measurePopup(
  httpWhy: Instance,
  noop: Instance,
  origin: string,
  opens: number,
): Promise<{ ms: number[]; floorMs: number[]; recorded: number; breakdown: string }> {
  const popup = await preparePopupTab(httpWhy, origin);
  if (!noop.extensionId) throw new Error('floor measure needs the empty-listener extension');
  const floorUrl = `chrome-extension://${noop.extensionId}/${NOOP_PAGE}`;
  const ms: number[] = [];
  const floorMs: number[] = [];
  let breakdown = '';
  for (let i = 0; i <= opens; i++) {
    const [ready, b] = await openReady(httpWhy.browser, popup.url, i === 1);
    const [floor] = await openReady(noop.browser, floorUrl, false);
    if (i === 1) breakdown = b;
    if (i > 0) {
      ms.push(ready);
      floorMs.push(floor);
    }
    await sleep(200);
  }
  await httpWhy.browser.cdp.send('Target.closeTarget', { targetId: popup.tabTarget });
  return { ms, floorMs, recorded: popup.recorded, breakdown };
}

function estimate(values: readonly number[], seed: number): EstimateWithCi {
  const ci = medianCi(values, { rng: seededRng(seed) });
  return { value: ci.median, low: ci.low, high: ci.high };
}

export async function runBrowserBench(opts: BrowserBenchOptions): Promise<BrowserResults> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const seed = opts.seed ?? 7;
  const rng = seededRng(seed);
  const warmup = opts.warmupRounds ?? 3;
  const instances = new Map<Variant, Instance>();
  try {
    for (const v of VARIANTS) instances.set(v, await openInstance(v, opts));
    const get = (v: Variant): Instance => instances.get(v) as Instance;
    log(
      `page: ${LOAD_PAGE.okImages + LOAD_PAGE.missingImages + LOAD_PAGE.failingFetches} subresources, ` +
        `${LOAD_PAGE.missingImages + LOAD_PAGE.failingFetches} failing; ${warmup} warm-up + ${opts.rounds} rounds`,
    );

    const rounds: Record<Variant, LoadSample>[] = [];
    for (let r = -warmup; r < opts.rounds; r++) {
      const round: Partial<Record<Variant, LoadSample>> = {};
      for (const v of shuffle(VARIANTS, rng)) {
        round[v] = await withTimeout(measureLoad(get(v), `${opts.origin}/load.html?r=${v}-${r}`), 120_000, `load ${v}`);
      }
      const full = round as Record<Variant, LoadSample>;
      if (r < 0) continue;
      rounds.push(full);
      const changed = VARIANTS.filter((v) => full[v].processChanged);
      log(
        `round ${r + 1}/${opts.rounds}: load ms ` +
          VARIANTS.map((v) => `${v} ${full[v].loadMs.toFixed(0)}`).join(', ') +
          `; worker cpu ms noop ${full.noop.extensionCpuMs.toFixed(1)}, httpwhy ${full.httpwhy.extensionCpuMs.toFixed(1)}` +
          (changed.length > 0 ? ` (extension process changed: ${changed.join(', ')})` : ''),
      );
    }

    const loadRatio = (a: Variant, b: Variant): number[] => rounds.map((x) => x[a].loadMs / x[b].loadMs);
    const cpu = ratioOfMediansCi(
      rounds.map((x) => [x.httpwhy.extensionCpuMs, x.noop.extensionCpuMs] as const),
      { rng: seededRng(seed + 1) },
    );
    const medians = Object.fromEntries(
      VARIANTS.map((v) => [
        v,
        {
          loadMs: median(rounds.map((x) => x[v].loadMs)),
          extensionCpuMs: median(rounds.map((x) => x[v].extensionCpuMs)),
          workerThreadCpuMs: median(rounds.map((x) => x[v].workerThreadCpuMs)),
          browserCpuMs: median(rounds.map((x) => x[v].browserCpuMs)),
          settleMs: median(rounds.map((x) => x[v].settleMs)),
        },
      ]),
    ) as BrowserResults['medians'];

    log(`popup: ${opts.popupOpens ?? 20} opens for a tab with 1,000 failures, each with an empty extension page`);
    const popup = await measurePopup(get('httpwhy'), get('noop'), opts.origin, opts.popupOpens ?? 20);

    return {
      pageLoadRatioVsNoop: estimate(loadRatio('httpwhy', 'noop'), seed + 2),
      pageLoadRatioVsNone: estimate(loadRatio('httpwhy', 'none'), seed + 3),
      workerCpuRatioVsNoop: { value: cpu.ratio, low: cpu.low, high: cpu.high },
      popupReadyMs: estimate(popup.ms, seed + 4),
      popupFloorMs: estimate(popup.floorMs, seed + 5),
      medians,
      rounds,
      popupFailuresRecorded: popup.recorded,
      popupBreakdown: popup.breakdown,
    };
  } finally {
    for (const inst of instances.values()) await inst.browser.close();
  }
}
