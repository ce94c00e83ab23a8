import { useMemo } from 'preact/hooks';
import { curlCommand } from '../core/report/curl';
import type { Voice } from '../core/settings';
import { hostOf, shortenUrl } from '../core/url';
import type { FailureGroupView } from '../core/view-model';
import { DiagnosisView, diagnosisOf } from './Diagnosis';
import { Explanation } from './Explanation';
import { PlatformAdviceView, usePlatformAdvice } from './PlatformAdvice';
import type { Translate } from './source';

const SHOWN_REQUESTS = 20;

/**
 * An open group: what the response tells first (diagnosis and the platform's
 * lead), then the requests, the platform's advice and the general explanation.
 */
export function GroupDetails({
  g,
  t,
  voice,
  onVoice,
  pageUrl,
  onCopy,
}: {
  g: FailureGroupView;
  t: Translate;
  voice: Voice;
  onVoice: (v: Voice) => void;
  pageUrl: string;
  onCopy: (text: string) => void;
}) {
  const rep = g.requests[0];
  const d = useMemo(
    () => (rep ? diagnosisOf(rep, g.requests, pageUrl, Date.now()) : undefined),
    [rep, g.requests, pageUrl],
  );
  const found = usePlatformAdvice(d?.platforms ?? [], g.key, true);
  const more = g.requests.length - SHOWN_REQUESTS;
  return (
    <>
      {d && <DiagnosisView d={d} lead={found?.advice.lead} t={t} />}
      <h4 class="visually-hidden">{t('sectionRequests')}</h4>
      <ul class="requests">
        {g.requests.slice(0, SHOWN_REQUESTS).map((r) => (
          <li key={r.requestId + r.time} title={r.url}>
            <span class="method">{r.method}</span> <span class="url">{shortenUrl(r.url)}</span>{' '}
            <span class="rtype">{r.type === 'main_frame' ? t('pageDocument') : r.type}</span>
            {r.frameId > 0 && r.type !== 'main_frame' && (
              <span class="mark frame">
                {r.initiator && hostOf(r.initiator) ? t('frameMarkFrom', hostOf(r.initiator)) : t('frameMark')}
              </span>
            )}
            {r.thirdParty && <span class="mark third">{t('thirdPartyOne')}</span>}
            <button
              type="button"
              class="copy-curl"
              aria-label={t('copyCurlFor', shortenUrl(r.url, 60))}
              onClick={() => onCopy(curlCommand(r))}
            >
              {t('copyCurl')}
            </button>
          </li>
        ))}
        {more > 0 && <li class="more">{t('moreRequests', String(more))}</li>}
      </ul>
      {found && <PlatformAdviceView found={found} voice={voice} t={t} />}
      <Explanation failureKey={g.key} t={t} voice={voice} onVoice={onVoice} />
    </>
  );
}
