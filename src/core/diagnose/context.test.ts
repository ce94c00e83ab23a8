import { describe, expect, it } from 'vitest';
import type { FailureRecord } from '../tab-log';
import { requestContext, type ContextHint } from './context';

const PAGE = 'https://www.example.com/shop/cart';

/** A failed request as the tab log keeps it, without its outcome. */
function common(url: string): FailureRecord {
  return {
    requestId: '1',
    key: '',
    cls: 'client',
    url,
    method: 'GET',
    type: 'image',
    frameId: 0,
    parentFrameId: -1,
    time: 0,
  };
}

/** A request that got an HTTP answer (404 unless said otherwise). */
function rec(url: string, over: Partial<FailureRecord> = {}): FailureRecord {
  return { ...common(url), key: '404', status: 404, ...over };
}

/** A request that got no answer at all. */
function netError(url: string, error: string, over: Partial<FailureRecord> = {}): FailureRecord {
  return { ...common(url), key: error, cls: 'network', error, ...over };
}

const kinds = (hints: ContextHint[]) => hints.map((h) => h.kind);
const find = <K extends ContextHint['kind']>(hints: ContextHint[], kind: K) =>
  hints.find((h): h is Extract<ContextHint, { kind: K }> => h.kind === kind);

describe('first- or third-party', () => {
  it('another site is third-party', () => {
    expect(find(requestContext(rec('https://cdn.tracker.net/p.gif'), PAGE, 1), 'party')).toEqual({
      kind: 'party',
      party: 'third',
      site: 'tracker.net',
      pageSite: 'example.com',
    });
  });

  it('another subdomain of the same site is first-party', () => {
    expect(find(requestContext(rec('https://static.example.com/logo.png'), PAGE, 1), 'party')?.party).toBe('first');
    expect(find(requestContext(rec('http://api.example.com:8080/x'), PAGE, 1), 'party')?.party).toBe('first');
  });

  it('customers of one hosting platform are different sites', () => {
    const hint = find(requestContext(rec('https://bob.github.io/x.js'), 'https://alice.github.io/', 1), 'party');
    expect(hint?.party).toBe('third');
    expect(
      find(requestContext(rec('https://shop.example.co.uk/a'), 'https://www.example.co.uk/', 1), 'party')?.party,
    ).toBe('first');
    expect(find(requestContext(rec('https://other.co.uk/a'), 'https://www.example.co.uk/', 1), 'party')?.party).toBe(
      'third',
    );
  });

  it('IP hosts and localhost are their own site', () => {
    expect(find(requestContext(rec('http://127.0.0.1:8765/a'), 'http://127.0.0.1:8765/', 1), 'party')?.party).toBe(
      'first',
    );
    expect(find(requestContext(rec('http://10.0.0.2/a'), 'http://10.0.0.1/', 1), 'party')?.party).toBe('third');
    expect(find(requestContext(rec('http://localhost:3000/api'), 'http://localhost:5173/', 1), 'party')).toMatchObject({
      party: 'first',
      site: 'localhost',
    });
    expect(find(requestContext(rec('http://localhost/a'), 'http://127.0.0.1/', 1), 'party')?.party).toBe('third');
  });

  it('is left out for the page itself and when either URL is unusable', () => {
    expect(find(requestContext(rec(PAGE, { type: 'main_frame' }), PAGE, 1), 'party')).toBeUndefined();
    expect(find(requestContext(rec('https://a.example/x'), '', 1), 'party')).toBeUndefined();
    expect(find(requestContext(rec('not a url'), PAGE, 1), 'party')).toBeUndefined();
    expect(find(requestContext(rec('https://a.example/x'), 'about:blank', 1), 'party')).toBeUndefined();
  });
});

describe('role and resource kind', () => {
  it('the page document, a frame, a subresource', () => {
    expect(find(requestContext(rec(PAGE, { type: 'main_frame' }), PAGE, 1), 'role')?.role).toBe('document');
    expect(find(requestContext(rec(PAGE, { type: 'sub_frame' }), PAGE, 1), 'role')?.role).toBe('subframe');
    expect(find(requestContext(rec(PAGE, { type: 'script' }), PAGE, 1), 'role')?.role).toBe('subresource');
    expect(find(requestContext(rec(PAGE, { type: 'main_frame' }), PAGE, 1), 'resource')).toBeUndefined();
  });

  it.each([
    ['xmlhttprequest', 'api'],
    ['fetch', 'api'],
    ['websocket', 'api'],
    ['image', 'image'],
    ['imageset', 'image'],
    ['script', 'script'],
    ['stylesheet', 'stylesheet'],
    ['font', 'font'],
    ['media', 'media'],
    ['ping', 'other'],
    ['other', 'other'],
    ['__proto__', 'other'],
  ])('%s is %s', (type, resource) => {
    expect(find(requestContext(rec('https://www.example.com/x', { type }), PAGE, 1), 'resource')?.resource).toBe(
      resource,
    );
  });
});

