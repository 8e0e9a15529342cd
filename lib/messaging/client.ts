import { browser } from 'wxt/browser';
import type { Envelope, MessageName, Reply, RequestOf, ResponseOf } from './protocol';

export class MessageError extends Error {
  override name = 'MessageError';
}

/** Sends one typed message to the background and unwraps its reply; a handler's failure rejects. */
export async function sendMessage<K extends MessageName>(
  name: K,
  data: RequestOf<K>,
): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { tact: 1, name, data };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined;
  if (!reply) throw new MessageError(`No answer to ${name}`);
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.value;
}
