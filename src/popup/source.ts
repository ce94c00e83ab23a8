import type { Settings, Voice } from '../core/settings';
import type { TabLog } from '../core/tab-log';

/**
 * Everything the popup needs from the outside world. The extension implements it
 * over browser APIs (src/platform/popup-source.ts); tests and the plain-page
 * renderer pass fixture data.
 */
export interface PopupSource {
  /** The tab to show: `?tabId=N` from the URL, else the active tab. */
  tabId(): Promise<number | undefined>;
  getTab(tabId: number): Promise<TabLog | undefined>;
  /**
   * The tab's counts without its detailed records (one small read): enough for
   * the list, so the popup shows it before the records arrive.
   */
  getHead(tabId: number): Promise<TabLog | undefined>;
  /** Calls back whenever the tab's log changes; returns an unsubscribe function. */
  subscribe(tabId: number, onChange: (log: TabLog | undefined) => void): () => void;
  clearTab(tabId: number): Promise<void>;
  settings(): Promise<Settings>;
  /** Remembers the voice the person last chose, as the default for next time. */
  saveVoice(v: Voice): Promise<void>;
  openOptions(): void;
  /** Puts text on the clipboard. */
  copy(text: string): Promise<void>;
  /** Offers a file to save. */
  download(fileName: string, mimeType: string, text: string): void;
  /** Browser and extension versions, for reports and HAR files. */
  environment(): Promise<Environment>;
  /**
   * Firefox lets people withdraw host access: whether we may see this tab's site,
   * and a way to ask again (must run inside the click).
   */
  hostAccess(): Promise<boolean>;
  requestHostAccess(): Promise<boolean>;
}

export interface Environment {
  readonly browserName: string;
  readonly browserVersion: string;
  readonly extensionVersion: string;
}

/** Looks up an interface string by its messages.json key (defined with the core's formatting). */
export type { Translate } from '../core/diagnose/format';
