import { useEffect, useMemo, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings, type Voice } from '../core/settings';
import type { TabLog } from '../core/tab-log';
import { hostOf, shortenUrl } from '../core/url';
import { failureLabel, tabView, type FailureGroupView } from '../core/view-model';
import { curlCommand } from '../core/report/curl';
import { harFromLog } from '../core/report/har';
import { jsonExport } from '../core/report/json';
import { markdownReport } from '../core/report/markdown';
import { reportGroups } from './build-report';
import { DiagnosisView, diagnosisOf } from './Diagnosis';
import { Explanation } from './Explanation';
import { PlatformAdviceView, usePlatformAdvice } from './PlatformAdvice';
import { Search } from './Search';
import type { PopupSource, Translate } from './source';

const SHOWN_REQUESTS = 20;

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
  onCopy: (what: 'curl', text: string) => void;
}) {
  const [expanded, setExpanded] = useState(open);
  const more = g.requests.length - SHOWN_REQUESTS;
  const rep = g.requests[0];
  const d = useMemo(
    () => (rep ? diagnosisOf(rep, g.requests, pageUrl, Date.now()) : undefined),
    [rep, g.requests, pageUrl],
  );
  const found = usePlatformAdvice(d?.platforms ?? [], g.key, expanded);
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
          {expanded && d && <DiagnosisView d={d} lead={found?.advice.lead} t={t} />}
          <h4 class="visually-hidden">{t('sectionRequests')}</h4>
          <ul class="requests">
            {g.requests.slice(0, SHOWN_REQUESTS).map((r) => (
              <li key={r.requestId + r.time} title={r.url}>
                <span class="method">{r.method}</span> <span class="url">{shortenUrl(r.url)}</span>{' '}
                <span class="rtype">{r.type === 'main_frame' ? t('pageDocument') : r.type}</span>
                {r.frameId > 0 && r.type !== 'main_frame' && <span class="mark frame">{t('frameMark')}</span>}
                {r.thirdParty && <span class="mark third">{t('thirdPartyOne')}</span>}
                <button
                  type="button"
                  class="copy-curl"
                  aria-label={t('copyCurlFor', shortenUrl(r.url, 60))}
                  onClick={() => onCopy('curl', curlCommand(r))}
                >
                  {t('copyCurl')}
                </button>
              </li>
            ))}
            {more > 0 && <li class="more">{t('moreRequests', String(more))}</li>}
          </ul>
          {expanded && found && <PlatformAdviceView found={found} voice={voice} t={t} />}
          {expanded && <Explanation failureKey={g.key} t={t} voice={voice} onVoice={onVoice} />}
        </div>
      </details>
    </li>
  );
}

export function App({ source, t }: { source: PopupSource; t: Translate }) {
  const [tabId, setTabId] = useState<number | undefined | null>(null);
  const [log, setLog] = useState<TabLog | undefined>(undefined);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [voice, setVoiceState] = useState<Voice>(DEFAULT_SETTINGS.defaultVoice);
  const [searching, setSearching] = useState(false);
  const [status, setStatus] = useState('');
  const [access, setAccess] = useState(true);
  const setVoice = (v: Voice): void => {
    setVoiceState(v);
    void source.saveVoice(v);
  };

  useEffect(() => {
    let unsubscribe = (): void => undefined;
    let live = true;
    void (async () => {
      const [id, s] = await Promise.all([source.tabId(), source.settings()]);
      if (!live) return;
      setSettings(s);
      setVoiceState(s.defaultVoice);
      if (id === undefined) {
        setTabId(undefined);
        return;
      }
      void source.hostAccess().then((ok) => live && setAccess(ok));
      unsubscribe = source.subscribe(id, setLog);
      const got = await source.getTab(id);
      if (!live) return;
      setLog(got);
      setTabId(id);
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
        <Search t={t} voice={voice} onVoice={setVoice} onClose={() => setSearching(false)} />
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
  const copyCurl = (_what: 'curl', text: string): void => {
    void source.copy(text).then(
      () => setStatus(t('copiedCurl')),
      () => setStatus(t('copyFailed')),
    );
  };
  const copyReport = async (): Promise<void> => {
    const env = await source.environment();
    const groups = await reportGroups(view, Date.now());
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
    const env = await source.environment();
    const data = jsonExport(log, { generatedAt: Date.now(), extensionVersion: env.extensionVersion });
    source.download(`${fileBase}.json`, 'application/json', JSON.stringify(data, null, 2));
    setStatus(t('exported', `${fileBase}.json`));
  };
  const exportHar = async (): Promise<void> => {
    if (!log) return;
    const env = await source.environment();
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