describe('CORS likely', () => {
  it('a cross-origin fetch that failed without a status (Chrome and Firefox)', () => {
    for (const error of ['net::ERR_FAILED', 'NS_ERROR_DOM_BAD_URI']) {
      const hints = requestContext(
        netError('https://api.other.net/v1/items', error, { type: 'xmlhttprequest' }),
        PAGE,
        1,
      );
      expect(find(hints, 'cors-likely')).toEqual({
        kind: 'cors-likely',
        requestOrigin: 'https://api.other.net',
        pageOrigin: 'https://www.example.com',
      });
    }
  });

  it('a same-site but cross-origin call counts too', () => {
    const r = netError('https://api.example.com/v1', 'net::ERR_FAILED', { type: 'fetch' });
    expect(kinds(requestContext(r, PAGE, 1))).toContain('cors-likely');
  });

  it('uses the frame that made the call when the browser names it', () => {
    const r = netError('https://api.other.net/v1', 'net::ERR_FAILED', {
      type: 'xmlhttprequest',
      initiator: 'https://api.other.net',
    });
    expect(find(requestContext(r, PAGE, 1), 'cors-likely')).toBeUndefined();
  });

  it('not for same-origin calls, other errors, answers with a status, or images', () => {
    const same = netError('https://www.example.com/api', 'net::ERR_FAILED', { type: 'xmlhttprequest' });
    const refused = netError('https://api.other.net/v1', 'net::ERR_CONNECTION_REFUSED', { type: 'xmlhttprequest' });
    const answered = rec('https://api.other.net/v1', { type: 'xmlhttprequest', status: 500 });
    const image = netError('https://img.other.net/a.png', 'net::ERR_FAILED', { type: 'image' });
    for (const r of [same, refused, answered, image]) {
      expect(find(requestContext(r, PAGE, 1), 'cors-likely')).toBeUndefined();
    }
  });
});

describe('mixed content', () => {
  it('an http request from an https page that got no answer', () => {
    const r = netError('http://cdn.example.com/app.js', 'net::ERR_FAILED', { type: 'script' });
    expect(kinds(requestContext(r, PAGE, 1))).toContain('mixed-content');
    const ws = netError('ws://live.example.com/socket', 'net::ERR_FAILED', { type: 'websocket' });
    expect(kinds(requestContext(ws, PAGE, 1))).toContain('mixed-content');
  });

  it('not from an http page, not to localhost, not for https requests, not when the server answered', () => {
    const cases: [FailureRecord, string][] = [
      [netError('http://cdn.example.com/app.js', 'net::ERR_FAILED'), 'http://www.example.com/'],
      [netError('http://localhost:3000/api', 'net::ERR_FAILED'), PAGE],
      [netError('http://127.0.0.1:8765/api', 'net::ERR_FAILED'), PAGE],
      [netError('https://cdn.example.com/app.js', 'net::ERR_FAILED'), PAGE],
      [rec('http://cdn.example.com/app.js'), PAGE],
      [netError('http://www.example.com/', 'net::ERR_FAILED', { type: 'main_frame' }), PAGE],
    ];
    for (const [r, page] of cases) expect(kinds(requestContext(r, page, 1))).not.toContain('mixed-content');
  });
});

describe('repeated', () => {
  it('from three failures of the same address on', () => {
    expect(find(requestContext(rec(PAGE), PAGE, 2), 'repeated')).toBeUndefined();
    expect(find(requestContext(rec(PAGE), PAGE, 3), 'repeated')).toEqual({ kind: 'repeated', count: 3 });
    expect(find(requestContext(rec(PAGE), PAGE, 5), 'repeated')?.count).toBe(5);
    expect(find(requestContext(rec(PAGE), PAGE, Number.NaN), 'repeated')).toBeUndefined();
    expect(find(requestContext(rec(PAGE), PAGE, Infinity), 'repeated')).toBeUndefined();
  });
});

describe('requestContext as a whole', () => {
  it('describes a third-party script blocked as mixed content, in a stable order', () => {
    const r = netError('http://widgets.partner.io/embed.js', 'net::ERR_FAILED', { type: 'script' });
    expect(kinds(requestContext(r, PAGE, 4))).toEqual(['party', 'role', 'resource', 'mixed-content', 'repeated']);
  });

  it('survives junk fields', () => {
    const junk = { ...rec(PAGE), url: 42, type: null, initiator: {} } as unknown as FailureRecord;
    expect(kinds(requestContext(junk, PAGE, 1))).toEqual(['role', 'resource']);
  });
});
