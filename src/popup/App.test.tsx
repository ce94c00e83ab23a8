// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FixtureSource } from '../../test/fakes/fixture-source';
import { failure, logFrom, response } from '../../test/fakes/logs';
import { translate } from '../../test/fakes/translate';
import { App } from './App';

let root: HTMLElement;

beforeEach(() => {
  root = document.createElement('div');
  document.body.appendChild(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 5)));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

const $ = (sel: string): HTMLElement | null => root.querySelector(sel);
const $$ = (sel: string): HTMLElement[] => [...root.querySelectorAll<HTMLElement>(sel)];

describe('popup', () => {
  it('shows a friendly empty state when nothing failed', async () => {
    render(<App source={new FixtureSource(logFrom('https://shop.example/cart'))} t={translate} />, root);
    await settle();
    expect($('.popup')?.dataset['state']).toBe('empty');
    expect($('.host')?.textContent).toBe('shop.example');
    expect($('.verdict')?.textContent).toBe('No failed requests on this page.');
    expect($$('.group')).toHaveLength(0);
  });

  it('says when there is no tab to show', async () => {
    render(<App source={new FixtureSource(undefined, { tabId: null })} t={translate} />, root);
    await settle();
    expect($('.verdict')?.textContent).toBe('There is no web page in this tab.');
  });

  it('groups failures by code, severest first, with counts and types', async () => {
    const log = logFrom(
      'https://shop.example/',
      response(404, { type: 'image' }),
      response(404, { type: 'script' }),
      response(503),
      failure('net::ERR_NAME_NOT_RESOLVED'),
      failure('net::ERR_BLOCKED_BY_CLIENT'),
    );
    render(<App source={new FixtureSource(log)} t={translate} />, root);
    await settle();
    expect($('.verdict')?.textContent).toBe('This page loaded, but 4 requests failed.');
    const groups = $$('.groups.counted > .group');
    expect(groups.map((g) => g.dataset['key'])).toEqual(['net::ERR_NAME_NOT_RESOLVED', '503', '404']);
    expect(groups[2]?.querySelector('.count')?.textContent).toBe('2×');
    expect(groups[2]?.querySelector('.types')?.textContent).toBe('image 1, script 1');
    // Noise is apart, not counted.
    expect($('.apart summary')?.textContent).toBe('Not counted (1): blocked or cancelled');
  });

  it('leads with the page’s own failure and opens its explanation', async () => {
    const log = logFrom(
      'https://shop.example/gone',
      response(404, { type: 'main_frame', url: 'https://shop.example/gone' }),
    );
    render(<App source={new FixtureSource(log)} t={translate} />, root);
    await until(() => $('.entry[data-entry-id="404"]') !== null, 'the 404 entry');
    expect($('.verdict')?.textContent).toBe('This page itself failed: 404 Not Found');
    expect($('.popup')?.dataset['state']).toBe('page-failed');
    expect($('.requests')?.textContent).toContain('the page itself');
  });

  it('marks requests made by frames with the frame’s host', async () => {
    const log = logFrom(
      'https://shop.example/',
      response(404, {
        frameId: 7,
        parentFrameId: 0,
        initiator: 'https://widget.example',
        url: 'https://widget.example/a.png',
      }),
      response(404, { frameId: 0, url: 'https://shop.example/b.png' }),
    );
    render(<App source={new FixtureSource(log)} t={translate} />, root);
    await settle();
    expect($('.group summary .mark.frame')?.textContent).toBe('in a frame');
    $('.group summary')?.click();
    await until(() => $('.requests .mark.frame') !== null, 'the request marks');
    expect($$('.requests .mark.frame').map((m) => m.textContent)).toEqual(['in a frame from widget.example']);
  });

  it('says which family an unknown network error belongs to', async () => {
    const log = logFrom('https://a.example/', failure('net::ERR_CERT_SOMETHING_NEW'));
    render(<App source={new FixtureSource(log)} t={translate} />, root);
    await settle();
    $('.group summary')?.click();
    await until(() => $('.entry[data-entry-id="generic-network"]') !== null, 'the generic entry');
    expect($('.family')?.textContent).toBe("The site's security certificate was not accepted.");
  });

  it('renders server text as text, never as markup', async () => {
    const evil = 'https://shop.example/<img src=x onerror=alert(1)>"><script>alert(2)</script>';
    const log = logFrom('https://shop.example/', response(404, { url: evil }));
    render(<App source={new FixtureSource(log)} t={translate} />, root);
    await settle();
    $('.group summary')?.click();
    await settle();
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('script')).toBeNull();
    const li = $('.requests li');
    expect(li?.getAttribute('title')).toContain('<img src=x onerror=alert(1)>');
    expect(li?.textContent).toContain('shop.example/');
  });

  it('switches voice and remembers the choice', async () => {
    const source = new FixtureSource(logFrom('https://a.example/', response(500)));
    render(<App source={source} t={translate} />, root);
    await settle();
    $('.group summary')?.click();
    await until(() => $('.entry') !== null, 'the entry');
    const owner = $$('[role="tab"]').find((b) => b.textContent === 'I run this site');
    owner?.click();
    await settle();
    expect(owner?.getAttribute('aria-selected')).toBe('true');
    expect(source.voices).toEqual(['owner']);
  });

  it('updates live when the background records more failures, and clears on request', async () => {
    const source = new FixtureSource(logFrom('https://a.example/', response(500)));
    render(<App source={source} t={translate} />, root);
    await settle();
    expect($('.verdict')?.textContent).toBe('This page loaded, but 1 request failed.');
    await act(() => source.push(logFrom('https://a.example/', response(500), response(502))));
    expect($('.verdict')?.textContent).toBe('This page loaded, but 2 requests failed.');
    $$('.actions button')
      .find((b) => b.textContent === 'Clear list')
      ?.click();
    expect(source.cleared).toEqual([1]);
  });

  it('searches any code or error offline', async () => {
    render(<App source={new FixtureSource(logFrom('https://a.example/'))} t={translate} />, root);
    await settle();
    $$('.toolbar button')
      .find((b) => b.textContent === 'Search codes')
      ?.click();
    await until(() => $('input[type="search"]') !== null, 'the search box (a lazy chunk)');
    const input = $('input[type="search"]') as HTMLInputElement;
    input.value = 'ERR_NAME_NOT_RESOLVED';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => $('.hit-entry .entry') !== null, 'a search result entry');
    expect($('.hit-entry .entry')?.dataset['entryId']).toBe('net::ERR_NAME_NOT_RESOLVED');
    input.value = 'zzzz-nothing';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => $('.search .empty') !== null, 'the no-results note');
    expect($('.search .empty')?.textContent).toBe('Nothing matches “zzzz-nothing”.');
  });
});

