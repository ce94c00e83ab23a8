/**
 * CPU time of a process from the kernel's accounting (Linux /proc). Per-thread
 * schedstat gives nanoseconds; /proc/<pid>/stat (clock ticks, usually 10 ms) is
 * the fallback where schedstat is missing.
 */
import { readFileSync, readdirSync } from 'node:fs';

const TICK_NS = 1e9 / 100; // CLK_TCK is 100 on Linux

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * CPU time (user + system) the process has used so far, in ns; undefined once it
 * is gone. With `threadName`, only its threads whose name starts so (Chromium
 * names the service worker's thread "ServiceWorker thread", cut to 15 characters).
 */
export function processCpuNs(pid: number, threadName?: string): number | undefined {
  let tasks: string[] = [];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return undefined;
  }
  let total = 0;
  let viaSchedstat = true;
  for (const tid of tasks) {
    if (threadName !== undefined && !(read(`/proc/${pid}/task/${tid}/comm`) ?? '').startsWith(threadName)) continue;
    const s = read(`/proc/${pid}/task/${tid}/schedstat`);
    const ns = s === undefined ? NaN : Number(s.split(' ')[0]);
    if (!Number.isFinite(ns)) {
      viaSchedstat = false;
      break;
    }
    total += ns;
  }
  if (viaSchedstat) return total;
  if (threadName !== undefined) return undefined;
  const stat = read(`/proc/${pid}/stat`);
  if (stat === undefined) return undefined;
  // Fields after the parenthesised name: utime and stime are the 14th and 15th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_NS;
}

/** The command line of a process, '' once it is gone. */
export function commandLine(pid: number): string {
  return (read(`/proc/${pid}/cmdline`) ?? '').split('\0').join(' ');
}
