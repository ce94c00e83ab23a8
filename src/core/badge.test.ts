import { describe, expect, it } from 'vitest';
import { response, failure } from '../../test/fakes/observations';
import { BADGE_AMBER, BADGE_RED, badgeCountText, badgeFor } from './badge';
import { classify } from './classify';
import type { Observation } from './observation';
import { DEFAULT_SETTINGS } from './settings';
import { toRecord, type TabLog } from './tab-log';
import { addFailure, emptyTabLog } from '../../test/fakes/logs';

function logOf(...obs: Observation[]): TabLog {
  let log = emptyTabLog(1, 'https://example.com/');
  for (const o of obs) {
    const c = classify(o);
    if (c) log = addFailure(log, toRecord(o, c));
  }
  return log;
}

describe('badgeCountText', () => {
  it.each([
    [0, ''],
    [1, '1'],
    [42, '42'],
    [99, '99'],
    [100, '99+'],
    [12345, '99+'],
  ])('%i -> "%s"', (n, text) => {
    expect(badgeCountText(n)).toBe(text);
  });
});

describe('badgeFor', () => {
  it('is empty with a calm title when nothing failed', () => {
    const b = badgeFor(undefined, DEFAULT_SETTINGS);
    expect(b.text).toBe('');
    expect(b.title).toBe('HTTP Why: no failed requests on this page');
  });

  it('is amber for client errors only, and summarises them by code', () => {
    const b = badgeFor(logOf(response(404), response(404), response(403)), DEFAULT_SETTINGS);
    expect(b).toMatchObject({ text: '3', color: BADGE_AMBER, textColor: '#000000' });
    expect(b.title).toBe('HTTP Why: 3 failed requests: 2 × 404 Not Found, 1 × 403 Forbidden');
  });

  it('is red as soon as a 5xx or a network failure counts', () => {
    expect(badgeFor(logOf(response(404), response(500)), DEFAULT_SETTINGS).color).toBe(BADGE_RED);
    expect(badgeFor(logOf(response(404), failure('net::ERR_CONNECTION_REFUSED')), DEFAULT_SETTINGS).color).toBe(
      BADGE_RED,
    );
  });

  it('is red when the page itself failed, even with a 4xx', () => {
    const b = badgeFor(logOf(response(404, { type: 'main_frame' })), DEFAULT_SETTINGS);
    expect(b).toMatchObject({ text: '1', color: BADGE_RED });
  });

  it('does not count aborted or blocked requests, but mentions them', () => {
    const b = badgeFor(
      logOf(response(404), failure('net::ERR_ABORTED'), failure('net::ERR_BLOCKED_BY_CLIENT')),
      DEFAULT_SETTINGS,
    );
    expect(b.text).toBe('1');
    expect(b.title).toBe(
      'HTTP Why: 1 failed request: 1 × 404 Not Found (2 not counted: blocked, cancelled or excluded)',
    );
  });

  it('counts blocked requests when the user asks for them', () => {
    const settings = { ...DEFAULT_SETTINGS, count: { ...DEFAULT_SETTINGS.count, blocked: true } };
    expect(badgeFor(logOf(failure('net::ERR_BLOCKED_BY_CLIENT')), settings).text).toBe('1');
  });

  it('leaves third-party failures out when the user asks', () => {
    const log = logOf(
      response(404, { url: 'https://ads.other.test/pixel' }),
      response(404, { url: 'https://cdn.example.com/app.js' }),
    );
    // logOf builds records without the recorder's party check: mark the first as third-party.
    const g = log.groups['404'];
    const marked = { ...log, groups: { '404': { ...g!, thirdParty: 1 } } };
    expect(badgeFor(marked, DEFAULT_SETTINGS).text).toBe('2');
    const b = badgeFor(marked, { ...DEFAULT_SETTINGS, countThirdParty: false });
    expect(b.text).toBe('1');
    expect(b.title).toContain('(1 not counted: blocked, cancelled or excluded)');
  });

  it('hides the number when the badge is turned off but keeps the title', () => {
    const b = badgeFor(logOf(response(500)), { ...DEFAULT_SETTINGS, badgeEnabled: false });
    expect(b.text).toBe('');
    expect(b.title).toContain('1 × 500 Internal Server Error');
  });

  it('names unknown codes by number and caps the title at six kinds', () => {
    const codes = [404, 410, 418, 429, 451, 460, 499, 500];
    const b = badgeFor(logOf(...codes.map((c) => response(c))), DEFAULT_SETTINGS);
    expect(b.title).toContain('1 × 460');
    expect(b.title).toContain('2 more kinds');
  });
});
