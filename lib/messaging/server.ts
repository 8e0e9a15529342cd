import { type Browser, browser } from 'wxt/browser';
import { isEnvelope, type MessageName, type Reply, type RequestOf, type ResponseOf } from './protocol';

export type Handlers = {
  [K in MessageName]: (
    data: RequestOf<K>,
    sender: Browser.runtime.MessageSender,
  ) => Promise<ResponseOf<K>> | ResponseOf<K>;
};

/** Registers the background's handlers; messages from other extensions or malformed ones are ignored. */
export function serveMessages(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || !isEnvelope(message)) return undefined;
    const handler = handlers[message.name as MessageName] as
      | ((data: unknown, sender: Browser.runtime.MessageSender) => unknown)
      | undefined;
    if (!handler) return Promise.resolve<Reply>({ ok: false, error: `Unknown message ${message.name}` });
    return Promise.resolve()
      .then(() => handler(message.data, sender))
      .then(
        (value) => ({ ok: true, value }) as Reply,
        (error: unknown) =>
          ({ ok: false, error: error instanceof Error ? error.message : String(error) }) as Reply,
      );
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
