import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '@/lib/messaging/client';
import type { PageContext } from '@/lib/messaging/protocol';
import { platformOfHost } from '@/lib/platforms';
import { onRevisionChange } from '@/lib/revision';
import { insertTemplateForComment, startComposer } from './composer';
import { startHighlights } from './highlights';
import { recordTiming } from './highlights/timing';
import { reportError } from './report-error';

/**
 * The content script's life: pick the platform, fetch the brand's context (the brand follows the page's
 * URL), refresh it when it changes or the page navigates, and hand it to each feature.
 */
export function startContent(ctx: ContentScriptContext): void {
  const start = performance.now();
  const platform = platformOfHost(location.hostname);
  let context: PageContext | null = null;
  const highlights = startHighlights(ctx, platform, insertTemplateForComment);
  startComposer(ctx, () => context);

  let asked = 0;
  const refresh = async () => {
    const ask = ++asked;
    const next = await sendMessage('getPageContext', { url: location.href });
    // A slower answer to an older question (before a navigation) must not win.
    if (ask !== asked || ctx.isInvalid) return;
    context = next;
    highlights.setContext(next);
  };

  refresh().catch(reportError);
  const stop = onRevisionChange(() => void refresh().catch(reportError));
  ctx.onInvalidated(stop);
  // Single-page apps change the URL without reloading us: the brand or the silencing may change with it.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    highlights.rescan();
    refresh().catch(reportError);
  });
  recordTiming('tact:start', start);
}
