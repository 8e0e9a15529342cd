import { subDays } from 'date-fns';
import type { TactDatabase } from './database';

/** Deletes interactions logged more than `days` days before `now`; 0 keeps everything. Returns how many went. */
export async function purgeInteractionsOlderThan(
  db: TactDatabase,
  days: number,
  now: number = Date.now(),
): Promise<number> {
  if (!Number.isFinite(days) || days <= 0) return 0;
  const cutoff = subDays(now, days).getTime();
  return db.interactions.where('at').below(cutoff).delete();
}
