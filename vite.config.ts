import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { manifestFor, type Target } from './scripts/manifest-for.ts';

/**
 * One build per browser from the single manifest.json: `vite build --mode chrome`
 * writes dist/chrome, `--mode firefox` writes dist/firefox. manifestFor() keeps
 * each browser's keys only.
 */
export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact(),
      crx({ manifest: manifestFor(baseManifest, target) as unknown as ManifestV3Export, browser: target }),
    ],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // Preload links let the popup fetch its chunks in parallel; no inline polyfill (CSP).
      modulePreload: { polyfill: false },
    },
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});
