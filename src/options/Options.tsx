import { useEffect, useState } from 'preact/hooks';
import type { FailureClass } from '../core/classify';
import {
  DEFAULT_SETTINGS,
  hostPatternProblem,
  MAX_IGNORE_PATTERNS,
  normalisePattern,
  type Settings,
  type Voice,
} from '../core/settings';
import type { Translate } from '../popup/source';
import type { OptionsSource } from './source';

const CLASSES: readonly { cls: FailureClass; key: string }[] = [
  { cls: 'client', key: 'optCountClient' },
  { cls: 'server', key: 'optCountServer' },
  { cls: 'network', key: 'optCountNetwork' },
  { cls: 'odd-status', key: 'optCountOdd' },
  { cls: 'blocked', key: 'optCountBlocked' },
  { cls: 'aborted', key: 'optCountAborted' },
];

/** Splits the textarea into patterns and the problems of the bad ones (line numbers from 1). */
export function parsePatterns(text: string): { patterns: string[]; problems: string[] } {
  const patterns: string[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const problem = hostPatternProblem(line);
    if (problem) problems.push(`${i + 1}: "${line.trim()}": ${problem}`);
    else patterns.push(normalisePattern(line));
  });
  if (patterns.length > MAX_IGNORE_PATTERNS) problems.push(`At most ${MAX_IGNORE_PATTERNS} patterns.`);
  return { patterns: [...new Set(patterns)], problems };
}

export function Options({ source, t }: { source: OptionsSource; t: Translate }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [hostsText, setHostsText] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void source.load().then((s) => {
      setSettings(s);
      setHostsText(s.ignoreHosts.join('\n'));
    });
  }, [source]);

  if (!settings) return <main class="options" aria-busy="true" />;

  const save = (next: Settings): void => {
    setSettings(next);
    setSaved(false);
    void source.save(next).then(() => setSaved(true));
  };

  const saveHosts = (): void => {
    const { patterns, problems: found } = parsePatterns(hostsText);
    setProblems(found);
    if (found.length === 0) save({ ...settings, ignoreHosts: patterns });
  };

  return (
    <main class="options">
      <h1>{t('optTitle')}</h1>
      <fieldset>
        <legend>{t('optCountLegend')}</legend>
        {CLASSES.map(({ cls, key }) => (
          <label key={cls} class="check">
            <input
              type="checkbox"
              name={`count-${cls}`}
              checked={settings.count[cls]}
              onChange={(e) =>
                save({
                  ...settings,
                  count: { ...settings.count, [cls]: e.currentTarget.checked },
                })
              }
            />
            {t(key)}
          </label>
        ))}
        <label class="check">
          <input
            type="checkbox"
            name="count-third-party"
            checked={settings.countThirdParty}
            onChange={(e) => save({ ...settings, countThirdParty: e.currentTarget.checked })}
          />
          {t('optCountThirdParty')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('optBadgeLegend')}</legend>
        <label class="check">
          <input
            type="checkbox"
            name="badge-enabled"
            checked={settings.badgeEnabled}
            onChange={(e) => save({ ...settings, badgeEnabled: e.currentTarget.checked })}
          />
          {t('optBadgeEnabled')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('optVoiceLegend')}</legend>
        {(['visitor', 'owner'] as const).map((v: Voice) => (
          <label key={v} class="check">
            <input
              type="radio"
              name="voice"
              value={v}
              checked={settings.defaultVoice === v}
              onChange={() => save({ ...settings, defaultVoice: v })}
            />
            {t(v === 'visitor' ? 'voiceVisitor' : 'voiceOwner')}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optIgnoreLegend')}</legend>
        <p id="ignore-help" class="help">
          {t('optIgnoreHelp')}
        </p>
        <textarea
          name="ignore-hosts"
          rows={6}
          aria-describedby="ignore-help ignore-problems"
          aria-invalid={problems.length > 0}
          value={hostsText}
          onInput={(e) => setHostsText(e.currentTarget.value)}
          aria-label={t('optIgnoreLegend')}
        />
        <div id="ignore-problems" role="alert">
          {problems.length > 0 && (
            <ul class="problems">
              {problems.map((p) => (
                <li key={p}>{t('optIgnoreProblem', p)}</li>
              ))}
            </ul>
          )}
        </div>
        <button type="button" onClick={saveHosts}>
          {t('optIgnoreSave')}
        </button>
      </fieldset>
      <p class="status" role="status">
        {saved ? t('optSaved') : ''}
      </p>
      <button
        type="button"
        class="reset"
        onClick={() => {
          setHostsText('');
          setProblems([]);
          save(DEFAULT_SETTINGS);
        }}
      >
        {t('optReset')}
      </button>
    </main>
  );
}
