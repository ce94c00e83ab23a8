/**
 * `npm run bench`: builds what it needs, runs every measure of the performance budget, prints a
 * table against the budgets and writes bench/results.json. Budgets are reported,
 * never enforced: the exit code is 0 whenever the measurements ran.
 *
 *   npm run bench                   # 30 rounds
 *   npm run bench -- --rounds 5     # a quick look
 *   npm run bench -- --no-build     # reuse dist/chrome as it is
 *   npm run bench -- --popup-opens 40
 */
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTarget } from '../scripts/build';
import { runBrowserBench, type BrowserResults, type EstimateWithCi } from './browser-bench';
import { knowledgeTotalGzipKb, popupInitialJsGzipKb } from './bundle-size';
import { runNodeBench } from './node-bench';
import { writeNoopExtension } from './noop-extension';
import { startBenchServer } from './pages';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WORK = join(ROOT, 'bench/.work');

function option(name: string, fallback: number): number {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  const raw = i >= 0 ? Number(args[i + 1]) : NaN;
  return Number.isFinite(raw) && raw > 0 ? Math.floor(raw) : fallback;
}

type Budget = { readonly max: number } | 'report';

interface Row {
  readonly key: string;
  readonly value: number;
  readonly ci?: EstimateWithCi;
  readonly budget: Budget;
  readonly digits: number;
}

function fmt(v: number, digits: number): string {
  return Number.isFinite(v)
    ? v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : 'n/a';
}

function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

function printTable(rows: readonly Row[]): void {
  const lines = rows.map((r) => [
    r.key,
    fmt(r.value, r.digits),
    r.ci ? `${fmt(r.ci.low, r.digits)} to ${fmt(r.ci.high, r.digits)}` : '',
    r.budget === 'report' ? 'report' : `<= ${r.budget.max.toLocaleString('en-US')}`,
    r.budget === 'report' ? '' : r.value <= r.budget.max ? 'yes' : 'NO',
  ]);
  const head = ['key', 'value', '95% CI', 'budget', 'within'];
  const widths = head.map((h, c) => Math.max(h.length, ...lines.map((l) => (l[c] ?? '').length)));
  const show = (cells: readonly string[]): string =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ');
  console.log(show(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) console.log(show(l));
}

function printContext(b: BrowserResults): void {
  console.log(
    '\nper-variant medians (ms): page load / extension process CPU (of it, worker thread) / browser process CPU / idle after',
  );
  for (const [v, m] of Object.entries(b.medians)) {
    const cells = [m.loadMs, m.extensionCpuMs, m.workerThreadCpuMs, m.browserCpuMs, m.settleMs].map((x) => fmt(x, 1));
    console.log(`  ${v.padEnd(8)} ${cells.join(' / ')}`);
  }
  const threadRatio = b.medians.httpwhy.workerThreadCpuMs / b.medians.noop.workerThreadCpuMs;
  console.log(`  worker thread only, httpwhy / noop: ${fmt(threadRatio, 3)}`);
  const restarts = b.rounds.filter((r) => r.noop.processChanged || r.httpwhy.processChanged).length;
  if (restarts > 0) console.log(`  (the extension process changed during ${restarts} round(s))`);
  console.log(`popup tab: ${b.popupFailuresRecorded} failures recorded; first timed open: ${b.popupBreakdown}`);
  const f = b.popupFloorMs;
  console.log(
    `floor: an extension page with one empty module script, opened alternately: ${fmt(f.value, 1)} ms (${fmt(f.low, 1)} to ${fmt(f.high, 1)})`,
  );
}

async function main(): Promise<void> {
  process.chdir(ROOT);
  const rounds = option('--rounds', 30);
  const started = Date.now();

  const dist = process.argv.includes('--no-build') ? 'dist/chrome' : await buildTarget('chrome');
  // Load a private copy: a rebuild of dist/ during the run must not change what is measured.
  const httpWhyDir = join(WORK, 'httpwhy');
  rmSync(httpWhyDir, { recursive: true, force: true });
  cpSync(resolve(dist), httpWhyDir, { recursive: true });
  const noopDir = writeNoopExtension(join(WORK, 'noop'));

  console.log('node: handler, storage and heap measures');
  const node = await runNodeBench();
  const popupJs = popupInitialJsGzipKb(httpWhyDir);
  const knowledge = knowledgeTotalGzipKb(httpWhyDir);

  console.log('chromium: none / noop / httpwhy, one browser each');
  const server = await startBenchServer();
  let browser: BrowserResults;
  try {
    browser = await runBrowserBench({
      origin: server.origin,
      noopDir,
      httpWhyDir,
      rounds,
      popupOpens: option('--popup-opens', 20),
      seed: option('--seed', 7),
    });
  } finally {
    await server.close();
  }

  const rows: Row[] = [
    { key: 'handler_ns_per_ok_event', value: node.handler_ns_per_ok_event, budget: { max: 1000 }, digits: 1 },
    {
      key: 'handler_ns_per_failure_event',
      value: node.handler_ns_per_failure_event,
      budget: { max: 20000 },
      digits: 0,
    },
    {
      key: 'storage_writes_per_1000_failures',
      value: node.storage_writes_per_1000_failures,
      budget: { max: 20 },
      digits: 0,
    },
    {
      key: 'worker_cpu_ratio_vs_noop',
      value: browser.workerCpuRatioVsNoop.value,
      ci: browser.workerCpuRatioVsNoop,
      budget: { max: 1.25 },
      digits: 3,
    },
    {
      key: 'page_load_ratio_vs_noop',
      value: browser.pageLoadRatioVsNoop.value,
      ci: browser.pageLoadRatioVsNoop,
      budget: { max: 1.03 },
      digits: 3,
    },
    {
      key: 'page_load_ratio_vs_none',
      value: browser.pageLoadRatioVsNone.value,
      ci: browser.pageLoadRatioVsNone,
      budget: 'report',
      digits: 3,
    },
    {
      key: 'popup_ready_ms_1000',
      value: browser.popupReadyMs.value,
      ci: browser.popupReadyMs,
      budget: { max: 60 },
      digits: 1,
    },
    { key: 'popup_initial_js_gzip_kb', value: popupJs.kb, budget: { max: 30 }, digits: 2 },
    { key: 'knowledge_total_gzip_kb', value: knowledge.kb, budget: 'report', digits: 2 },
    { key: 'worker_heap_mb_50x1000', value: node.worker_heap_mb_50x1000, budget: { max: 16 }, digits: 2 },
  ];

  const results: Record<string, number | string> = {};
  for (const r of rows) results[r.key] = round(r.value, r.digits);
  results['page_load_ratio_vs_noop_ci_high'] = round(browser.pageLoadRatioVsNoop.high, 3);
  results['cores'] = cpus().length;
  results['date'] = new Date().toISOString();
  writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');

  console.log(`\n${rounds} rounds, ${cpus().length} cores, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  printTable(rows);
  printContext(browser);
  console.log(
    `\nwrote bench/results.json (popup JS: ${popupJs.files.length} files; ${knowledge.chunks} knowledge chunks)`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
