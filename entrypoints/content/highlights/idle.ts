import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** How long one slice of work may run when the browser gives no idle deadline. */
const FALLBACK_SLICE_MS = 8;
/** Work waits for idle time, but never longer than this on a page that is never idle. */
const IDLE_TIMEOUT_MS = 250;

export interface Deadline {
  timeRemaining(): number;
}

/**
 * requestIdleCallback tied to the content script's life, with a timer fallback (older Safari-like engines).
 * Not `ctx.requestIdleCallback`: it adds an abort listener per call that is never removed, thousands over a
 * day on a busy feed. Checking the context when the callback runs is enough.
 */
export function whenIdle(ctx: ContentScriptContext, work: (deadline: Deadline) => void): void {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(
      (deadline) => {
        if (ctx.isValid) work(deadline);
      },
      { timeout: IDLE_TIMEOUT_MS },
    );
    return;
  }
  setTimeout(() => {
    if (!ctx.isValid) return;
    const end = performance.now() + FALLBACK_SLICE_MS;
    work({ timeRemaining: () => Math.max(0, end - performance.now()) });
  }, 16);
}
