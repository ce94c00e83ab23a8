import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { knowledgeTotalGzipKb, moduleScripts, popupInitialJsGzipKb, staticImports } from './bundle-size';

describe('staticImports', () => {
  it('finds static imports and re-exports in minified code, not dynamic import()', () => {
    const code =
      'import{a as e,c as t}from"./browser-x1.js";import"./side.js";export{q}from\'../up.js\';' +
      'const k=()=>import(`./status-404-x.js`),j=()=>import("./lazy.js");import*as n from"./ns.js";';
    expect(staticImports(code)).toEqual(['./browser-x1.js', './side.js', '../up.js', './ns.js']);
  });

  it('ignores bare specifiers and property names that end in import', () => {
    expect(staticImports('import{h}from"preact";x.import("./no.js");foo.export"./no2.js"')).toEqual([]);
  });
});

describe('moduleScripts', () => {
  it('lists module script sources only', () => {
    const html =
      '<script type="module" crossorigin src="/assets/index.html-A.js"></script>' +
      '<script src="/classic.js"></script><link rel="stylesheet" href="/assets/index.css">';
    expect(moduleScripts(html)).toEqual(['/assets/index.html-A.js']);
  });
});

describe('bundle sizes of a built tree', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function tree(files: Record<string, string>): string {
    dir = mkdtempSync(join(tmpdir(), 'bench-size-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }

  it('counts the entry and its static imports, never the lazy chunks', () => {
    const big = 'x'.repeat(50_000); // compresses to almost nothing, random text would not
    const root = tree({
      'src/popup/index.html': '<script type="module" src="/assets/entry.js"></script>',
      'assets/entry.js': 'import{a}from"./shared.js";const l=()=>import(`./status-404-h.js`);',
      'assets/shared.js': 'export const a=1;',
      'assets/status-404-h.js': `export default "${big}";`,
    });
    const { files, kb } = popupInitialJsGzipKb(root);
    expect(files.map((f) => f.slice(root.length))).toEqual(['/assets/entry.js', '/assets/shared.js']);
    expect(kb).toBeGreaterThan(0);
    expect(kb).toBeLessThan(0.2);
  });

  it('sums the knowledge chunks by name, one gzip each', () => {
    const root = tree({
      'assets/status-404-h.js': 'export default 1;',
      'assets/net-err-failed-h.js': 'export default 2;',
      'assets/ns-error-unknown-host-h.js': 'export default 3;',
      'assets/generic-4xx-h.js': 'export default 4;',
      'assets/index.html-h.js': 'not knowledge',
      'assets/types-h.js': 'not knowledge',
    });
    const { chunks, kb } = knowledgeTotalGzipKb(root);
    expect(chunks).toBe(4);
    expect(kb).toBeGreaterThan(4 * (17 / 1024));
  });
});
