import type { Browser } from 'wxt/browser';
import type { TabStatus } from '@/lib/messaging/protocol';
import type { Handlers } from '@/lib/messaging/server';
import { platformOfUrl } from '@/lib/platforms';

/** Enough for every open tab of a CM's day; the oldest entries go first. */
const MAX_TABS = 200;

/**
 * What the background has seen of each tab's content script since it last woke (in memory only: the
 * popup and the e2e tests ask whether Tact runs on a tab without touching the page).
 */
const statuses = new Map<number, TabStatus>();

export function recordContextRequest(url: string, sender: Browser.runtime.MessageSender): void {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return;
  statuses.delete(tabId);
  statuses.set(tabId, { tabId, url, platform: platformOfUrl(url), contextRequestedAt: Date.now() });
  if (statuses.size > MAX_TABS) {
    const oldest = statuses.keys().next().value;
    if (oldest !== undefined) statuses.delete(oldest);
  }
}

export const tabStatusHandlers: Pick<Handlers, 'getTabStatus'> = {
  getTabStatus({ tabId, url }) {
    if (tabId !== undefined) return statuses.get(tabId) ?? null;
    const matches = [...statuses.values()].filter((status) => status.url === url);
    return matches.sort((a, b) => b.contextRequestedAt - a.contextRequestedAt)[0] ?? null;
  },
};
