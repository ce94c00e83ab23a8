import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageKeys, translate } from '../../test/fakes/translate';

/** Every source file of the extension (tests excluded). */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

const code = sources(resolve('src'))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
const manifest = readFileSync(resolve('manifest.json'), 'utf8');

/** Keys named in code: t('key'), and message-key tables such as { api: 'hintResourceApi' }. */
function usedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const m of code.matchAll(/\b(?:t|browserTranslate)\(\s*'([A-Za-z0-9_]+)'/g)) keys.add(m[1] ?? '');
  for (const m of code.matchAll(/\bt\(\s*[^,)]*\?\s*'([A-Za-z0-9_]+)'\s*:\s*'([A-Za-z0-9_]+)'/g)) {
    keys.add(m[1] ?? '');
    keys.add(m[2] ?? '');
  }
  for (const m of code.matchAll(/:\s*'((?:hint|retry|opt|voice)[A-Z][A-Za-z0-9]*)'/g)) keys.add(m[1] ?? '');
  // Keys built from a base and a suffix: `hintAuthPassword${p}` with p '' or 'Proxy'.
  for (const m of code.matchAll(/t\(`([A-Za-z]+)\$\{p\}`/g)) {
    keys.add(m[1] ?? '');
    keys.add(`${m[1] ?? ''}Proxy`);
  }
  for (const m of manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) keys.add(m[1] ?? '');
  return keys;
}

describe('messages.json', () => {
  const used = usedKeys();
  const defined = new Set(messageKeys());

  it('defines every key the interface uses', () => {
    expect([...used].filter((k) => !defined.has(k))).toEqual([]);
    expect(used.size).toBeGreaterThan(80);
  });

  it('has no strings nothing uses', () => {
    expect([...defined].filter((k) => !used.has(k))).toEqual([]);
  });

  it('fills placeholders like browser.i18n does', () => {
    expect(translate('verdictSomeFailed', '3')).toBe('This page loaded, but 3 requests failed.');
    expect(translate('hintRetryIn', '1:58')).toBe('Try again in 1:58');
    expect(() => translate('noSuchKey')).toThrow('messages.json has no "noSuchKey"');
  });
});
