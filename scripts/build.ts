/**
 * Builds the extension for both browsers from the one manifest.json:
 * dist/chrome/ and dist/firefox/, plus store zips in dist/ (http-why-chrome.zip,
 * http-why-firefox.zip). `--target chrome|firefox` builds one; `--zip` is implied.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { build } from 'vite';
import type { Target } from './manifest-for';

const args = process.argv.slice(2);
const only = args.includes('--target') ? (args[args.indexOf('--target') + 1] as Target) : undefined;
const targets: Target[] = only ? [only] : ['chrome', 'firefox'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

export async function buildTarget(target: Target): Promise<string> {
  const started = Date.now();
  await build({ mode: target, logLevel: 'warn', configFile: new URL('../vite.config.ts', import.meta.url).pathname });
  const dir = `dist/${target}`;
  // crxjs leaves its dev-only manifest helper out of production builds; the zip is
  // exactly the folder a store receives.
  const files: Record<string, Uint8Array> = {};
  for (const f of filesUnder(dir)) files[relative(dir, f)] = readFileSync(f);
  const zip = `dist/http-why-${target}.zip`;
  writeFileSync(zip, zipSync(files, { level: 9 }));
  console.log(`built ${dir}/ and ${zip} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return dir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const t of targets) await buildTarget(t);
}
