import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadEntry } from '../knowledge/catalog';
import { explain } from './explain';

describe('explain()', () => {
  it('prints a readable entry for a status code', async () => {
    const r = await explain(['404']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('404 Not Found');
    expect(r.stdout).toContain('If you are visiting the site');
    expect(r.stdout).toContain('If you run the site');
    expect(r.stdout).toContain('https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5');
    const prose = r.stdout.split('\n').filter((l) => !l.includes('https://') && !l.startsWith('       '));
    expect(prose.filter((l) => l.length > 88)).toEqual([]);
  });

  it('accepts error names with or without prefix and in any case', async () => {
    for (const q of [
      'net::ERR_NAME_NOT_RESOLVED',
      'ERR_NAME_NOT_RESOLVED',
      'err_name_not_resolved',
      'NS_ERROR_UNKNOWN_HOST',
    ]) {
      const r = await explain([q, '--json']);
      expect(r.exitCode).toBe(0);
      expect((JSON.parse(r.stdout) as { id: string }).id).toBe('net::ERR_NAME_NOT_RESOLVED');
    }
  });

  it('prints the full entry as one JSON object, with the Firefox names mapped onto it', async () => {
    const r = await explain(['net::ERR_CONNECTION_REFUSED', '--json']);
    const parsed = JSON.parse(r.stdout) as Record<string, unknown>;
    const entry = await loadEntry('net::ERR_CONNECTION_REFUSED');
    expect(parsed).toMatchObject(JSON.parse(JSON.stringify(entry)) as Record<string, unknown>);
    expect(parsed['firefoxAliases']).toContain('NS_ERROR_CONNECTION_REFUSED');
  });

  it('falls back to the family entry for an unregistered code, and says so', async () => {
    const r = await explain(['432']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('general entry for its family');
    expect(r.stdout).toContain('(4xx)');
  });

  it('names the family of a network error that has no entry of its own', async () => {
    const r = await explain(['net::ERR_SSL_DECRYPT_ERROR_ALERT']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('general entry for its family');
    expect(r.stdout).toContain('The secure (HTTPS) connection to the server could not be set up.');
  });

  it('exits 1 with a clear message for unknown input, and suggests near matches', async () => {
    const r = await explain(['teapot']);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^No entry for "teapot"/);
    expect(r.stderr).toContain('418');
    expect((await explain([])).exitCode).toBe(1);
  });
});

describe('npm run explain (the real command)', () => {
  const run = (...args: string[]) =>
    spawnSync('npm', ['run', '--silent', 'explain', '--', ...args], { encoding: 'utf8', timeout: 60_000 });

  it('prints exactly one JSON object and exits 0', () => {
    const r = run('503', '--json');
    expect(r.status).toBe(0);
    const parsed = JSON.parse(r.stdout) as { id: string; title: string };
    expect(parsed.id).toBe('503');
    expect(parsed.title).toBe('503 Service Unavailable');
  });

  it('exits 1 on unknown input', () => {
    const r = run('no-such-thing');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('No entry for "no-such-thing"');
  });
});
