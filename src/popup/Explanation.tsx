import { useEffect, useState } from 'preact/hooks';
import type { Voice } from '../core/settings';
import { loadEntry } from '../knowledge/catalog';
import { FAMILY_LABELS, networkFamily } from '../knowledge/network-families';
import { resolveEntryId } from '../knowledge/resolve';
import type { FixStep, FixVoice, KnowledgeEntry, RetryAdvice } from '../knowledge/types';
import type { Translate } from './source';

const RETRY_KEY: Readonly<Record<RetryAdvice, string>> = {
  never: 'retryNever',
  'after-delay': 'retryAfterDelay',
  'after-change': 'retryAfterChange',
  immediately: 'retryImmediately',
};

/** Only http(s) links are ever rendered as links. */
export function SafeLink({ href, children }: { href: string; children: string }) {
  if (!/^https?:\/\//i.test(href)) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

/** Numbered fix steps with their config snippets (shared with the platform advice). */
export function StepList({ steps }: { steps: readonly FixStep[] }) {
  if (steps.length === 0) return null;
  return (
    <ol class="steps">
      {steps.map((s, i) => (
        <li key={i}>
          {s.text}
          {s.snippets?.map((sn, j) => (
            <figure class="snippet" key={j}>
              <figcaption>{sn.label}</figcaption>
              <pre>
                <code>{sn.code}</code>
              </pre>
            </figure>
          ))}
        </li>
      ))}
    </ol>
  );
}

function Steps({ voice }: { voice: FixVoice }) {
  return (
    <div>
      <StepList steps={voice.steps} />
      {voice.nothingToDo !== undefined && <p class="nothing">{voice.nothingToDo}</p>}
    </div>
  );
}

export function EntryView({
  entry,
  t,
  voice,
  onVoice,
}: {
  entry: KnowledgeEntry;
  t: Translate;
  voice: Voice;
  onVoice: (v: Voice) => void;
}) {
  const tabId = `voice-${entry.id.replace(/[^a-zA-Z0-9]/g, '-')}`;
  return (
    <article class="entry" data-entry-id={entry.id}>
      <p class="summary">{entry.summary}</p>
      <h4>{t('sectionMeaning')}</h4>
      <p>{entry.meaning}</p>
      <h4>{t('sectionFix')}</h4>
      <div class="voices" role="tablist" aria-label={t('sectionFix')}>
        {(['visitor', 'owner'] as const).map((v) => (
          <button
            type="button"
            role="tab"
            key={v}
            id={`${tabId}-${v}`}
            aria-selected={voice === v}
            aria-controls={`${tabId}-panel`}
            tabIndex={voice === v ? 0 : -1}
            onClick={() => onVoice(v)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') onVoice(voice === 'visitor' ? 'owner' : 'visitor');
            }}
          >
            {t(v === 'visitor' ? 'voiceVisitor' : 'voiceOwner')}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${tabId}-panel`} aria-labelledby={`${tabId}-${voice}`} class="voice-panel">
        <Steps voice={voice === 'visitor' ? entry.visitor : entry.owner} />
        <p class="retry">
          {t(RETRY_KEY[entry.retry.advice])} {entry.retry.note}
        </p>
      </div>
      <h4>{t('sectionCauses')}</h4>
      <ul class="causes">
        {entry.causes.map((c, i) => (
          <li key={i}>
            <strong>{c.title}.</strong> {c.detail}
          </li>
        ))}
      </ul>
      {entry.contrasts.length > 0 && (
        <>
          <h4>{t('sectionDiffers')}</h4>
          <ul class="contrasts">
            {entry.contrasts.map((c) => (
              <li key={c.id}>{c.text}</li>
            ))}
          </ul>
        </>
      )}
      {entry.faq.length > 0 && (
        <>
          <h4>{t('sectionFaq')}</h4>
          <dl class="faq">
            {entry.faq.map((f, i) => (
              <div key={i}>
                <dt>{f.q}</dt>
                <dd>{f.a}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <h4>{t('sectionReferences')}</h4>
      <ul class="refs">
        {entry.references.map((r) => (
          <li key={r.url}>
            <SafeLink href={r.url}>{r.title}</SafeLink>
          </li>
        ))}
      </ul>
    </article>
  );
}

/** Loads the entry for a failure key on demand (one lazy chunk per entry). */
export function Explanation({
  failureKey,
  byId = false,
  t,
  voice,
  onVoice,
}: {
  failureKey: string;
  /** The key is already an entry id (search results). */
  byId?: boolean;
  t: Translate;
  voice: Voice;
  onVoice: (v: Voice) => void;
}) {
  const id = byId ? failureKey : resolveEntryId(failureKey);
  const [entry, setEntry] = useState<KnowledgeEntry | null>(null);
  useEffect(() => {
    let live = true;
    void loadEntry(id).then((e) => {
      if (live && e) setEntry(e);
    });
    return () => {
      live = false;
    };
  }, [id]);
  if (!entry || entry.id !== id) return <p class="loading">{t('loadingExplanation')}</p>;
  // An error name with no entry of its own: say which family it belongs to first.
  const family = !byId && id === 'generic-network' ? FAMILY_LABELS[networkFamily(failureKey)] : undefined;
  return (
    <>
      {family !== undefined && <p class="family">{family}</p>}
      <EntryView entry={entry} t={t} voice={voice} onVoice={onVoice} />
    </>
  );
}
