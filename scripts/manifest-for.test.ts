import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import manifest from '../manifest.json' with { type: 'json' };
import { manifestFor } from './manifest-for';

type M = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  background?: Record<string, unknown>;
  content_scripts?: unknown;
  content_security_policy?: { extension_pages?: string };
  browser_specific_settings?: { gecko?: Record<string, unknown>; gecko_android?: Record<string, unknown> };
};

/** Permissions named in the README's permission table (first column, in backticks). */
export function readmePermissions(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Permissions'));
  return [...section.matchAll(/^\| (?:host access )?`([^`]+)`\s*\|/gm)].map((m) => m[1] ?? '');
}

describe.each(['chrome', 'firefox'] as const)('%s manifest', (target) => {
  const m = manifestFor(manifest, target) as M;

  it('asks for exactly the permissions the README explains, nothing more', () => {
    const asked = [...(m.permissions ?? []), ...(m.host_permissions ?? []), ...(m.optional_permissions ?? [])].sort();
    expect(asked).toEqual(readmePermissions().sort());
    expect(m.content_scripts).toBeUndefined();
  });

  it('has a strict content security policy: own scripts only, no eval, no remote code', () => {
    const csp = m.content_security_policy?.extension_pages ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:/);
    expect(csp).toContain("object-src 'none'");
  });

  it('has the background key its browser accepts', () => {
    if (target === 'chrome') {
      expect(m.background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
      expect(m.browser_specific_settings).toBeUndefined();
    } else {
      expect(m.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
      expect(m.browser_specific_settings?.gecko).toMatchObject({
        id: 'http-why@httpwhy.dev',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      });
      expect(m.browser_specific_settings?.gecko_android).toMatchObject({ strict_min_version: '142.0' });
    }
  });

  it('does not change the source manifest', () => {
    expect(Object.keys(manifest.background)).toEqual(['service_worker', 'scripts', 'type']);
  });
});
