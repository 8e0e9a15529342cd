/**
 * The per-day rollup of the log: one record per local day, brand and platform, kept exact at every write
 * of an interaction (lib/db/daily-stats-sync.ts), so the reports read a few thousand small records
 * instead of every logged interaction. Pure functions; the report maths over them is in ./rollup-report.ts.
 *
 * Response times are kept as the exact values (sorted), not a histogram: the reports promise the same
 * median and 90th percentile as the CSV gives in a spreadsheet, and a day holds at most a few hundred
 * replies per brand and platform, so the arrays stay small.
 */
import { format } from 'date-fns';
import type { Interaction, InteractionAction } from '../model';
import type { Platform } from '../platforms';

export interface DailyStats {
  /** `${day}|${brandId ?? '-'}|${platform}` */
  key: string;
  /** Local day, 'yyyy-MM-dd'. */
  day: string;
  brandId: string | null;
  platform: Platform;
  /** Interactions logged, per action. */
  actions: Partial<Record<InteractionAction, number>>;
  /** Hits per clause id: every id of every interaction's `ruleIds`, whatever the action. */
  clauses: Record<string, number>;
  /** Uses per template id: interactions `inserted` or `replied` with a template. */
  templates: Record<string, number>;
  /** `responseMs` of the replies that have one, ascending. */
  responseMs: number[];
}

/** The fields of an interaction the rollup depends on. */
export type RolledUp = Pick<
  Interaction,
  'at' | 'platform' | 'action' | 'brandId' | 'templateId' | 'ruleIds' | 'responseMs'
>;

const NO_BRAND = '-';

export function localDay(at: number): string {
  return format(at, 'yyyy-MM-dd');
}

export function dailyStatsKey(day: string, brandId: string | null, platform: Platform): string {
  return `${day}|${brandId ?? NO_BRAND}|${platform}`;
}

export function dailyStatsKeyOf(row: RolledUp): string {
  return dailyStatsKey(localDay(row.at), row.brandId, row.platform);
}

export function emptyDailyStats(row: RolledUp): DailyStats {
  const day = localDay(row.at);
  return {
    key: dailyStatsKey(day, row.brandId, row.platform),
    day,
    brandId: row.brandId,
    platform: row.platform,
    actions: {},
    clauses: {},
    templates: {},
    responseMs: [],
  };
}

export function countsTemplateUse(row: RolledUp): row is RolledUp & { templateId: string } {
  return Boolean(row.templateId) && (row.action === 'inserted' || row.action === 'replied');
}

export function countsResponseTime(row: RolledUp): row is RolledUp & { responseMs: number } {
  return row.action === 'replied' && row.responseMs !== undefined;
}

function bump<K extends string>(counts: Partial<Record<K, number>>, id: K, by: 1 | -1): void {
  const next = (counts[id] ?? 0) + by;
  if (next > 0) counts[id] = next;
  else delete counts[id];
}

/** First index whose value is ≥ value (binary search on the ascending array). */
function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as number) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Counts one interaction into the day's record (mutates `stats`, which must be the row's key). */
export function addToDailyStats(stats: DailyStats, row: RolledUp): DailyStats {
  bump(stats.actions, row.action, 1);
  for (const id of row.ruleIds) bump(stats.clauses, id, 1);
  if (countsTemplateUse(row)) bump(stats.templates, row.templateId, 1);
  if (countsResponseTime(row)) {
    stats.responseMs.splice(lowerBound(stats.responseMs, row.responseMs), 0, row.responseMs);
  }
  return stats;
}

/** Takes one interaction back out of the day's record (mutates `stats`); the inverse of addToDailyStats. */
export function removeFromDailyStats(stats: DailyStats, row: RolledUp): DailyStats {
  bump(stats.actions, row.action, -1);
  for (const id of row.ruleIds) bump(stats.clauses, id, -1);
  if (countsTemplateUse(row)) bump(stats.templates, row.templateId, -1);
  if (countsResponseTime(row)) {
    const index = lowerBound(stats.responseMs, row.responseMs);
    if (stats.responseMs[index] === row.responseMs) stats.responseMs.splice(index, 1);
  }
  return stats;
}

/** A record that counts nothing any more is deleted rather than kept. */
export function isEmptyDailyStats(stats: DailyStats): boolean {
  return Object.keys(stats.actions).length === 0;
}

/** Interactions counted in the record. */
export function interactionCount(stats: DailyStats): number {
  let total = 0;
  for (const count of Object.values(stats.actions)) total += count ?? 0;
  return total;
}

/** The rollup recomputed from scratch: what the stored one must always equal. Sorted by key. */
export function rollUp(rows: Iterable<RolledUp>): DailyStats[] {
  const byKey = new Map<string, DailyStats>();
  for (const row of rows) {
    const key = dailyStatsKeyOf(row);
    let stats = byKey.get(key);
    if (!stats) {
      stats = emptyDailyStats(row);
      byKey.set(key, stats);
    }
    addToDailyStats(stats, row);
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export interface DailyStatsChange {
  /** Records to write (they still count something). */
  put: DailyStats[];
  /** Keys of records that count nothing any more. */
  remove: string[];
}

/**
 * Applies interactions that went away and interactions that came in to the stored records of their keys.
 * `stored` holds the current records (missing keys have none); it is not modified.
 */
export function applyToDailyStats(
  stored: ReadonlyMap<string, DailyStats>,
  removed: readonly RolledUp[],
  added: readonly RolledUp[],
): DailyStatsChange {
  const touched = new Map<string, DailyStats>();
  const recordFor = (row: RolledUp): DailyStats => {
    const key = dailyStatsKeyOf(row);
    let stats = touched.get(key);
    if (!stats) {
      const current = stored.get(key);
      stats = current ? structuredClone(current) : emptyDailyStats(row);
      touched.set(key, stats);
    }
    return stats;
  };
  for (const row of removed) removeFromDailyStats(recordFor(row), row);
  for (const row of added) addToDailyStats(recordFor(row), row);
  const change: DailyStatsChange = { put: [], remove: [] };
  for (const stats of touched.values()) {
    if (isEmptyDailyStats(stats)) {
      if (stored.has(stats.key)) change.remove.push(stats.key);
    } else change.put.push(stats);
  }
  return change;
}

/** Every key the rows fall in, without duplicates. */
export function dailyStatsKeysOf(rows: readonly RolledUp[]): string[] {
  return [...new Set(rows.map(dailyStatsKeyOf))];
}
