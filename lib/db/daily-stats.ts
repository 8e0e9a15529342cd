/** Reads of the `dailyStats` rollup (kept by ./daily-stats-sync.ts) for the reports. */
import type { DailyStats } from '../reports/daily-stats';
import { type DayRange, type RollupReport, reportFromDailyStats } from '../reports/rollup-report';
import type { TactDatabase } from './database';

/** The rollup records of the days, for one brand or (no brandId) every brand and none. */
export async function dailyStatsInRange(
  db: TactDatabase,
  range: DayRange,
  brandId?: string,
): Promise<DailyStats[]> {
  if (range.fromDay > range.toDay) return [];
  const records = await db.dailyStats.where('day').between(range.fromDay, range.toDay, true, true).toArray();
  return brandId ? records.filter((record) => record.brandId === brandId) : records;
}

/** The report of whole local days, from the rollup: a few thousand small records even for a long range. */
export async function readReport(db: TactDatabase, range: DayRange, brandId?: string): Promise<RollupReport> {
  return reportFromDailyStats(await dailyStatsInRange(db, range, brandId), range);
}
