import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Translate } from '../../src/popup/source';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const MESSAGES = JSON.parse(
  // From the project root (vitest's cwd): import.meta.url is not a file URL under happy-dom.
  readFileSync(resolve('public/_locales/en/messages.json'), 'utf8'),
) as Record<string, Message>;

/**
 * browser.i18n.getMessage for tests: the same messages.json, the same placeholder
 * rules ($NAME$ -> its content, $1.. -> substitutions). Unknown keys throw so a
 * missing string fails the test instead of showing a key.
 */
export const translate: Translate = (key, subs) => {
  const m = MESSAGES[key];
  if (!m) throw new Error(`messages.json has no "${key}"`);
  const list = subs === undefined ? [] : typeof subs === 'string' ? [subs] : [...subs];
  let text = m.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => {
    const ph = m.placeholders?.[name.toLowerCase()];
    return ph ? ph.content : '';
  });
  text = text.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  return text;
};

export const messageKeys = (): string[] => Object.keys(MESSAGES);
