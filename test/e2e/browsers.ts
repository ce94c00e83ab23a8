import { existsSync } from 'node:fs';

/** Where Debian (and most Linux distributions) put the browsers the e2e suites drive. */
const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];
const FIREFOX_PATHS = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export const INSTALL_HINT =
  'Install the browsers with: sudo apt-get install -y chromium firefox-esr xvfb ' +
  '(or set CHROMIUM_PATH / FIREFOX_PATH to their executables).';

export function findChromium(): string {
  const env = process.env['CHROMIUM_PATH'];
  if (env) return env;
  const found = CHROMIUM_PATHS.find((p) => existsSync(p));
  if (!found) throw new Error(`Chromium was not found. ${INSTALL_HINT}`);
  return found;
}

export function findFirefox(): string {
  const env = process.env['FIREFOX_PATH'];
  if (env) return env;
  const found = FIREFOX_PATHS.find((p) => existsSync(p));
  if (!found) throw new Error(`Firefox was not found. ${INSTALL_HINT}`);
  return found;
}

export function hasBrowser(kind: 'chromium' | 'firefox'): boolean {
  try {
    if (kind === 'chromium') findChromium();
    else findFirefox();
    return true;
  } catch {
    return false;
  }
}
