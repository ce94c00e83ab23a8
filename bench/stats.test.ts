import { describe, expect, it } from 'vitest';
import { bootstrapCi, median, medianCi, quantile, ratioOfMediansCi, seededRng, shuffle } from './stats';

describe('median', () => {
  it('takes the middle value of an odd count, unsorted input', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('ignores values that are not finite and is NaN for nothing', () => {
    expect(median([NaN, 7, Infinity, 3])).toBe(5);
    expect(median([])).toBeNaN();
  });
});

describe('quantile', () => {
  it('interpolates between order statistics', () => {
    expect(quantile([0, 10], 0.25)).toBe(2.5);
    expect(quantile([3, 1, 2], 0)).toBe(1);
    expect(quantile([3, 1, 2], 1)).toBe(3);
  });
});

describe('seededRng', () => {
  it('repeats the same sequence for the same seed, within [0, 1)', () => {
    const a = seededRng(42);
    const b = seededRng(42);
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBe(100);
  });
});

describe('shuffle', () => {
  it('returns a permutation and leaves the input alone', () => {
    const input = [1, 2, 3, 4, 5, 6, 7, 8];
    const out = shuffle(input, seededRng(7));
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...out].sort((a, b) => a - b)).toEqual(input);
  });

  it('puts each item first about equally often', () => {
    const rng = seededRng(3);
    const firsts = new Map<string, number>();
    for (let i = 0; i < 3000; i++) {
      const first = shuffle(['a', 'b', 'c'], rng)[0] ?? '';
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    for (const k of ['a', 'b', 'c']) {
      expect(firsts.get(k)).toBeGreaterThan(850);
      expect(firsts.get(k)).toBeLessThan(1150);
    }
  });
});

describe('bootstrapCi', () => {
  it('brackets the median of a sample and is narrower with more data', () => {
    const rng = seededRng(11);
    const small = Array.from({ length: 15 }, () => 100 + rng() * 20);
    const large = Array.from({ length: 400 }, () => 100 + rng() * 20);
    const s = medianCi(small);
    const l = medianCi(large);
    expect(s.low).toBeLessThanOrEqual(s.median);
    expect(s.high).toBeGreaterThanOrEqual(s.median);
    expect(l.high - l.low).toBeLessThan(s.high - s.low);
    expect(l.low).toBeGreaterThan(105);
    expect(l.high).toBeLessThan(115);
  });

  it('collapses to the value when every sample is the same', () => {
    expect(bootstrapCi([4, 4, 4, 4], median)).toEqual({ low: 4, high: 4 });
  });

  it('is NaN for no samples', () => {
    const ci = bootstrapCi([], median);
    expect(ci.low).toBeNaN();
    expect(ci.high).toBeNaN();
  });
});

describe('ratioOfMediansCi', () => {
  it('divides the medians and keeps rounds paired', () => {
    const pairs: [number, number][] = [
      [12, 10],
      [24, 20],
      [36, 30],
      [48, 40],
      [60, 50],
    ];
    const r = ratioOfMediansCi(pairs);
    expect(r.ratio).toBeCloseTo(1.2, 10);
    // Every resample of perfectly proportional pairs has the same ratio.
    expect(r.low).toBeCloseTo(1.2, 10);
    expect(r.high).toBeCloseTo(1.2, 10);
  });
});
