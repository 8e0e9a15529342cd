/**
 * The insertion bridge between the content script (isolated world) and a small script in the page's own
 * world. Only the page's world can dispatch a paste or beforeinput whose DataTransfer the editors can read
 * (Firefox hands the page an empty DataTransfer built in a content script; PLATFORM.md). The content
 * script announces a random channel name once; each request then carries only the text being inserted.
 */
export const BRIDGE_HELLO_EVENT = 'tact-insertion-hello';

/** The page-world script answers each request on `${channel}${BRIDGE_RESULT_SUFFIX}`, synchronously. */
export const BRIDGE_RESULT_SUFFIX = '-result';

/** `handled`: the editor cancelled the event, i.e. it took the insertion over (and may commit it later). */
export type BridgeResult = 'handled' | 'ignored';

export type BridgeTechnique = 'paste' | 'beforeinput';

export interface BridgeRequest {
  technique: BridgeTechnique;
  text: string;
}

export function isBridgeRequest(value: unknown): value is BridgeRequest {
  if (typeof value !== 'object' || value === null) return false;
  const { technique, text } = value as Record<string, unknown>;
  return (technique === 'paste' || technique === 'beforeinput') && typeof text === 'string';
}
