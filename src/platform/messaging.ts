import { browser, type Runtime } from './browser';

/** Receives messages from the extension's own pages; answers with whatever `handle` returns. */
export function listenMessages(handle: (msg: unknown, fromOwnPage: boolean) => unknown): void {
  const ownId = browser.runtime.id;
  browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => {
    const result = handle(msg, sender.id === ownId);
    return result === undefined ? undefined : Promise.resolve(result);
  });
}

export async function sendCommand(msg: unknown): Promise<unknown> {
  return browser.runtime.sendMessage(msg);
}
