// @vitest-environment happy-dom
import fc from 'fast-check';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FixtureSource } from '../../test/fakes/fixture-source';
import { failure, logFrom, response } from '../../test/fakes/logs';
import { translate } from '../../test/fakes/translate';
import type { Header, Observation } from '../core/observation';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { App } from './App';

/**
 * Property-based test of the popup: logs built from hostile observations (markup
 * and script in URLs, headers and error names, bidi marks, 10 KB strings) render
 * without throwing, as text only: no element from outside data, no handler
 * attribute, and the only links are http(s) ones that open without an opener.
 */

let root: HTMLElement;

beforeEach(() => {
  root = document.createElement('div');
  document.body.appendChild(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

/** Lets effects, lazy chunks and knowledge entries load until the DOM stops changing. */
async function quiesce(): Promise<void> {
  let last = '';
  let stable = 0;
  for (let i = 0; i < 300 && stable < 3; i++) {
    await act(() => new Promise((r) => setTimeout(r, 2)));
    const now = root.innerHTML;
    stable = now === last && root.querySelector('.loading') === null ? stable + 1 : 0;
    last = now;
  }
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><iframe src=javascript:alert(1)></iframe>",
  '<a href="javascript:alert(1)">x</a>',
  '<svg onload=alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  '%3Cscript%3Ealert(1)%3C/script%3E',
  '\u202e',
  '\u200f',
  '\u2066',
  '\u0000',
  '\n',
  'ע',
  '😀',
  '\ud800',
];

const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constant('x'.repeat(10_000)) },
);
const hostileText: fc.Arbitrary<string> = fc.array(piece, { maxLength: 4 }).map((p) => p.join(''));

const urlArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('https://', 'http://', 'wss://', 'HTTPS://'),
    fc.constantFrom('shop.example', 'cdn.other.example', 'xn--mnchen-3ya.de', 'münchen.de', 'u:p@a.example'),
    hostileText,
  )
  .map(([s, h, p]) => `${s}${h}/${p}`);

/** Headers that feed the diagnosis (platforms, hints, request ids), with hostile values. */
const headerArb: fc.Arbitrary<Header> = fc.oneof(
  fc.tuple(
    fc.constantFrom(
      'Server',
      'Retry-After',
      'Allow',
      'WWW-Authenticate',
      'Link',
      'Content-Type',
      'CF-RAY',
      'X-Request-Id',
    ),
    hostileText,
  ),
  fc.constantFrom<Header>(
    ['Server', 'cloudflare'],
    ['Server', 'nginx'],
    ['Retry-After', '120'],
    ['WWW-Authenticate', 'Basic realm="<script>alert(1)</script>"'],
    ['Link', '<javascript:alert(1)>; rel="blocked-by"'],
    ['Link', '<https://evil.example/"><img src=x onerror=alert(1)>>; rel="blocked-by"'],
    ['Allow', 'GET, <script>'],
    ['X-Request-Id', '"><img src=x onerror=alert(1)>'],
  ),
);

const observationArb: fc.Arbitrary<Observation> = fc
  .record({
    url: urlArb,
    type: fc.constantFrom('main_frame', 'sub_frame', 'image', 'script', 'xmlhttprequest', 'font'),
    frameId: fc.nat({ max: 2 }),
    status: fc.constantFrom(0, 401, 403, 404, 405, 429, 451, 500, 502, 503, 520, 999),
    error: fc.oneof(
      fc.constantFrom(
        'net::ERR_NAME_NOT_RESOLVED',
        'net::ERR_FAILED',
        'net::ERR_BLOCKED_BY_CLIENT',
        'NS_BINDING_ABORTED',
      ),
      hostileText,
    ),
    method: fc.oneof(fc.constantFrom('GET', 'POST', 'DELETE'), hostileText),
    headers: fc.array(headerArb, { maxLength: 6 }),
    initiator: fc.option(urlArb, { nil: undefined }),
  })
  .map(({ url, type, frameId, status, error, method, headers, initiator }) => {
    const over = { url, type, frameId, method, ...(initiator !== undefined ? { initiator } : {}) };
    return status === 0 ? failure(error, over) : response(status, { ...over, headers });
  });

const settingsArb: fc.Arbitrary<Settings> = fc.constantFrom<Settings>(
  DEFAULT_SETTINGS,
  {
    ...DEFAULT_SETTINGS,
    count: { client: true, server: true, 'odd-status': true, network: true, aborted: true, blocked: true },
  },
  { ...DEFAULT_SETTINGS, countThirdParty: false, defaultVoice: 'owner' },
);

/** Elements that outside data must never create. */
const FORBIDDEN = 'script, img, iframe, object, embed, svg, frame, frameset, link, meta, base, form, style';

function expectInert(): void {
  expect(root.querySelector(FORBIDDEN)).toBeNull();
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.getAttributeNames()) expect(attr.toLowerCase().startsWith('on')).toBe(false);
    const src = el.getAttribute('src') ?? el.getAttribute('srcdoc') ?? el.getAttribute('formaction');
    expect(src).toBeNull();
  }
  for (const a of root.querySelectorAll('a')) {
    expect(a.getAttribute('href') ?? '').toMatch(/^https?:\/\//i);
    const rel = (a.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    expect(rel).toContain('noopener');
    expect(rel).toContain('noreferrer');
  }
}

describe('popup rendering (property-based)', () => {
  it('renders any recorded log as inert text, with only safe http(s) links', { timeout: 60_000 }, async () => {
    let sawLinks = false;
    await fc.assert(
      fc.asyncProperty(
        urlArb,
        fc.array(observationArb, { minLength: 1, maxLength: 8 }),
        settingsArb,
        async (pageUrl, observations, settings) => {
          render(null, root);
          root.innerHTML = '';
          const log = logFrom(pageUrl, ...observations);
          render(<App source={new FixtureSource(log, { settings })} t={translate} />, root);
          await quiesce();
          expect(root.querySelector('.popup')).not.toBeNull();
          expectInert();
          // Open every group (and the "not counted" list): diagnosis, advice and explanations render too.
          for (const summary of root.querySelectorAll('summary')) {
            const details = summary.parentElement;
            if (details instanceof HTMLDetailsElement && !details.open) summary.click();
          }
          await quiesce();
          for (const summary of root.querySelectorAll('summary')) {
            const details = summary.parentElement;
            if (details instanceof HTMLDetailsElement && !details.open) summary.click();
          }
          await quiesce();
          expectInert();
          if (root.querySelector('a') !== null) sawLinks = true;
          // Every request shown keeps its address as text (the title), exactly as recorded.
          const recorded = new Set([...log.recent, ...(log.mainDocument ? [log.mainDocument] : [])].map((r) => r.url));
          for (const li of root.querySelectorAll('.requests li[title]')) {
            expect(recorded.has(li.getAttribute('title') ?? '')).toBe(true);
          }
        },
      ),
      { numRuns: 50 },
    );
    // The link check must have had links to check (the explanations' references).
    expect(sawLinks).toBe(true);
  });
});
