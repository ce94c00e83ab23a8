import { useEffect, useState } from 'preact/hooks';
import type { ContextHint } from '../core/diagnose/context';
import { diagnose, type Diagnosis } from '../core/diagnose/diagnose';
import { hintText } from '../core/diagnose/format';
import type { Hint } from '../core/diagnose/hints';
import type { FailureRecord } from '../core/tab-log';
import type { Translate } from './source';

/** Context kinds that say nothing worth a line of their own in the popup. */
function worthALine(h: Hint | ContextHint): boolean {
  if (h.kind === 'party') return h.party === 'third';
  if (h.kind === 'role' || h.kind === 'request-id' || h.kind === 'content-type') return false;
  return true;
}

/** Re-renders every second while a countdown is shown. */
function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return undefined;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [active]);
  return now;
}

export function diagnosisOf(
  rec: FailureRecord,
  requests: readonly FailureRecord[],
  pageUrl: string,
  now: number,
): Diagnosis {
  const same = requests.filter((r) => r.url === rec.url).length;
  return diagnose(rec, pageUrl, now, Math.max(1, same));
}

/**
 * What the response itself tells: who answered, hints it carried and where the
 * request sits. Shown first when a group opens, before the general explanation.
 */
export function DiagnosisView({
  d,
  lead,
  t,
}: {
  d: Diagnosis;
  /** The platform's tailored first sentence, when the knowledge base has one. */
  lead: string | undefined;
  t: Translate;
}) {
  const hasCountdown = d.hints.some((h) => h.kind === 'retry-after' && !h.past);
  const now = useNow(hasCountdown);
  const lines = [...d.hints, ...d.context].filter(worthALine);
  const ids = d.hints.flatMap((h) => (h.kind === 'request-id' ? [h] : []));
  if (d.platforms.length === 0 && lines.length === 0 && ids.length === 0 && lead === undefined) return null;
  return (
    <section class="diagnosis" aria-label={t('diagnosisLabel')}>
      {d.platforms.length > 0 && (
        <p class="served-by">
          {t('servedBy', d.platforms.map((p) => p.name).join(' → '))}
          {lead !== undefined && <span class="lead">{` ${lead}`}</span>}
        </p>
      )}
      {lines.length > 0 && (
        <ul class="hints">
          {lines.map((h, i) => (
            <li key={`${h.kind}-${i}`} data-kind={h.kind}>
              {hintText(h, now, t)}
            </li>
          ))}
        </ul>
      )}
      {ids.length > 0 && (
        <p class="request-ids">
          {ids.map((h) => (
            <span key={h.header} class="request-id">
              {h.label}: <code>{h.value}</code>
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
