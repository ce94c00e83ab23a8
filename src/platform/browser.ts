/**
 * The one import site of webextension-polyfill. Chrome now ships a native
 * `browser` namespace and the polyfill is frozen upstream; removing it later is a
 * change to this file only.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Browser, Runtime, Storage, Tabs, WebRequest } from 'webextension-polyfill';
