import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '@/lib/messaging/client';
import type { PageContext } from '@/lib/messaging/protocol';
import { platformOfHost } from '@/lib/platforms';
import { onRevisionChange } from '@/lib/revision';
import { startComposer } from './composer';
import { reportError } from './report-error';

/** The content script's life: pick the platform, fetch the brand's context, refresh it when it changes. */
export function startContent(ctx: ContentScriptContext): void {
  const platform = platformOfHost(location.hostname);
  let context: PageContext | null = null;

  const refresh = async () => {
    context = await sendMessage('getPageContext', { url: location.href });
    return context;
  };

  refresh().catch(reportError);
  startComposer(ctx, () => context);
  const stop = onRevisionChange(() => void refresh().catch(reportError));
  ctx.onInvalidated(stop);
  void platform;
}
