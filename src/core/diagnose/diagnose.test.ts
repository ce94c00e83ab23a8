import { describe, expect, it } from 'vitest';
import type { FailureRecord } from '../tab-log';
import { diagnose } from './diagnose';

const NOW = Date.UTC(2025, 0, 15, 12, 0, 0);

function rec(over: Partial<FailureRecord>): FailureRecord {
  return {
    requestId: '9',
    key: '503',
    cls: 'server',
    url: 'https://app.example.com/api/orders',
    method: 'GET',
    type: 'fetch',
    frameId: 0,
    parentFrameId: -1,
    time: NOW,
    status: 503,
    ...over,
  };
}

describe('diagnose', () => {
  it('puts platforms, hints and context together for a recorded Cloudflare + Netlify 503', () => {
    const d = diagnose(
      rec({
        headers: [
          ['server', 'cloudflare'],
          ['cf-ray', '8f1e2d3c4b5a6978-LHR'],
          ['cf-cache-status', 'STALE'],
          ['x-nf-request-id', '01JHB6W7Y8Z9'],
          ['retry-after', '118'],
        ],
      }),
      'https://www.example.com/orders',
      NOW,
      4,
    );
    expect(d.platforms.map((p) => p.id)).toEqual(['cloudflare', 'netlify']);
    expect(d.hints.map((h) => h.kind)).toEqual(['retry-after', 'cdn-cached', 'request-id', 'request-id']);
    expect(d.hints[0]).toEqual({ kind: 'retry-after', at: NOW + 118_000, seconds: 118, past: false });
    expect(d.context).toEqual([
      { kind: 'party', party: 'first', site: 'example.com', pageSite: 'example.com' },
      { kind: 'role', role: 'subresource' },
      { kind: 'resource', resource: 'api' },
      { kind: 'repeated', count: 4 },
    ]);
  });

  it('defaults to a single occurrence', () => {
    const d = diagnose(rec({}), 'https://www.example.com/', NOW);
    expect(d.context.some((c) => c.kind === 'repeated')).toBe(false);
    expect(d.platforms).toEqual([]);
    expect(d.hints).toEqual([]);
  });

  it('never throws, whatever storage hands back', () => {
    const broken = [
      {},
      { headers: 5, url: null, type: 7, status: 'x', method: {} },
      { headers: [[1, 2], 'x'], initiator: 12 },
      null,
    ];
    for (const b of broken) {
      const d = diagnose(b as unknown as FailureRecord, 42 as unknown as string, Number.NaN, Number.NaN);
      expect(Array.isArray(d.platforms) && Array.isArray(d.hints) && Array.isArray(d.context)).toBe(true);
    }
  });

  it('answers with what it can when one part fails', () => {
    const hostile = rec({ headers: [['server', 'nginx']] });
    Object.defineProperty(hostile, 'url', {
      get() {
        throw new Error('boom');
      },
    });
    const d = diagnose(hostile, 'https://www.example.com/', NOW);
    expect(d.platforms.map((p) => p.id)).toEqual(['nginx']);
    expect(d.context).toEqual([]);
  });
});
