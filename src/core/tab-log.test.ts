import { describe, expect, it } from 'vitest';
import { failure, response } from '../../test/fakes/observations';
import { classify } from './classify';
import type { Observation } from './observation';
import { clip, MAX_URL_LENGTH, toRecord, totalFailures, type TabLog } from './tab-log';
import { addFailure, emptyTabLog, trimOldest } from '../../test/fakes/logs';

function add(log: TabLog, o: Observation, cap?: number): TabLog {
  const c = classify(o);
  if (!c) throw new Error('fixture is not a failure');
  return addFailure(log, toRecord(o, c), cap);
}

describe('tab log', () => {
  it('counts every failure exactly, by key and resource type', () => {
    let log = emptyTabLog(7, 'https://a.example/');
    log = add(log, response(404, { type: 'image' }));
    log = add(log, response(404, { type: 'script' }));
    log = add(log, response(404, { type: 'image' }));
    log = add(log, failure('net::ERR_NAME_NOT_RESOLVED'));
    expect(log.groups['404']).toEqual({ key: '404', cls: 'client', count: 3, types: { image: 2, script: 1 } });
    expect(log.groups['net::ERR_NAME_NOT_RESOLVED']?.count).toBe(1);
    expect(totalFailures(log)).toBe(4);
    expect(log.recent).toHaveLength(4);
  });

  it('is pure: the previous log is unchanged', () => {
    const before = emptyTabLog(1);
    const after = add(before, response(500));
    expect(before.recent).toHaveLength(0);
    expect(before.groups).toEqual({});
    expect(after.recent).toHaveLength(1);
  });

  it('keeps the page document apart as the headline', () => {
    const log = add(add(emptyTabLog(1), response(404, { type: 'main_frame' })), response(404));
    expect(log.mainDocument?.type).toBe('main_frame');
    expect(log.recent).toHaveLength(1);
    expect(log.groups['404']?.count).toBe(2);
  });

  it('keeps only the newest details beyond the cap, with exact counts', () => {
    let log = emptyTabLog(1);
    for (let i = 0; i < 25; i++) log = add(log, response(404, { url: `https://a.example/${i}` }), 10);
    expect(log.recent).toHaveLength(10);
    expect(log.recent[0]?.url).toBe('https://a.example/15');
    expect(log.recent[9]?.url).toBe('https://a.example/24');
    expect(log.dropped).toBe(15);
    expect(log.groups['404']?.count).toBe(25);
  });

  it('trims the oldest records on request', () => {
    let log = emptyTabLog(1);
    for (let i = 0; i < 5; i++) log = add(log, response(500));
    const t = trimOldest(log, 3);
    expect(t.recent).toHaveLength(2);
    expect(t.dropped).toBe(3);
    expect(trimOldest(t, 99).recent).toHaveLength(0);
    expect(trimOldest(log, 0)).toBe(log);
  });

  it('bounds what it keeps from hostile input', () => {
    const huge = 'https://a.example/?' + 'x'.repeat(100_000);
    const rec = toRecord(response(404, { url: huge, method: 'X'.repeat(100) }), { cls: 'client', key: '404' });
    expect(rec.url.length).toBe(MAX_URL_LENGTH);
    expect(rec.url.endsWith('…')).toBe(true);
    expect(rec.method.length).toBeLessThanOrEqual(16);
  });

  it('survives missing fields from odd browser builds', () => {
    const odd = {
      ...response(404),
      method: undefined,
      type: undefined,
      frameId: undefined,
      timeStamp: Number.NaN,
    } as unknown as Observation;
    const rec = toRecord(odd, { cls: 'client', key: '404' });
    expect(rec).toMatchObject({ method: 'GET', type: 'other', frameId: -1, time: 0 });
    expect(clip(null, 10)).toBe('');
  });

  it('keeps the same numbers after a trip through JSON (no -0)', () => {
    const o = { ...response(404), frameId: -0, parentFrameId: -0, timeStamp: -0 } as Observation;
    const rec = toRecord(o, { cls: 'client', key: '404' });
    expect(JSON.parse(JSON.stringify(rec))).toStrictEqual(rec);
    expect(Object.is(rec.time, 0) && Object.is(rec.frameId, 0) && Object.is(rec.parentFrameId, 0)).toBe(true);
  });
});
