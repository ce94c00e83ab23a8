/**
 * Runs the real-browser suites (test/e2e/*.e2e.ts) against dist/. Builds first
 * when dist/ is missing so `npm run test:e2e` works on its own.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (!existsSync('dist/chrome/manifest.json') || !existsSync('dist/firefox/manifest.json')) {
  const b = spawnSync('npx', ['tsx', 'scripts/build.ts'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const r = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
