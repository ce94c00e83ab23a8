import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, hostPatternProblem, isIgnoredHost, parseSettings } from './settings';

describe('hostPatternProblem', () => {
  it.each([
    'example.com',
    '*.example.com',
    'localhost',
    '127.0.0.1',
    'cdn.example.co.uk',
    'xn--bcher-kva.example',
    'EXAMPLE.com',
    'example.com:8080',
  ])('accepts %s', (p) => {
    expect(hostPatternProblem(p)).toBeNull();
  });

  it.each([
    ['', 'empty'],
    ['https://example.com', 'without "http://"'],
    ['example.com/path', 'without a path'],
    ['ex*ample.com', 'only stand at the start'],
    ['*.*.example.com', 'only stand at the start'],
    ['exa mple.com', 'letters, digits, hyphens'],
    ['-bad.example', 'letters, digits, hyphens'],
    ['bücher.example', 'xn-- form'],
    ['300.1.1.1', 'not a valid IPv4'],
    ['a'.repeat(254), 'longer than a host name'],
    ['*.example.com:8080', 'cannot follow a "*." pattern'],
    ['example.com:99999', 'from 1 to 65535'],
    ['example.com:0', 'from 1 to 65535'],
  ])('rejects "%s" with a message that says why', (p, why) => {
    expect(hostPatternProblem(p)).toContain(why);
  });
});

describe('isIgnoredHost', () => {
  const patterns = ['ads.example', '*.tracker.test', 'localhost:3000'];
  it.each([
    ['ads.example', true],
    ['ads.example:443', true],
    ['sub.ads.example', false],
    ['tracker.test', true],
    ['a.b.tracker.test', true],
    ['nottracker.test', false],
    ['localhost:3000', true],
    ['localhost:4000', false],
  ])('%s -> %s', (host, ignored) => {
    expect(isIgnoredHost(host, patterns)).toBe(ignored);
  });
});

describe('parseSettings', () => {
  it('returns the defaults for nothing or garbage', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('x')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ count: 'nope', badgeEnabled: 'yes' })).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid choices and drops invalid patterns', () => {
    const s = parseSettings({
      count: { client: false, blocked: true },
      countThirdParty: false,
      ignoreHosts: ['Ads.Example', 'https://bad', 42, '*.ok.test'],
      badgeEnabled: false,
      defaultVoice: 'owner',
    });
    expect(s.count).toMatchObject({ client: false, blocked: true, server: true, aborted: false });
    expect(s.countThirdParty).toBe(false);
    expect(s.ignoreHosts).toEqual(['ads.example', '*.ok.test']);
    expect(s.badgeEnabled).toBe(false);
    expect(s.defaultVoice).toBe('owner');
  });
});
