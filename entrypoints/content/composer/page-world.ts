/**
 * Runs in the page's world (no extension API here). Listens on the channels the content script announces
 * and dispatches the paste or beforeinput it asks for on the editor that received the request. Cancelling
 * the request event tells the content script that the event was dispatched.
 */
import {
  BRIDGE_HELLO_EVENT,
  BRIDGE_RESULT_SUFFIX,
  type BridgeRequest,
  type BridgeResult,
  isBridgeRequest,
} from './bridge-protocol';

function dataTransferOf(text: string): DataTransfer {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  return data;
}

/** true when the editor cancelled the event: it handles the insertion itself. */
function dispatchInsertion(target: EventTarget, request: BridgeRequest): boolean {
  const init = { bubbles: true, cancelable: true, composed: true };
  if (request.technique === 'paste') {
    const clipboardData = dataTransferOf(request.text);
    const paste = new ClipboardEvent('paste', { ...init, clipboardData });
    // Firefox drops `clipboardData` from the event's init (the event arrives with an empty one).
    if (paste.clipboardData?.getData('text/plain') !== request.text) {
      Object.defineProperty(paste, 'clipboardData', { value: clipboardData });
    }
    return !target.dispatchEvent(paste);
  }
  return !target.dispatchEvent(
    new InputEvent('beforeinput', {
      ...init,
      inputType: 'insertReplacementText',
      data: request.text,
      dataTransfer: dataTransferOf(request.text),
    }),
  );
}

export function installInsertionBridge(): void {
  const channels = new Set<string>();
  document.addEventListener(BRIDGE_HELLO_EVENT, (event) => {
    const channel = (event as CustomEvent<unknown>).detail;
    if (typeof channel !== 'string' || !/^tact-[a-z0-9-]{16,}$/.test(channel) || channels.has(channel))
      return;
    channels.add(channel);
    document.addEventListener(
      channel,
      (request) => {
        const detail = (request as CustomEvent<unknown>).detail;
        let parsed: unknown = null;
        try {
          parsed = typeof detail === 'string' ? JSON.parse(detail) : null;
        } catch {
          return;
        }
        const target = request.composedPath()[0];
        if (!isBridgeRequest(parsed) || !target) return;
        request.stopImmediatePropagation();
        request.preventDefault();
        const result: BridgeResult = dispatchInsertion(target, parsed) ? 'handled' : 'ignored';
        document.dispatchEvent(new CustomEvent(`${channel}${BRIDGE_RESULT_SUFFIX}`, { detail: result }));
      },
      true,
    );
  });
}
