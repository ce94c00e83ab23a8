import { assembleTab, chunkKeysOf, parseHead, tabKey } from '../core/stored-state';
import type { TabLog } from '../core/tab-log';
import type { PopupSource, Translate } from '../popup/source';
import { browser } from './browser';
import { readSettings, writeSettings } from './settings-store';

function tabIdFromUrl(href: string): number | undefined {
  const raw = new URL(href).searchParams.get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  return Number(raw);
}

/** A tab's head, then the chunks it names: two small reads, never the whole session store. */
async function readTab(tabId: number): Promise<TabLog | undefined> {
  const key = tabKey(tabId);
  const head = parseHead((await browser.storage.session.get(key))[key]);
  if (!head) return undefined;
  const keys = chunkKeysOf(head);
  const chunks = keys.length > 0 ? await browser.storage.session.get(keys) : {};
  return assembleTab(head, (k) => chunks[k]) ?? undefined;
}

export function browserPopupSource(href: string): PopupSource {
  return {
    async tabId() {
      const fromUrl = tabIdFromUrl(href);
      if (fromUrl !== undefined) return fromUrl;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id;
    },
    getTab: readTab,
    subscribe(tabId, onChange) {
      const key = tabKey(tabId);
      // Every flush that changes a tab rewrites its head: re-read the tab then.
      const listener = (changes: Record<string, { newValue?: unknown }>): void => {
        if (changes[key]) void readTab(tabId).then(onChange);
      };
      browser.storage.session.onChanged.addListener(listener);
      return () => browser.storage.session.onChanged.removeListener(listener);
    },
    async getHead(tabId) {
      const key = tabKey(tabId);
      const head = parseHead((await browser.storage.session.get(key))[key]);
      if (!head) return undefined;
      const { gen: _g, firstChunk: _f, lastChunk: _l, ...rest } = head;
      return { ...rest, recent: [] };
    },
    async clearTab(tabId) {
      await browser.runtime.sendMessage({ type: 'clear-tab', tabId });
    },
    settings: readSettings,
    async saveVoice(v) {
      const s = await readSettings();
      if (s.defaultVoice !== v) await writeSettings({ ...s, defaultVoice: v });
    },
    openOptions() {
      void browser.runtime.openOptionsPage();
    },
    async copy(text) {
      await navigator.clipboard.writeText(text);
    },
    download(fileName, mimeType, text) {
      const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    async environment() {
      const extensionVersion = browser.runtime.getManifest().version;
      // Firefox answers getBrowserInfo; Chromium does not have it: feature-detect, no UA sniffing.
      const info =
        typeof browser.runtime.getBrowserInfo === 'function' ? await browser.runtime.getBrowserInfo() : undefined;
      if (info) return { browserName: info.name, browserVersion: info.version, extensionVersion };
      const data = (navigator as Navigator & { userAgentData?: { brands: { brand: string; version: string }[] } })
        .userAgentData;
      const brand =
        data?.brands.find((b) => !/not.?a.?brand/i.test(b.brand) && b.brand !== 'Chromium') ??
        data?.brands.find((b) => b.brand === 'Chromium');
      return {
        browserName: brand?.brand ?? 'Chromium-based browser',
        browserVersion: brand?.version ?? '',
        extensionVersion,
      };
    },
    hostAccess() {
      return browser.permissions.contains({ origins: ['<all_urls>'] });
    },
    requestHostAccess() {
      return browser.permissions.request({ origins: ['<all_urls>'] });
    },
  };
}

export const browserTranslate: Translate = (key, subs) => {
  const s = browser.i18n.getMessage(key, subs === undefined ? undefined : typeof subs === 'string' ? subs : [...subs]);
  return s || key;
};
