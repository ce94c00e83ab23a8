/**
 * The floor HTTP Why is measured against: an MV3 extension with the same
 * permissions that registers the same webRequest listeners (same filters, same
 * extra info) and does nothing in them. What it costs is the browser's own cost
 * of delivering the events.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MANIFEST = {
  manifest_version: 3,
  name: 'Empty listener (HTTP Why bench)',
  version: '1.0.0',
  background: { service_worker: 'sw.js', type: 'module' },
  permissions: ['webRequest', 'storage'],
  host_permissions: ['<all_urls>'],
};

/** Mirrors listenWebRequests() in src/platform/web-request.ts, with empty bodies. */
const WORKER = `const urls = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];
chrome.webRequest.onCompleted.addListener(() => {}, { urls }, ['responseHeaders']);
chrome.webRequest.onErrorOccurred.addListener(() => {}, { urls });
chrome.webRequest.onBeforeRequest.addListener(() => {}, { urls, types: ['main_frame'] });
`;

/**
 * The floor of the popup measure: an extension page with one module script that
 * adds the element the popup probe waits for, and nothing else.
 */
export const NOOP_PAGE = 'page.html';
const PAGE_HTML =
  '<!doctype html><meta charset="utf-8"><title>floor</title><script type="module" src="page.js"></script>\n';
const PAGE_JS = "document.body.append(Object.assign(document.createElement('ul'), { className: 'groups' }));\n";

/** Writes the extension into `dir` (created if needed) and returns `dir`. */
export function writeNoopExtension(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(MANIFEST, null, 2) + '\n');
  writeFileSync(join(dir, 'sw.js'), WORKER);
  writeFileSync(join(dir, NOOP_PAGE), PAGE_HTML);
  writeFileSync(join(dir, 'page.js'), PAGE_JS);
  return dir;
}
