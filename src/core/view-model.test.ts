import { describe, expect, it } from 'vitest';
import { failure, logFrom, response } from '../../test/fakes/logs';
import { DEFAULT_SETTINGS } from './settings';
import { failureLabel, tabView } from './view-model';

describe('tabView', () => {
  it('is empty for an unknown tab', () => {
    expect(tabView(undefined, DEFAULT_SETTINGS)).toMatchObject({ counted: [], apart: [], countedTotal: 0 });
  });

  it('orders groups: page failure, then network, server, client; noise apart', () => {
    const log = logFrom(
      'https://a.example/',
      response(404),
      response(404),
      response(500),
      failure('net::ERR_CONNECTION_RESET'),
      failure('net::ERR_ABORTED'),
      response(403, { type: 'main_frame' }),
    );
    const v = tabView(log, DEFAULT_SETTINGS);
    expect(v.counted.map((g) => g.key)).toEqual(['403', 'net::ERR_CONNECTION_RESET', '500', '404']);
    expect(v.apart.map((g) => g.key)).toEqual(['net::ERR_ABORTED']);
    expect(v.countedTotal).toBe(5);
    expect(v.apartTotal).toBe(1);
    expect(v.counted[0]?.requests[0]?.type).toBe('main_frame');
    expect(v.mainDocument?.key).toBe('403');
  });

  it('lists each group’s requests newest first', () => {
    const log = logFrom(
      'https://a.example/',
      response(404, { url: 'https://a.example/1' }),
      response(404, { url: 'https://a.example/2' }),
    );
    expect(tabView(log, DEFAULT_SETTINGS).counted[0]?.requests.map((r) => r.url)).toEqual([
      'https://a.example/2',
      'https://a.example/1',
    ]);
  });

  it('moves a group apart when all of it is third-party and those do not count', () => {
    const log = logFrom('https://a.example/', response(404));
    const g = log.groups['404'];
    const marked = { ...log, groups: { '404': { ...g!, thirdParty: 1 } } };
    const v = tabView(marked, { ...DEFAULT_SETTINGS, countThirdParty: false });
    expect(v.counted).toEqual([]);
    expect(v.apart[0]?.thirdParty).toBe(1);
    expect(v.apartTotal).toBe(1);
  });

  it('labels codes by name and errors by themselves', () => {
    expect(failureLabel('503')).toBe('503 Service Unavailable');
    expect(failureLabel('799')).toBe('799');
    expect(failureLabel('net::ERR_FAILED')).toBe('net::ERR_FAILED');
  });
});
