import { describe, expect, it } from 'vitest';
import { response } from '../../test/fakes/observations';
import { classify } from './classify';
import { META_KEY, parseStoredState, parseStoredTab, STATE_VERSION, tabKey } from './stored-state';
import { addFailure, emptyTabLog, toRecord } from './tab-log';

const o = response(404);
const good = addFailure(emptyTabLog(3, 'https://a.example/'), toRecord(o, classify(o)!));

describe('stored state', () => {
  it('reads back what the recorder writes', () => {
    const loaded = parseStoredState({ [META_KEY]: { version: STATE_VERSION }, [tabKey(3)]: structuredClone(good) });
    expect(loaded.problem).toBeUndefined();
    expect(loaded.tabs.get(3)).toEqual(good);
  });

  it('starts empty without complaint when nothing is stored', () => {
    expect(parseStoredState({})).toEqual({ tabs: new Map() });
  });

  it('drops state of another version and says why', () => {
    const loaded = parseStoredState({ [META_KEY]: { version: 0 }, [tabKey(3)]: good });
    expect(loaded.tabs.size).toBe(0);
    expect(loaded.problem).toMatch(/version 0, expected 1/);
    expect(parseStoredState({ [tabKey(3)]: good }).problem).toMatch(/version none/);
  });

  it('drops corrupted state and names the entry', () => {
    const meta = { [META_KEY]: { version: STATE_VERSION } };
    for (const bad of [
      null,
      'x',
      42,
      [],
      { ...good, recent: 'nope' },
      { ...good, groups: { a: { count: 'x' } } },
      { ...good, tabId: 4 },
    ]) {
      const loaded = parseStoredState({ ...meta, [tabKey(3)]: bad });
      expect(loaded.tabs.size).toBe(0);
      expect(loaded.problem).toBe('stored entry tab:3 is corrupted');
    }
  });

  it('rejects records with unknown classes', () => {
    const bad = { ...good, recent: [{ ...good.recent[0], cls: 'weird' }] };
    expect(parseStoredTab(bad)).toBeNull();
  });
});
