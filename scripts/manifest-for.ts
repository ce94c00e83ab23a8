/**
 * Derives each browser's manifest from the single top-level manifest.json.
 * Chrome takes background.service_worker, Firefox background.scripts (it refuses
 * service workers); Chrome does not know browser_specific_settings.
 */
export type Target = 'chrome' | 'firefox';

type Json = Record<string, unknown>;

export function manifestFor(manifest: object, target: Target): Record<string, unknown> {
  const m = structuredClone(manifest) as unknown as Json;
  const bg = { ...(m['background'] as Json) };
  if (target === 'chrome') {
    delete bg['scripts'];
    delete m['browser_specific_settings'];
  } else {
    delete bg['service_worker'];
  }
  m['background'] = bg;
  return m;
}
