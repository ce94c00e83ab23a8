/**
 * Small statistics for the benchmark: medians, a seeded random source, shuffles
 * and bootstrap confidence intervals. Seeded so a run can be repeated exactly.
 */

export type Rng = () => number;

/** A seeded pseudo-random source in [0, 1) (mulberry32). */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Median of the finite values; NaN when there are none. */
export function median(values: readonly number[]): number {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const n = xs.length;
  if (n === 0) return NaN;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? (xs[mid] as number) : ((xs[mid - 1] as number) + (xs[mid] as number)) / 2;
}

/** The q-quantile (0..1) by linear interpolation between order statistics. */
export function quantile(values: readonly number[], q: number): number {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return NaN;
  const pos = Math.min(1, Math.max(0, q)) * (xs.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = xs[lo] as number;
  const b = xs[hi] as number;
  return a + (b - a) * (pos - lo);
}

/** A new array with the items in random order (Fisher-Yates). */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}

export interface Interval {
  readonly low: number;
  readonly high: number;
}

export interface BootstrapOptions {
  /** Resamples drawn; 2,000 gives stable 95% bounds. */
  readonly resamples?: number;
  /** Coverage, 0.95 for a 95% interval. */
  readonly level?: number;
  readonly rng?: Rng;
}

/**
 * Percentile bootstrap interval of `statistic` over `samples`. Samples are drawn
 * whole, so paired data (one round = one sample) keeps its pairing.
 */
export function bootstrapCi<T>(
  samples: readonly T[],
  statistic: (resample: readonly T[]) => number,
  options: BootstrapOptions = {},
): Interval {
  const n = samples.length;
  if (n === 0) return { low: NaN, high: NaN };
  const resamples = options.resamples ?? 2000;
  const level = options.level ?? 0.95;
  const rng = options.rng ?? seededRng(1);
  const stats: number[] = [];
  const draw: T[] = new Array<T>(n);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) draw[i] = samples[Math.floor(rng() * n)] as T;
    stats.push(statistic(draw));
  }
  const tail = (1 - level) / 2;
  return { low: quantile(stats, tail), high: quantile(stats, 1 - tail) };
}

/** Median with its bootstrap 95% interval. */
export function medianCi(values: readonly number[], options: BootstrapOptions = {}): Interval & { median: number } {
  return { median: median(values), ...bootstrapCi(values, median, options) };
}

/**
 * Ratio of medians of paired samples (e.g. per-round CPU of two variants), with a
 * bootstrap interval that resamples whole rounds.
 */
export function ratioOfMediansCi(
  pairs: readonly (readonly [numerator: number, denominator: number])[],
  options: BootstrapOptions = {},
): Interval & { ratio: number } {
  const ratioOf = (ps: readonly (readonly [number, number])[]): number =>
    median(ps.map((p) => p[0])) / median(ps.map((p) => p[1]));
  return { ratio: ratioOf(pairs), ...bootstrapCi(pairs, ratioOf, options) };
}
