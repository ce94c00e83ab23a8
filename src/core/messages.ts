/** Messages extension pages send to the background. Anything else is ignored. */
export type Command = { readonly type: 'clear-tab'; readonly tabId: number };

export function parseCommand(msg: unknown): Command | null {
  if (typeof msg !== 'object' || msg === null) return null;
  const m = msg as Record<string, unknown>;
  if (m['type'] === 'clear-tab' && typeof m['tabId'] === 'number' && Number.isInteger(m['tabId']) && m['tabId'] >= 0) {
    return { type: 'clear-tab', tabId: m['tabId'] };
  }
  return null;
}
