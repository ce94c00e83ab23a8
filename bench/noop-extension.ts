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

/** Writes the extension into `dir` (created if needed) and returns `dir`. */
export function writeNoopExtension(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(MANIFEST, null, 2) + '\n');
  writeFileSync(join(dir, 'sw.js'), WORKER);
  return dir;
}
