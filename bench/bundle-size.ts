/**
 * Bundle sizes of a built extension, gzip level 9: the JavaScript the popup
 * loads before it can show the list (its module script and everything that
 * imports statically, never the lazy `import()` chunks), and the knowledge base.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Knowledge entry chunks are named after their entry (status-404-<hash>.js...). */
const KNOWLEDGE_CHUNK = /^(status|net-err|ns-error|generic)-.*\.js$/;

/** `import x from "./a.js"`, `import "./a.js"`, `export {x} from "./a.js"`; not `import("./a.js")`. */
const STATIC_IMPORT = /(?:^|[^.\w$])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?(["'`])([^"'`\s]+)\1/g;

export function gzipKb(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).length / 1024;
}

/** Relative specifiers a module imports statically, as written. */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(STATIC_IMPORT)) {
    const spec = m[2] ?? '';
    if (spec.startsWith('./') || spec.startsWith('../') || spec.startsWith('/')) out.push(spec);
  }
  return out;
}

/** Module script sources of an HTML page, as written. */
export function moduleScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*>/gi)) {
    const tag = m[0];
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (src && /\btype\s*=\s*["']module["']/i.test(tag)) out.push(src);
  }
  return out;
}

/** Every file reached from `entries` by static imports (paths on disk). */
export function staticClosure(root: string, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      queue.push(spec.startsWith('/') ? join(root, spec) : resolve(dirname(file), spec));
    }
  }
  return [...seen];
}

/** Gzip KB of the JS the popup page loads before its first render. */
export function popupInitialJsGzipKb(distDir: string): { kb: number; files: string[] } {
  const dist = resolve(distDir);
  const htmlPath = join(dist, 'src/popup/index.html');
  const html = readFileSync(htmlPath, 'utf8');
  const entries = moduleScripts(html).map((src) =>
    src.startsWith('/') ? join(dist, src) : resolve(dirname(htmlPath), src),
  );
  const files = staticClosure(dist, entries);
  if (files.length === 0) throw new Error(`no module script found in ${htmlPath}`);
  return { kb: files.reduce((kb, f) => kb + gzipKb(readFileSync(f)), 0), files };
}

/** Sum of the gzip KB of every knowledge entry chunk, each compressed on its own. */
export function knowledgeTotalGzipKb(dist: string): { kb: number; chunks: number } {
  const assets = join(dist, 'assets');
  const chunks = readdirSync(assets).filter((f) => KNOWLEDGE_CHUNK.test(f));
  return { kb: chunks.reduce((kb, f) => kb + gzipKb(readFileSync(join(assets, f))), 0), chunks: chunks.length };
}
