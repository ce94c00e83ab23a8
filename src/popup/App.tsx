import { useLayoutEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings, type Voice } from '../core/settings';
import type { TabLog } from '../core/tab-log';
import { hostOf } from '../core/url';
import { failureLabel, tabView, type FailureGroupView } from '../core/view-model';
import { useLazy } from './use-lazy';
import type { PopupSource, Translate } from './source';

function GroupItem({
  g,
  t,
  open,
  voice,
  onVoice,
  pageUrl,
  onCopy,
}: {
  g: FailureGroupView;
  t: Translate;
  open: boolean;
  voice: Voice;
  onVoice: (v: Voice) => void;
  pageUrl: string;
  onCopy: (text: string) => void;
}) {
  const [expanded, setExpanded] = useState(open);
  const Details = useLazy(expanded, loadDetails);
  const inFrames = g.requests.some((r) => r.type !== 'main_frame' && r.frameId > 0);
  return (
    <li class={`group cls-${g.cls}`} data-key={g.key}>
      <details open={expanded} onToggle={(e) => setExpanded(e.currentTarget.open)}>
        <summary>
          <span class="count">{t('groupCount', String(g.count))}</span> <span class="label">{g.label}</span>{' '}
          <span class="types">
            {g.types.map(([type, n]) => (g.types.length > 1 ? `${type} ${n}` : type)).join(', ')}
          </span>
          {g.thirdParty > 0 && <span class="mark third">{t('thirdPartyMark', String(g.thirdParty))}</span>}
          {inFrames && <span class="mark frame">{t('frameMark')}</span>}
        </summary>
        <div class="group-body">
          {expanded &&
            (Details ? (
              <Details g={g} t={t} voice={voice} onVoice={onVoice} pageUrl={pageUrl} onCopy={onCopy} />
            ) : (
              <p class="loading">{t('loadingExplanation')}</p>
            ))}
        </div>
      </details>
    </li>
  );
}

const loadSearch = () => import('./Search').then((m) => m.Search);

/** What an open group shows loads on first open: diagnosis, platform advice, explanation. */
const loadDetails = () => import('./GroupDetails').then((m) => m.GroupDetails);

