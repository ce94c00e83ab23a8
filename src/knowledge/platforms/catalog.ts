/**
 * The table of contents of the platform overlays. Each overlay is its own lazy
 * chunk, so the popup loads only the platforms it recognised. Whether a platform
 * has an overlay is known without loading anything (the glob's keys are fixed at
 * build time).
 */
import type { PlatformAdvice, PlatformOverlay } from './types';

const loaders = import.meta.glob<PlatformOverlay>(['./*.ts', '!./types.ts', '!./catalog.ts', '!./*.test.ts'], {
  import: 'default',
});

/** File names that are not overlays, filtered again by name in case the glob ever widens. */
function isOverlayFile(name: string): boolean {
  return name !== 'types' && name !== 'catalog' && !name.endsWith('.test') && /^[a-z0-9-]+$/.test(name);
}

const byPlatform = new Map<string, () => Promise<PlatformOverlay>>(
  Object.entries(loaders)
    .map(([path, load]) => [path.replace(/^\.\//, '').replace(/\.ts$/, ''), load] as const)
    .filter(([name]) => isOverlayFile(name)),
);

export function hasOverlay(platform: string): boolean {
  return byPlatform.has(platform);
}

/** Loads the overlay of one platform id ("cloudflare"); undefined when there is none. */
export async function loadOverlay(platform: string): Promise<PlatformOverlay | undefined> {
  const load = byPlatform.get(platform);
  return load ? load() : undefined;
}

/** Loads every overlay (tests, the explain command). */
export async function loadAllOverlays(): Promise<PlatformOverlay[]> {
  return Promise.all([...byPlatform.values()].map((load) => load()));
}

/**
 * The advice for one failure key: the exact key ("502", "520"), else the class
 * fallback ("4xx" for 400-499, "5xx" for 500-599) for a three-digit code, else
 * undefined. Keys are looked up as own properties only, so odd input such as
 * "constructor" finds nothing.
 */
export function adviceFor(overlay: PlatformOverlay, key: string): PlatformAdvice | undefined {
  const own = (k: string): PlatformAdvice | undefined =>
    Object.prototype.hasOwnProperty.call(overlay.codes, k) ? overlay.codes[k] : undefined;
  const exact = own(key);
  if (exact) return exact;
  if (!/^\d{3}$/.test(key)) return undefined;
  const code = Number(key);
  if (code >= 400 && code <= 499) return own('4xx');
  if (code >= 500 && code <= 599) return own('5xx');
  return undefined;
}
