/**
 * `npm run explain -- <code or error> [--json]`. Loads src/cli/explain.ts through
 * Vite's module runner, so it reads the very modules the extension bundles
 * (including the lazy `import.meta.glob` catalog): no second copy of the data.
 */
import { createServer } from 'vite';
import type { explain } from '../src/cli/explain';

const server = await createServer({
  configFile: false,
  logLevel: 'silent',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const mod = (await server.ssrLoadModule('/src/cli/explain.ts')) as { explain: typeof explain };
  const result = await mod.explain(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
} finally {
  await server.close();
}
