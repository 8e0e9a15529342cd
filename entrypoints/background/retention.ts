import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db/database';
import { purgeInteractionsOlderThan } from '@/lib/db/retention';
import { readSettings } from '@/lib/db/settings-store';

export const RETENTION_ALARM = 'tact-retention';

/** Applies the retention setting: interactions older than `retentionDays` days are deleted. */
export async function purgeExpiredInteractions(now: number = Date.now()): Promise<number> {
  const db = getDb();
  const { retentionDays } = await readSettings(db);
  return purgeInteractionsOlderThan(db, retentionDays, now);
}

/**
 * Purges once at background start, then daily through an alarm (a service worker does not live long
 * enough for a timer). Call from defineBackground's main function.
 */
export function registerRetention(): void {
  const purge = () =>
    purgeExpiredInteractions().catch((error: unknown) =>
      console.error('Tact: purging the log failed', error),
    );
  void purge();
  void browser.alarms.create(RETENTION_ALARM, { periodInMinutes: 24 * 60 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void purge();
  });
}
