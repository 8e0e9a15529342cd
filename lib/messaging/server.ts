import { type Browser, browser } from 'wxt/browser';
import { isEnvelope, type MessageName, type Reply, type RequestOf, type ResponseOf } from './protocol';

export type Handlers = {
  [K in MessageName]: (
    data: RequestOf<K>,
    sender: Browser.runtime.MessageSender,
  ) => Promise<ResponseOf<K>> | ResponseOf<K>;
};

/**
 * Registers the background's handlers. runtime.onMessage only hears our own contexts (other extensions and
 * pages would come through onMessageExternal, which we do not listen to); anything not in our envelope is ignored.
 */
export function serveMessages(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isEnvelope(message)) return undefined;
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
