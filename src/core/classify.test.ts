import { describe, expect, it } from 'vitest';
import { failure, response } from '../../test/fakes/observations';
import { classify, classifyError, classifyStatus, MAX_ERROR_LENGTH, normaliseError } from './classify';

describe('classifyStatus', () => {
  it.each([
    [100, null],
    [200, null],
    [204, null],
    [301, null],
    [302, null],
    [304, null],
    [399, null],
    [400, 'client'],
    [404, 'client'],
    [499, 'client'],
    [500, 'server'],
    [599, 'server'],
    [600, 'odd-status'],
    [999, 'odd-status'],
  ] as const)('%i -> %s', (code, cls) => {
    expect(classifyStatus(code)).toBe(cls);
  });

  it('ignores non-integers and NaN', () => {
    expect(classifyStatus(Number.NaN)).toBeNull();
    expect(classifyStatus(404.5)).toBeNull();
  });
});

describe('classifyError', () => {
  it.each([
    ['net::ERR_CONNECTION_REFUSED', 'network'],
    ['NS_ERROR_UNKNOWN_HOST', 'network'],
    ['Peer’s Certificate has expired.', 'network'],
    ['net::ERR_ABORTED', 'aborted'],
    ['NS_BINDING_ABORTED', 'aborted'],
    ['NS_BINDING_CANCELLED_OLD_LOAD', 'aborted'],
    ['net::ERR_BLOCKED_BY_CLIENT', 'blocked'],
    ['NS_ERROR_ABORT', 'blocked'],
    ['NS_ERROR_TRACKING_URI', 'blocked'],
    ['NS_ERROR_FINGERPRINTING_URI', 'blocked'],
    ['NS_ERROR_MALWARE_URI', 'network'],
  ] as const)('%s -> %s', (error, cls) => {
    expect(classifyError(error)).toBe(cls);
  });

  it('does not treat a request handed elsewhere as a failure', () => {
    expect(classifyError('NS_BINDING_REDIRECTED')).toBeNull();
    expect(classifyError('NS_BINDING_RETARGETED')).toBeNull();
  });
});

describe('normaliseError', () => {
  it('trims, bounds and never returns an empty name', () => {
    expect(normaliseError('  net::ERR_FAILED ')).toBe('net::ERR_FAILED');
    expect(normaliseError('')).toBe('unknown network error');
    expect(normaliseError(undefined)).toBe('unknown network error');
    expect(normaliseError(42)).toBe('unknown network error');
    expect(normaliseError('x'.repeat(1000))).toHaveLength(MAX_ERROR_LENGTH);
  });
});

describe('classify', () => {
  it('keys a failing response by its status code', () => {
    expect(classify(response(404))).toEqual({ cls: 'client', key: '404' });
    expect(classify(response(503))).toEqual({ cls: 'server', key: '503' });
  });

  it('never counts successes, redirects or 304s', () => {
    for (const s of [200, 201, 204, 206, 301, 302, 303, 304, 307, 308]) expect(classify(response(s))).toBeNull();
  });

  it('keys a network failure by its error name', () => {
    expect(classify(failure('net::ERR_NAME_NOT_RESOLVED'))).toEqual({
      cls: 'network',
      key: 'net::ERR_NAME_NOT_RESOLVED',
    });
  });

  it('ignores requests of no tab', () => {
    expect(classify(response(500, { tabId: -1 }))).toBeNull();
    expect(classify(failure('net::ERR_FAILED', { tabId: -1 }))).toBeNull();
  });

  it('ignores non-web schemes', () => {
    for (const url of [
      'chrome-extension://abc/popup.html',
      'moz-extension://x/y',
      'data:text/plain,hi',
      'file:///etc/hosts',
      'blob:https://a/b',
    ])
      expect(classify(response(404, { url }))).toBeNull();
    expect(classify(response(404, { url: 'wss://example.com/socket' }))).not.toBeNull();
  });

  it("ignores the extension's own requests, however the origin is written", () => {
    // Chrome: runtime.getURL('') ends with a slash, details.initiator does not.
    expect(
      classify(response(404, { initiator: 'chrome-extension://abcdefgh' }), 'chrome-extension://abcdefgh/'),
    ).toBeNull();
    // Firefox: originUrl is a full URL of the extension page.
    expect(
      classify(
        response(404, { initiator: 'moz-extension://u-u-i-d/src/popup/index.html' }),
        'moz-extension://u-u-i-d/',
      ),
    ).toBeNull();
    // Another extension whose id starts the same is not us.
    expect(
      classify(response(404, { initiator: 'chrome-extension://abcdefghij' }), 'chrome-extension://abcdefgh/'),
    ).not.toBeNull();
    const own = 'chrome-extension://abcdefgh/';
    expect(classify(response(404, { initiator: 'chrome-extension://abcdefgh' }), own.slice(0, -1))).toBeNull();
    expect(classify(response(404, { initiator: 'https://example.com' }), own)).toEqual({ cls: 'client', key: '404' });
  });
});
