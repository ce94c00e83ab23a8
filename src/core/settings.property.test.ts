import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FailureClass } from './classify';
import {
  DEFAULT_SETTINGS,
  hostPatternProblem,
  isIgnoredHost,
  MAX_IGNORE_PATTERNS,
  normalisePattern,
  parseSettings,
  type Settings,
} from './settings';

/**
 * Property-based tests: settings come back from storage.sync, which another
 * version of the extension, a sync conflict or a person with DevTools may have
 * written. Whatever is there, reading it gives complete, valid settings.
 */

const CLASSES: readonly FailureClass[] = ['client', 'server', 'odd-status', 'network', 'aborted', 'blocked'];

const PATTERNS = [
  'example.com',
  '*.example.com',
  'EXAMPLE.com',
  ' cdn.example.co.uk ',
  'localhost',
  '127.0.0.1',
  '127.0.0.1:8080',
  'xn--mnchen-3ya.de',
  'https://example.com',
  'example.com/path',
  '*.*.example.com',
  'münchen.de',
  '300.1.1.1',
  '-bad.example',
  '*.',
  '',
  ' ',
  '\u0000',
  '__proto__',
  'a'.repeat(300),
];

/** Strings of every kind, pattern-like ones among them. */
const patternArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...PATTERNS),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.stringMatching(/^(\*\.)?[a-z0-9-]{1,10}(\.[a-z0-9-]{1,10}){0,3}(:\d{1,6})?$/),
  fc.domain(),
);

/** Objects shaped like settings, with every field possibly of the wrong type. */
const settingsLike: fc.Arbitrary<unknown> = fc.record(
  {
    count: fc.oneof(
      fc.dictionary(fc.constantFrom(...CLASSES, 'other', '__proto__'), fc.oneof(fc.boolean(), fc.jsonValue())),
      fc.jsonValue(),
    ),
    countThirdParty: fc.oneof(fc.boolean(), fc.jsonValue()),
    ignoreHosts: fc.oneof(fc.array(fc.oneof(patternArb, fc.jsonValue()), { maxLength: 300 }), fc.jsonValue()),
    badgeEnabled: fc.oneof(fc.boolean(), fc.jsonValue()),
    defaultVoice: fc.oneof(fc.constantFrom('visitor', 'owner', 'Owner', ''), fc.jsonValue()),
  },
  { requiredKeys: [] },
);

const anyInput: fc.Arbitrary<unknown> = fc.oneof(settingsLike, fc.jsonValue(), fc.anything());

function expectValid(s: Settings): void {
  expect(Object.keys(s).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  expect(Object.keys(s.count).sort()).toEqual([...CLASSES].sort());
  for (const c of CLASSES) expect(typeof s.count[c]).toBe('boolean');
  expect(typeof s.countThirdParty).toBe('boolean');
  expect(typeof s.badgeEnabled).toBe('boolean');
  expect(['visitor', 'owner']).toContain(s.defaultVoice);
  expect(Array.isArray(s.ignoreHosts)).toBe(true);
  expect(s.ignoreHosts.length).toBeLessThanOrEqual(MAX_IGNORE_PATTERNS);
  for (const p of s.ignoreHosts) {
    expect(typeof p).toBe('string');
    expect(hostPatternProblem(p)).toBeNull();
    expect(normalisePattern(p)).toBe(p);
  }
}

describe('settings (property-based)', () => {
  it('parseSettings never throws and always returns complete, valid settings', () => {
    fc.assert(
      fc.property(anyInput, (raw) => {
        expectValid(parseSettings(raw));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every well-typed value and defaults only the others', () => {
    fc.assert(
      fc.property(settingsLike, (raw) => {
        const s = parseSettings(raw);
        const r = raw as Record<string, unknown>;
        const c = (typeof r['count'] === 'object' && r['count'] !== null ? r['count'] : {}) as Record<string, unknown>;
        for (const k of CLASSES) {
          const v = Object.hasOwn(c, k) ? c[k] : undefined;
          expect(s.count[k]).toBe(typeof v === 'boolean' ? v : DEFAULT_SETTINGS.count[k]);
        }
        for (const k of ['countThirdParty', 'badgeEnabled'] as const) {
          const v = r[k];
          expect(s[k]).toBe(typeof v === 'boolean' ? v : DEFAULT_SETTINGS[k]);
        }
        expect(s.defaultVoice).toBe(r['defaultVoice'] === 'owner' ? 'owner' : 'visitor');
        // Every valid pattern is kept, in order, normalised, up to the limit.
        const list = Array.isArray(r['ignoreHosts']) ? (r['ignoreHosts'] as unknown[]) : [];
        const valid = list
          .filter((p): p is string => typeof p === 'string' && hostPatternProblem(p) === null)
          .map(normalisePattern);
        expect(s.ignoreHosts).toEqual(valid.slice(0, MAX_IGNORE_PATTERNS));
      }),
      { numRuns: 500 },
    );
  });

  it('is a fixed point: reading settings it produced changes nothing', () => {
    fc.assert(
      fc.property(anyInput, (raw) => {
        const once = parseSettings(raw);
        expect(parseSettings(JSON.parse(JSON.stringify(once)))).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });

  it('hostPatternProblem never throws; it accepts only hosts, and says why otherwise', () => {
    fc.assert(
      fc.property(patternArb, (p) => {
        const problem = hostPatternProblem(p);
        if (problem !== null) {
          expect(typeof problem).toBe('string');
          expect(problem.length).toBeGreaterThan(0);
          return;
        }
        const n = normalisePattern(p);
        expect(n.length).toBeLessThanOrEqual(253);
        expect(n).toMatch(/^(\*\.)?[a-z0-9.-]+(:\d{1,5})?$/);
        // An accepted pattern matches the host it names.
        const host = n.replace(/^\*\./, '');
        expect(isIgnoredHost(host, [n])).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
