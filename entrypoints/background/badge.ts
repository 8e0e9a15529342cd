import { browser } from 'wxt/browser';
import type { Severity } from '@/lib/model';

const BADGE_COLORS: Record<Severity, string> = {
  none: '#6b7280',
  low: '#2563eb',
  medium: '#b45309',
  high: '#dc2626',
  critical: '#7f1d1d',
};

/** The toolbar badge of a tab: how many risky comments it shows, coloured by the worst. */
export async function showTabRisk(tabId: number, count: number, highest: Severity): Promise<void> {
  const action =
    browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' });
  await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLORS[highest] });
}
