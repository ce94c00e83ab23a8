import { describe, expect, it } from 'vitest';
import { failure, response } from '../../../test/fakes/observations';
import { captureHeaders } from '../capture';
import { classify } from '../classify';
import type { Observation } from '../observation';
import { toRecord, type FailureRecord, type TabLog } from '../tab-log';
import { addFailure, emptyTabLog } from '../../../test/fakes/logs';
import { harFromLog, queryStringOf } from './har';
import { REDACTED } from './redact';

const META = { browserName: 'Firefox', browserVersion: '140.0', creatorVersion: '0.1.0' };

function add(log: TabLog, o: Observation): TabLog {
  const c = classify(o);
  if (!c) throw new Error('fixture is not a failure');
  const headers = o.outcome.kind === 'response' ? captureHeaders(o.outcome.headers) : undefined;
  return addFailure(log, toRecord(o, c, headers));
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The required fields and types of HAR 1.2
 * (http://www.softwareishard.com/blog/har-12-spec/), checked structurally.
 * Returns the problems found; an empty list means valid.
 */
function validateHar(har: unknown): string[] {
  const problems: string[] = [];
  const obj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const need = (
    o: Record<string, unknown>,
    path: string,
    key: string,
    type: 'string' | 'number' | 'object' | 'array',
  ): unknown => {
    const v = o[key];
    const ok =
      type === 'array'
        ? Array.isArray(v)
        : type === 'object'
          ? obj(v)
          : typeof v === type && (type !== 'number' || Number.isFinite(v));
    if (!ok) problems.push(`${path}.${key} should be ${type}`);
    return v;
  };
  const nameValues = (v: unknown, path: string): void => {
    if (!Array.isArray(v)) return;
    v.forEach((nv, i) => {
      if (!obj(nv)) return void problems.push(`${path}[${i}] should be object`);
      need(nv, `${path}[${i}]`, 'name', 'string');
      need(nv, `${path}[${i}]`, 'value', 'string');
    });
  };
  const customOnly = (o: Record<string, unknown>, path: string, known: string[]): void => {
    for (const k of Object.keys(o))
      if (!known.includes(k) && !k.startsWith('_')) problems.push(`${path}.${k} is not HAR`);
  };
  if (!obj(har)) return ['not an object'];
  const log = need(har, 'har', 'log', 'object');
  if (!obj(log)) return problems;
  if (log.version !== '1.2') problems.push('log.version should be "1.2"');
  const creator = need(log, 'log', 'creator', 'object');
  if (obj(creator)) {
    need(creator, 'log.creator', 'name', 'string');
    need(creator, 'log.creator', 'version', 'string');
  }
  if (log.browser !== undefined) {
    const browser = need(log, 'log', 'browser', 'object');
    if (obj(browser)) {
      need(browser, 'log.browser', 'name', 'string');
      need(browser, 'log.browser', 'version', 'string');
    }
  }
  const pageIds = new Set<string>();
  if (log.pages !== undefined) {
    const pages = need(log, 'log', 'pages', 'array');
    (Array.isArray(pages) ? pages : []).forEach((p: unknown, i) => {
      const path = `log.pages[${i}]`;
      if (!obj(p)) return void problems.push(`${path} should be object`);
      const started = need(p, path, 'startedDateTime', 'string');
      if (typeof started === 'string' && !ISO.test(started)) problems.push(`${path}.startedDateTime is not ISO 8601`);
      const id = need(p, path, 'id', 'string');
      if (typeof id === 'string') pageIds.add(id);
      need(p, path, 'title', 'string');
      need(p, path, 'pageTimings', 'object');
    });
  }
  const entries = need(log, 'log', 'entries', 'array');
  (Array.isArray(entries) ? entries : []).forEach((e: unknown, i) => {
    const path = `log.entries[${i}]`;
    if (!obj(e)) return void problems.push(`${path} should be object`);
    customOnly(e, path, [
      'pageref',
      'startedDateTime',
      'time',
      'request',
      'response',
      'cache',
      'timings',
      'serverIPAddress',
      'connection',
      'comment',
    ]);
    if (e.pageref !== undefined && (typeof e.pageref !== 'string' || !pageIds.has(e.pageref))) {
      problems.push(`${path}.pageref names no page`);
    }
    const started = need(e, path, 'startedDateTime', 'string');
    if (typeof started === 'string' && !ISO.test(started)) problems.push(`${path}.startedDateTime is not ISO 8601`);
    const time = need(e, path, 'time', 'number');
    const req = need(e, path, 'request', 'object');
    if (obj(req)) {
      const rp = `${path}.request`;
      need(req, rp, 'method', 'string');
      need(req, rp, 'url', 'string');
      need(req, rp, 'httpVersion', 'string');
      nameValues(need(req, rp, 'cookies', 'array'), `${rp}.cookies`);
      nameValues(need(req, rp, 'headers', 'array'), `${rp}.headers`);
      nameValues(need(req, rp, 'queryString', 'array'), `${rp}.queryString`);
      need(req, rp, 'headersSize', 'number');
      need(req, rp, 'bodySize', 'number');
    }
    const res = need(e, path, 'response', 'object');
    if (obj(res)) {
      const rp = `${path}.response`;
      customOnly(res, rp, [
        'status',
        'statusText',
        'httpVersion',
        'cookies',
        'headers',
        'content',
        'redirectURL',
        'headersSize',
        'bodySize',
        'comment',
      ]);
      need(res, rp, 'status', 'number');
      need(res, rp, 'statusText', 'string');
      need(res, rp, 'httpVersion', 'string');
      nameValues(need(res, rp, 'cookies', 'array'), `${rp}.cookies`);
      nameValues(need(res, rp, 'headers', 'array'), `${rp}.headers`);
      const content = need(res, rp, 'content', 'object');
      if (obj(content)) {
        need(content, `${rp}.content`, 'size', 'number');
        need(content, `${rp}.content`, 'mimeType', 'string');
      }
      need(res, rp, 'redirectURL', 'string');
      need(res, rp, 'headersSize', 'number');
      need(res, rp, 'bodySize', 'number');
    }
    need(e, path, 'cache', 'object');
    const timings = need(e, path, 'timings', 'object');
    if (obj(timings)) {
      let sum = 0;
      for (const k of ['send', 'wait', 'receive']) {
        const v = need(timings, `${path}.timings`, k, 'number');
        if (typeof v === 'number' && v < 0) problems.push(`${path}.timings.${k} must not be -1`);
      }
      for (const k of ['blocked', 'dns', 'connect', 'send', 'wait', 'receive', 'ssl']) {
        const v = timings[k];
        if (v !== undefined && (typeof v !== 'number' || v < -1)) problems.push(`${path}.timings.${k} is invalid`);
        if (typeof v === 'number' && v > 0 && k !== 'ssl') sum += v;
      }
      if (typeof time === 'number' && time !== sum) problems.push(`${path}.time should be the sum of the timings`);
    }
  });
  return problems;
}

function sampleLog(): TabLog {
  let log = emptyTabLog(3, 'https://shop.example.com/cart?session=abc123', Date.UTC(2024, 4, 6, 7, 8, 9));
  log = add(
    log,
    response(503, {
      type: 'main_frame',
      url: 'https://shop.example.com/cart?session=abc123',
      timeStamp: Date.UTC(2024, 4, 6, 7, 8, 9, 500),
      headers: [
        ['Server', 'cloudflare'],
        ['CF-RAY', '8a1b2c3d4e5f6a7b-LHR'],
        ['Content-Type', 'text/html; charset=UTF-8'],
        ['Set-Cookie', 'sid=secret; HttpOnly'],
        ['Retry-After', '120'],
      ],
    }),
  );
  log = add(
    log,
    response(404, {
      type: 'image',
      url: 'https://cdn.example.com/img/a.png?X-Amz-Signature=deadbeef&w=200&w=400&flag',
      timeStamp: Date.UTC(2024, 4, 6, 7, 8, 10),
    }),
  );
  log = add(
    log,
    response(401, {
      type: 'xmlhttprequest',
      method: 'POST',
      url: 'https://api.example.com/pay',
      headers: [['Location', 'https://login.example.com/?code=c0de&next=%2F']],
    }),
  );
  log = add(log, failure('net::ERR_NAME_NOT_RESOLVED', { url: 'https://u:p@gone.example/x.js', type: 'script' }));
  return log;
}

describe('harFromLog', () => {
  it('produces a valid HAR 1.2 archive for responses, network errors and a failed page', () => {
    const har = harFromLog(sampleLog(), META);
    expect(validateHar(har)).toEqual([]);
    expect(validateHar(JSON.parse(JSON.stringify(har)))).toEqual([]);
    expect(har.log.entries).toHaveLength(4);
  });

  it('the validator catches broken archives', () => {
    const har = JSON.parse(JSON.stringify(harFromLog(sampleLog(), META)));
    har.log.version = '1.1';
    delete har.log.entries[0].response.content.mimeType;
    har.log.entries[1].startedDateTime = 'yesterday';
    har.log.entries[2].request.cookies = null;
    har.log.entries[3].timings.wait = -1;
    har.log.entries[3].pageref = 'nope';
    expect(validateHar(har)).toEqual([
      'log.version should be "1.2"',
      'log.entries[0].response.content.mimeType should be string',
      'log.entries[1].startedDateTime is not ISO 8601',
      'log.entries[2].request.cookies should be array',
      'log.entries[3].pageref names no page',
      'log.entries[3].timings.wait must not be -1',
    ]);
  });

  it('describes the creator, the browser and the page', () => {
    const { log } = harFromLog(sampleLog(), META);
    expect(log.version).toBe('1.2');
    expect(log.creator).toEqual({ name: 'HTTP Why', version: '0.1.0' });
    expect(log.browser).toEqual({ name: 'Firefox', version: '140.0' });
    expect(log.pages).toEqual([
      {
        startedDateTime: '2024-05-06T07:08:09.000Z',
        id: 'page_1',
        title: `https://shop.example.com/cart?session=${REDACTED}`,
        pageTimings: { onContentLoad: -1, onLoad: -1 },
      },
    ]);
  });

  it('puts the main document first, with its diagnostic headers and never cookies', () => {
    const [main] = harFromLog(sampleLog(), META).log.entries;
    expect(main?._resourceType).toBe('main_frame');
    expect(main?.startedDateTime).toBe('2024-05-06T07:08:09.500Z');
    expect(main?.request.url).toBe(`https://shop.example.com/cart?session=${REDACTED}`);
    expect(main?.request.queryString).toEqual([{ name: 'session', value: REDACTED }]);
    expect(main?.response.status).toBe(503);
    expect(main?.response.httpVersion).toBe('HTTP/1.1');
    expect(main?.response.headers).toEqual([
      { name: 'server', value: 'cloudflare' },
      { name: 'cf-ray', value: '8a1b2c3d4e5f6a7b-LHR' },
      { name: 'content-type', value: 'text/html; charset=UTF-8' },
      { name: 'retry-after', value: '120' },
    ]);
    expect(main?.response.content).toEqual({ size: 0, mimeType: 'text/html; charset=UTF-8' });
    expect(JSON.stringify(main)).not.toMatch(/set-cookie|sid=secret|abc123/i);
  });

  it('writes a response entry with the redacted URL, parsed query, and unknown sizes', () => {
    const entry = harFromLog(sampleLog(), META).log.entries[1];
    expect(entry?.request).toEqual({
      method: 'GET',
      url: `https://cdn.example.com/img/a.png?X-Amz-Signature=${REDACTED}&w=200&w=400&flag`,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: [],
      queryString: [
        { name: 'X-Amz-Signature', value: REDACTED },
        { name: 'w', value: '200' },
        { name: 'w', value: '400' },
        { name: 'flag', value: '' },
      ],
      headersSize: -1,
      bodySize: -1,
    });
    expect(entry?.response.status).toBe(404);
    expect(entry?.response.content.mimeType).toBe('x-unknown');
    expect(entry?.response._error).toBeUndefined();
    expect(entry?.time).toBe(0);
    expect(entry?.cache).toEqual({});
    expect(entry?.timings).toEqual({ blocked: -1, dns: -1, connect: -1, send: 0, wait: 0, receive: 0, ssl: -1 });
    expect(entry?.pageref).toBe('page_1');
  });

  it('redacts URLs in captured header values', () => {
    const entry = harFromLog(sampleLog(), META).log.entries[2];
    expect(entry?.request.method).toBe('POST');
    expect(entry?.response.headers).toEqual([
      { name: 'location', value: `https://login.example.com/?code=${REDACTED}&next=%2F` },
    ]);
  });

  it('writes a network error as status 0 with the error name', () => {
    const entry = harFromLog(sampleLog(), META).log.entries[3];
    expect(entry?.request.url).toBe(`https://${REDACTED}@gone.example/x.js`);
    expect(entry?.response).toMatchObject({
      status: 0,
      statusText: 'net::ERR_NAME_NOT_RESOLVED',
      httpVersion: '',
      _error: 'net::ERR_NAME_NOT_RESOLVED',
      headers: [],
      content: { size: 0, mimeType: 'x-unknown' },
    });
  });

  it('reads the reason phrase and version from the status line, when there is one', () => {
    const base: FailureRecord = {
      requestId: '1',
      key: '404',
      cls: 'client',
      url: 'https://e.example/',
      method: 'GET',
      type: 'fetch',
      frameId: 0,
      parentFrameId: -1,
      time: 0,
      status: 404,
      ip: '203.0.113.7',
    };
    const entries = harFromLog(
      {
        ...emptyTabLog(1),
        recent: [
          { ...base, statusLine: 'HTTP/1.1 404 Not Found' },
          { ...base, statusLine: 'HTTP/2 404' },
          { ...base, statusLine: 'garbage' },
          { ...base, statusLine: 'HTTP/1.0 404 <script>alert(1)</script>' },
        ],
      },
      META,
    ).log.entries;
    expect(entries.map((e) => [e.response.httpVersion, e.request.httpVersion, e.response.statusText])).toEqual([
      ['HTTP/1.1', 'HTTP/1.1', 'Not Found'],
      ['HTTP/2', 'HTTP/2', ''],
      ['', '', ''],
      ['HTTP/1.0', 'HTTP/1.0', '<script>alert(1)</script>'],
    ]);
    expect(entries[0]?.serverIPAddress).toBe('203.0.113.7');
    expect(validateHar({ log: { ...harFromLog(emptyTabLog(1), META).log, entries } })).toEqual([]);
  });

  it('is valid for an empty log and for odd times', () => {
    const har = harFromLog(emptyTabLog(1, '', Number.NaN), META);
    expect(har.log.entries).toEqual([]);
    expect(har.log.pages[0]?.startedDateTime).toBe('1970-01-01T00:00:00.000Z');
    expect(validateHar(har)).toEqual([]);
    const odd = harFromLog(
      {
        ...emptyTabLog(1),
        recent: [{ ...toRecord(failure('net::ERR_FAILED'), { cls: 'network', key: 'net::ERR_FAILED' }), time: 1e300 }],
      },
      META,
    );
    expect(validateHar(odd)).toEqual([]);
  });

  it('leaves out malformed header pairs and cookie headers that slipped through', () => {
    const rec = {
      ...toRecord(response(500), { cls: 'server', key: '500' }),
      headers: [['set-cookie', 'a=b'], ['server', 'nginx'], ['x-bad'], 'junk'] as unknown as FailureRecord['headers'],
    } as FailureRecord;
    const [entry] = harFromLog({ ...emptyTabLog(1), recent: [rec] }, META).log.entries;
    expect(entry?.response.headers).toEqual([{ name: 'server', value: 'nginx' }]);
  });
});

describe('queryStringOf', () => {
  it('splits the query only, decoded, and ignores the fragment', () => {
    expect(queryStringOf('https://e.example/p?a=1&b=x%20y+z&c#d=2')).toEqual([
      { name: 'a', value: '1' },
      { name: 'b', value: 'x y z' },
      { name: 'c', value: '' },
    ]);
    expect(queryStringOf('https://e.example/p#q?a=1')).toEqual([]);
    expect(queryStringOf('not a url')).toEqual([]);
    expect(queryStringOf('?%E0%A4%A=1&b')).toHaveLength(2);
  });
});