export function App({ source, t }: { source: PopupSource; t: Translate }) {
  const [tabId, setTabId] = useState<number | undefined | null>(null);
  const [log, setLog] = useState<TabLog | undefined>(undefined);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [voice, setVoiceState] = useState<Voice>(DEFAULT_SETTINGS.defaultVoice);
  const [searching, setSearching] = useState(false);
  const [status, setStatus] = useState('');
  const [access, setAccess] = useState(true);
  const SearchView = useLazy(searching, loadSearch);
  const setVoice = (v: Voice): void => {
    setVoiceState(v);
    void source.saveVoice(v);
  };

  // A layout effect, not useEffect: Preact runs plain effects only after the next
  // frame, and the reads below are what the list waits for. Started right after
  // the first (empty) render, they overlap the browser's first paint.
  useLayoutEffect(() => {
    let unsubscribe = (): void => undefined;
    let live = true;
    void (async () => {
      const id = await source.tabId();
      if (id === undefined) {
        const s = await source.settings();
        if (!live) return;
        setSettings(s);
        setVoiceState(s.defaultVoice);
        setTabId(undefined);
        return;
      }
      unsubscribe = source.subscribe(id, setLog);
      void source.hostAccess().then((ok) => live && setAccess(ok));
      // The list needs only the counts: read the head alongside the settings, show
      // the list, then add the records.
      const [s, head] = await Promise.all([source.settings(), source.getHead(id)]);
      if (!live) return;
      setSettings(s);
      setVoiceState(s.defaultVoice);
      setLog(head);
      setTabId(id);
      const full = await source.getTab(id);
      if (live) setLog(full);
    })();
    return () => {
      live = false;
      unsubscribe();
    };
  }, [source]);

  const toolbar = (
    <nav class="toolbar">
      <button type="button" onClick={() => setSearching(!searching)} aria-expanded={searching}>
        {searching ? t('searchClose') : t('searchOpen')}
      </button>
      <button type="button" onClick={() => source.openOptions()}>
        {t('openOptions')}
      </button>
    </nav>
  );
  if (tabId === null) return <main class="popup" aria-busy="true" />;
  if (searching) {
    return (
      <main class="popup" data-state="search">
        {SearchView ? (
          <SearchView t={t} voice={voice} onVoice={setVoice} onClose={() => setSearching(false)} />
        ) : (
          <p class="loading">{t('loadingExplanation')}</p>
        )}
      </main>
    );
  }
  if (tabId === undefined) {
    return (
      <main class="popup">
        {toolbar}
        <p class="verdict">{t('verdictNoTab')}</p>
      </main>
    );
  }
  const view = tabView(log, settings);
  const host = hostOf(view.pageUrl);
  const stamp = (): string => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  const fileBase = `http-why-${(host || 'page').replace(/[^a-z0-9.-]/gi, '_')}-${stamp()}`;
  const copyCurl = (text: string): void => {
    void source.copy(text).then(
      () => setStatus(t('copiedCurl')),
      () => setStatus(t('copyFailed')),
    );
  };
  const copyReport = async (): Promise<void> => {
    const [env, { reportGroups, markdownReport }] = await Promise.all([source.environment(), import('./actions')]);
    const groups = await reportGroups(view, Date.now(), t);
    const text = markdownReport({
      pageUrl: view.pageUrl,
      browser: `${env.browserName} ${env.browserVersion}`.trim(),
      generatedAt: Date.now(),
      verdict,
      groups,
      droppedDetails: view.dropped,
    });
    await source.copy(text).then(
      () => setStatus(t('copiedReport')),
      () => setStatus(t('copyFailed')),
    );
  };
  const exportJson = async (): Promise<void> => {
    if (!log) return;
    const [env, { jsonExport }] = await Promise.all([source.environment(), import('./actions')]);
    const data = jsonExport(log, { generatedAt: Date.now(), extensionVersion: env.extensionVersion });
    source.download(`${fileBase}.json`, 'application/json', JSON.stringify(data, null, 2));
    setStatus(t('exported', `${fileBase}.json`));
  };
  const exportHar = async (): Promise<void> => {
    if (!log) return;
    const [env, { harFromLog }] = await Promise.all([source.environment(), import('./actions')]);
    const har = harFromLog(log, {
      browserName: env.browserName,
      browserVersion: env.browserVersion,
      creatorVersion: env.extensionVersion,
    });
    source.download(`${fileBase}.har`, 'application/json', JSON.stringify(har, null, 2));
    setStatus(t('exported', `${fileBase}.har`));
  };
  const main = view.mainDocument;
  const verdict = main
    ? t('verdictPageFailed', failureLabel(main.key))
    : view.countedTotal === 0
      ? t('verdictNone')
      : view.countedTotal === 1
        ? t('verdictOneFailed')
        : t('verdictSomeFailed', String(view.countedTotal));
  return (
    <main class="popup" data-state={main ? 'page-failed' : view.countedTotal > 0 ? 'failures' : 'empty'}>
      <header class="head">
        {toolbar}
        {host && <p class="host">{host}</p>}
        <h1 class={`verdict ${main ? 'bad' : view.countedTotal > 0 ? 'warn' : 'ok'}`}>{verdict}</h1>
      </header>
      {!access && (
        <div class="access" role="alert">
          <p>{t('accessWithdrawn')}</p>
          <button
            type="button"
            onClick={() => {
              // permissions.request must run inside the click handler.
              void source.requestHostAccess().then(setAccess);
            }}
          >
            {t('accessGrant')}
          </button>
        </div>
      )}
      {view.counted.length === 0 && !main && <p class="empty">{t('verdictNoneDetail')}</p>}
      {view.counted.length > 0 && (
        <ul class="groups counted" aria-label={verdict}>
          {view.counted.map((g) => (
            <GroupItem
              key={g.key}
              g={g}
              t={t}
              open={g.hasMainDocument}
              voice={voice}
              onVoice={setVoice}
              pageUrl={view.pageUrl}
              onCopy={copyCurl}
            />
          ))}
        </ul>
      )}
      {view.apart.length > 0 && (
        <details class="apart">
          <summary>{t('notCounted', String(view.apartTotal))}</summary>
          <p class="apart-detail">{t('notCountedDetail')}</p>
          <ul class="groups apart-list">
            {view.apart.map((g) => (
              <GroupItem
                key={g.key}
                g={g}
                t={t}
                open={false}
                voice={voice}
                onVoice={setVoice}
                pageUrl={view.pageUrl}
                onCopy={copyCurl}
              />
            ))}
          </ul>
        </details>
      )}
      {view.dropped > 0 && <p class="dropped">{t('droppedNote', String(view.dropped))}</p>}
      {(view.counted.length > 0 || view.apart.length > 0) && (
        <footer class="actions">
          <button type="button" onClick={() => void copyReport()}>
            {t('copyReport')}
          </button>
          <button type="button" onClick={() => void exportJson()}>
            {t('exportJson')}
          </button>
          <button type="button" onClick={() => void exportHar()}>
            {t('exportHar')}
          </button>
          <button type="button" onClick={() => void source.clearTab(tabId)}>
            {t('clearList')}
          </button>
        </footer>
      )}
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