describe('popup diagnosis and actions', () => {
  const cloudflare502 = () =>
    logFrom(
      'https://shop.example/',
      response(502, {
        url: 'https://shop.example/api/cart?token=s3cr3t-value',
        type: 'xmlhttprequest',
        headers: [
          ['Server', 'cloudflare'],
          ['CF-RAY', '8f1e2d3c4b5a6978-AMS'],
          ['Retry-After', '120'],
        ],
      }),
    );

  it('leads with who answered, the platform’s advice and the hints', async () => {
    render(<App source={new FixtureSource(cloudflare502())} t={translate} />, root);
    await settle();
    $('.group summary')?.click();
    await until(() => $('.platform-advice') !== null, 'the Cloudflare advice');
    expect($('.served-by')?.textContent).toMatch(/^Served by Cloudflare\./);
    expect($('.served-by .lead')?.textContent?.trim().length).toBeGreaterThan(10);
    const hints = $$('.hints li').map((li) => li.textContent ?? '');
    expect(hints.some((h) => /^Try again in [12]:\d\d$/.test(h))).toBe(true);
    expect($('.request-ids')?.textContent).toContain('8f1e2d3c4b5a6978-AMS');
    expect($('.platform-advice h4')?.textContent).toBe('On Cloudflare');
    // Diagnosis comes before the general explanation.
    const body = $('.group-body');
    const order = [...(body?.children ?? [])].map((c) => c.className);
    expect(order.indexOf('diagnosis')).toBeLessThan(order.indexOf('entry'));
  });

  it('copies a redacted Markdown report with the request ids', async () => {
    const source = new FixtureSource(cloudflare502());
    render(<App source={source} t={translate} />, root);
    await settle();
    $$('.actions button')
      .find((b) => b.textContent === 'Copy report')
      ?.click();
    await until(() => source.copied.length === 1, 'the report on the clipboard');
    const md = source.copied[0] ?? '';
    expect(md).toContain('502 Bad Gateway');
    expect(md).toContain('TestBrowser 1.0');
    expect(md).toContain('8f1e2d3c4b5a6978-AMS');
    expect(md).toContain('Served by Cloudflare');
    expect(md).not.toContain('s3cr3t-value');
    expect($('.status')?.textContent).toContain('Copied a Markdown report');
  });

  it('copies one request as cURL with the method and the redacted address only', async () => {
    const source = new FixtureSource(cloudflare502());
    render(<App source={source} t={translate} />, root);
    await settle();
    $('.group summary')?.click();
    await settle();
    ($('.copy-curl') as HTMLButtonElement).click();
    await until(() => source.copied.length === 1, 'the cURL command');
    expect(source.copied[0]).toBe("curl 'https://shop.example/api/cart?token=[redacted]'".replace('curl ', 'curl -g '));
  });

  it('exports JSON and HAR 1.2 files', async () => {
    const source = new FixtureSource(cloudflare502());
    render(<App source={source} t={translate} />, root);
    await settle();
    $$('.actions button')
      .find((b) => b.textContent === 'Export JSON')
      ?.click();
    $$('.actions button')
      .find((b) => b.textContent === 'Export HAR')
      ?.click();
    await until(() => source.downloads.length === 2, 'two downloads');
    const [json, har] = source.downloads;
    expect(json?.fileName).toMatch(/^http-why-shop\.example-[\d-]+\.json$/);
    expect((JSON.parse(json?.text ?? '{}') as { format: string }).format).toBe('http-why-export');
    const parsed = JSON.parse(har?.text ?? '{}') as {
      log: { version: string; entries: { response: { status: number } }[] };
    };
    expect(har?.fileName).toMatch(/\.har$/);
    expect(parsed.log.version).toBe('1.2');
    expect(parsed.log.entries[0]?.response.status).toBe(502);
    expect(har?.text).not.toContain('s3cr3t-value');
  });

  it('says when host access was withdrawn and asks for it inside the click', async () => {
    const source = new FixtureSource(logFrom('https://a.example/'));
    source.access = false;
    render(<App source={source} t={translate} />, root);
    await settle();
    expect($('.access')?.textContent).toContain('access to websites was withdrawn');
    ($('.access button') as HTMLButtonElement).click();
    await settle();
    expect(source.accessRequests).toBe(1);
    expect($('.access')).toBeNull();
  });
});
