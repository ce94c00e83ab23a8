import { describe, expect, it } from 'vitest';
import { failure, response } from '../../../test/fakes/observations';
import { captureHeaders } from '../capture';
import { classify } from '../classify';
import type { Observation } from '../observation';
import { toRecord, type FailureRecord, type TabLog } from '../tab-log';
import { addFailure, emptyTabLog } from '../../../test/fakes/logs';
import { jsonExport } from './json';
import { REDACTED } from './redact';

const META = { generatedAt: Date.UTC(2024, 1, 3, 4, 5, 6), extensionVersion: '0.1.0' };

function add(log: TabLog, o: Observation, cap?: number): TabLog {
  const c = classify(o);
  if (!c) throw new Error('fixture is not a failure');
  const headers = o.outcome.kind === 'response' ? captureHeaders(o.outcome.headers) : undefined;
  return addFailure(log, toRecord(o, c, headers), cap);
}

function sampleLog(): TabLog {
  let log = emptyTabLog(9, 'https://admin:pw@app.example.com/home?access_token=tok1#x', Date.UTC(2024, 1, 3, 4, 0, 0));
  log = add(log, response(500, { type: 'main_frame', url: 'https://app.example.com/home?access_token=tok1' }));
  log = add(
    log,
    response(404, {
      type: 'image',
      url: 'https://cdn.example.com/a.png?sig=s1',
      initiator: 'https://app.example.com/?token=tok2',
    }),
  );
  log = add(log, response(404, { type: 'script' }));
  log = add(log, response(401, { type: 'fetch', headers: [['Location', 'https://login.example.com/cb?code=c0de']] }));
  log = add(log, failure('net::ERR_ABORTED', { url: 'https://app.example.com/poll?apikey=k3y' }));
  return log;
}

describe('jsonExport', () => {
  it('writes the header, the page and the dates in ISO', () => {
    const out = jsonExport(sampleLog(), META);
    expect(out.format).toBe('http-why-export');
    expect(out.version).toBe(1);
    expect(out.generatedAt).toBe('2024-02-03T04:05:06.000Z');
    expect(out.extensionVersion).toBe('0.1.0');
    expect(out.page).toEqual({
      url: `https://${REDACTED}@app.example.com/home?access_token=${REDACTED}#x`,
      startedAt: '2024-02-03T04:00:00.000Z',
    });
  });

  it('writes exact counts per group, largest first, with resource types', () => {
    const out = jsonExport(sampleLog(), META);
    expect(out.counts).toEqual([
      { key: '404', class: 'client', count: 2, types: { image: 1, script: 1 } },
      { key: '401', class: 'client', count: 1, types: { fetch: 1 } },
      { key: '500', class: 'server', count: 1, types: { main_frame: 1 } },
      { key: 'net::ERR_ABORTED', class: 'aborted', count: 1, types: { xmlhttprequest: 1 } },
    ]);
  });

  it('lists the main document first, then the others oldest first, all redacted', () => {
    const out = jsonExport(sampleLog(), META);
    expect(out.failures.map((f) => f.key)).toEqual(['500', '404', '404', '401', 'net::ERR_ABORTED']);
    expect(out.failures.map((f) => f.url)).toEqual([
      `https://app.example.com/home?access_token=${REDACTED}`,
      `https://cdn.example.com/a.png?sig=${REDACTED}`,
      expect.stringMatching(/^https:\/\/example\.com\/r\/\d+$/),
      expect.stringMatching(/^https:\/\/example\.com\/r\/\d+$/),
      `https://app.example.com/poll?apikey=${REDACTED}`,
    ]);
    expect(out.failures[1]?.initiator).toBe(`https://app.example.com/?token=${REDACTED}`);
    expect(out.failures[3]?.headers).toEqual([['location', `https://login.example.com/cb?code=${REDACTED}`]]);
    expect(out.failures[4]?.error).toBe('net::ERR_ABORTED');
    const text = JSON.stringify(out);
    for (const secret of ['pw@', 'tok1', 'tok2', 's1', 'c0de', 'k3y']) expect(text).not.toContain(secret);
  });

  it('keeps every other field of a record as it was', () => {
    const log = sampleLog();
    const out = jsonExport(log, META);
    const original = log.recent[0] as FailureRecord;
    expect(out.failures[1]).toEqual({
      ...original,
      url: `https://cdn.example.com/a.png?sig=${REDACTED}`,
      initiator: `https://app.example.com/?token=${REDACTED}`,
    });
    expect(out.failures[1]).not.toHaveProperty('error');
  });

  it('reports dropped details next to exact counts', () => {
    let log = emptyTabLog(1, 'https://e.example/');
    for (let i = 0; i < 5; i++) log = add(log, response(503), 2);
    const out = jsonExport(log, META);
    expect(out.dropped).toBe(3);
    expect(out.failures).toHaveLength(2);
    expect(out.counts).toEqual([{ key: '503', class: 'server', count: 5, types: { image: 5 } }]);
  });

  it('does not share or change the log', () => {
    const log = sampleLog();
    const before = JSON.stringify(log);
    const out = jsonExport(log, META);
    const first = out.counts[0];
    expect(first?.types.image).toBe(1);
    if (first) first.types.image = 99;
    expect(JSON.stringify(log)).toBe(before);
  });

  it('survives the JSON round trip and odd times', () => {
    const out = jsonExport(emptyTabLog(1, '', Number.NaN), {
      generatedAt: Number.POSITIVE_INFINITY,
      extensionVersion: '',
    });
    expect(JSON.parse(JSON.stringify(out))).toEqual({
      format: 'http-why-export',
      version: 1,
      generatedAt: '1970-01-01T00:00:00.000Z',
      extensionVersion: '',
      page: { url: '', startedAt: '1970-01-01T00:00:00.000Z' },
      counts: [],
      dropped: 0,
      failures: [],
    });
  });
});
