import { useEffect, useRef, useState } from 'preact/hooks';
import type { Voice } from '../core/settings';
import type { SearchHit } from '../knowledge/lookup';
import { Explanation } from './Explanation';
import type { Translate } from './source';

/**
 * Search any code or error, offline. The lookup module (and with it the whole
 * knowledge base) loads only once the person types.
 */
export function Search({
  t,
  voice,
  onVoice,
  onClose,
}: {
  t: Translate;
  voice: Voice;
  onVoice: (v: Voice) => void;
  onClose: () => void;
}) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);

  useEffect(() => {
    let live = true;
    const q = query.trim();
    if (q === '') {
      setHits(null);
      return;
    }
    void import('../knowledge/lookup').then(async ({ searchEntries }) => {
      const found = await searchEntries(q, 8);
      if (live) {
        setHits(found);
        setChosen(found[0]?.id ?? null);
      }
    });
    return () => {
      live = false;
    };
  }, [query]);

  return (
    <section class="search" aria-label={t('searchLabel')}>
      <div class="search-bar">
        <input
          ref={input}
          type="search"
          name="q"
          value={query}
          placeholder={t('searchPlaceholder')}
          aria-label={t('searchLabel')}
          onInput={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onClose();
          }}
        />
        <button type="button" onClick={onClose}>
          {t('searchClose')}
        </button>
      </div>
      {hits !== null && hits.length === 0 && <p class="empty">{t('searchNone', query.trim())}</p>}
      {hits !== null && hits.length > 0 && (
        <>
          <ul class="hits" aria-label={t('searchResults')}>
            {hits.map((h) => (
              <li key={h.id}>
                <button type="button" aria-pressed={chosen === h.id} onClick={() => setChosen(h.id)} data-id={h.id}>
                  <span class="label">{h.title}</span>
                </button>
              </li>
            ))}
          </ul>
          {chosen !== null && (
            <div class="hit-entry">
              <Explanation failureKey={chosen} byId t={t} voice={voice} onVoice={onVoice} />
            </div>
          )}
        </>
      )}
    </section>
  );
}
