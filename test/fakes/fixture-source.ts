import { DEFAULT_SETTINGS, type Settings, type Voice } from '../../src/core/settings';
import type { TabLog } from '../../src/core/tab-log';
import type { Environment, PopupSource } from '../../src/popup/source';

/** A PopupSource over fixture data, recording what the popup asked for. */
export class FixtureSource implements PopupSource {
  cleared: number[] = [];
  voices: Voice[] = [];
  optionsOpened = 0;
  private listeners = new Set<(log: TabLog | undefined) => void>();

  private readonly id: number | undefined;
  private readonly s: Settings;

  /** `tabId: null` stands for "no tab to show" (a browser page, no active tab). */
  constructor(
    private log: TabLog | undefined,
    opts: { tabId?: number | null; settings?: Settings } = {},
  ) {
    this.id = opts.tabId === null ? undefined : (opts.tabId ?? 1);
    this.s = opts.settings ?? DEFAULT_SETTINGS;
  }

  tabId(): Promise<number | undefined> {
    return Promise.resolve(this.id);
  }
  getTab(): Promise<TabLog | undefined> {
    return Promise.resolve(this.log);
  }
  getHead(): Promise<TabLog | undefined> {
    return Promise.resolve(this.log ? { ...this.log, recent: [] } : undefined);
  }
  subscribe(_tabId: number, onChange: (log: TabLog | undefined) => void): () => void {
    this.listeners.add(onChange);
    return () => this.listeners.delete(onChange);
  }
  /** Simulates the background writing a new state for the tab. */
  push(log: TabLog | undefined): void {
    this.log = log;
    for (const l of this.listeners) l(log);
  }
  clearTab(tabId: number): Promise<void> {
    this.cleared.push(tabId);
    return Promise.resolve();
  }
  settings(): Promise<Settings> {
    return Promise.resolve(this.s);
  }
  saveVoice(v: Voice): Promise<void> {
    this.voices.push(v);
    return Promise.resolve();
  }
  openOptions(): void {
    this.optionsOpened++;
  }
  copied: string[] = [];
  downloads: { fileName: string; mimeType: string; text: string }[] = [];
  access = true;
  accessRequests = 0;
  copy(text: string): Promise<void> {
    this.copied.push(text);
    return Promise.resolve();
  }
  download(fileName: string, mimeType: string, text: string): void {
    this.downloads.push({ fileName, mimeType, text });
  }
  environment(): Promise<Environment> {
    return Promise.resolve({ browserName: 'TestBrowser', browserVersion: '1.0', extensionVersion: '0.1.0' });
  }
  hostAccess(): Promise<boolean> {
    return Promise.resolve(this.access);
  }
  requestHostAccess(): Promise<boolean> {
    this.accessRequests++;
    this.access = true;
    return Promise.resolve(true);
  }
}
