import { describe, expect, it } from 'vitest';
import { normaliseHeaders, printable, valuesOf } from './headers';

describe('header helpers', () => {
  it('normalise names and values and drop junk entries', () => {
    const raw = [[' Server ', ' nginx '], ['X-Cache', 'HIT'], null, ['a'], ['b', 1], 'c: d'];
    expect(normaliseHeaders(raw)).toEqual([
      ['server', 'nginx'],
      ['x-cache', 'HIT'],
    ]);
    expect(normaliseHeaders(undefined)).toEqual([]);
    expect(normaliseHeaders({ length: 1, 0: ['server', 'x'] })).toEqual([]);
  });

  it('return every value of a repeated header, in order', () => {
    const h: [string, string][] = [
      ['via', 'a'],
      ['server', 'x'],
      ['via', 'b'],
    ];
    expect(valuesOf(h, 'via')).toEqual(['a', 'b']);
    expect(valuesOf(h, 'allow')).toEqual([]);
  });

  it('turn control characters into single spaces', () => {
    expect(printable('a\r\n\tb\u0000c\u007f')).toBe('a b c ');
  });
});
