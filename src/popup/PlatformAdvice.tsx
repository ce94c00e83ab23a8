import { useEffect, useState } from 'preact/hooks';
import type { Voice } from '../core/settings';
import type { PlatformMatch } from '../core/diagnose/platforms';
import { adviceFor, hasOverlay, loadOverlay } from '../knowledge/platforms/catalog';
import type { PlatformAdvice } from '../knowledge/platforms/types';
import { SafeLink, StepList } from './Explanation';
import type { Translate } from './source';

export interface FoundAdvice {
  readonly platform: string;
  readonly name: string;
  readonly advice: PlatformAdvice;
}

/**
 * The tailored advice of the first platform (in request order: edge first) that
 * has some for this failure. Loads only the overlays of the platforms seen.
 */
export function usePlatformAdvice(
  platforms: readonly PlatformMatch[],
  key: string,
  active: boolean,
): FoundAdvice | undefined {
  const [found, setFound] = useState<FoundAdvice | undefined>(undefined);
  const ids = platforms.map((p) => p.id).filter(hasOverlay);
  const sig = ids.join(',');
  useEffect(() => {
    if (!active || ids.length === 0) return undefined;
    let live = true;
    void (async () => {
      for (const id of ids) {
        const overlay = await loadOverlay(id);
        const advice = overlay ? adviceFor(overlay, key) : undefined;
        if (overlay && advice) {
          if (live) setFound({ platform: id, name: overlay.name, advice });
          return;
        }
      }
    })();
    return () => {
      live = false;
    };
    // `ids` is derived from `sig`, which stands for it in the dependencies.
  }, [sig, key, active]);
  return found;
}

/** "On Cloudflare": what this failure means there and what to do, in the chosen voice. */
export function PlatformAdviceView({ found, voice, t }: { found: FoundAdvice; voice: Voice; t: Translate }) {
  const a = found.advice;
  const steps = voice === 'visitor' ? a.visitor : a.owner;
  return (
    <section class="platform-advice" data-platform={found.platform}>
      <h4>{t('onPlatform', found.name)}</h4>
      {a.meaning !== undefined && <p>{a.meaning}</p>}
      {a.causes && a.causes.length > 0 && (
        <ul class="causes">
          {a.causes.map((c, i) => (
            <li key={i}>
              <strong>{c.title}.</strong> {c.detail}
            </li>
          ))}
        </ul>
      )}
      {steps && <StepList steps={steps} />}
      {a.references && a.references.length > 0 && (
        <ul class="refs">
          {a.references.map((r) => (
            <li key={r.url}>
              <SafeLink href={r.url}>{r.title}</SafeLink>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
