import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { hasBrowser, INSTALL_HINT } from './browsers';

/**
 * Checks the builds and the browsers before any suite starts. A missing browser is
 * a failure under CI=true; locally the suite for it is skipped with the install hint.
 * Profiles and temporary files go to .e2e-tmp (deleted at the end) so crashed runs
 * leave nothing in /tmp.
 */
export default function setup(): () => void {
  for (const dir of ['dist/chrome', 'dist/firefox']) {
    if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run \`npm run build\` first.`);
  }
  const missing = (['chromium', 'firefox'] as const).filter((b) => !hasBrowser(b));
  if (missing.length > 0) {
    const msg = `e2e: ${missing.join(' and ')} not found. ${INSTALL_HINT}`;
    if (process.env['CI'] === 'true') throw new Error(msg);
    console.warn(`${msg}\nThe suites for the missing browsers are skipped.`);
  }
  const tmp = resolve('.e2e-tmp');
  mkdirSync(tmp, { recursive: true });
  process.env['TMPDIR'] = tmp;
  return () => rmSync(tmp, { recursive: true, force: true });
}
