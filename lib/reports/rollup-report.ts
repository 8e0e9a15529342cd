/**
 * The report figures from the per-day rollup (./daily-stats.ts). The range is whole local days, which is
 * what the Reports section offers, so the figures are exactly those of computeReport over the raw rows
 * of the same days (tests/unit/reports/rollup-report.test.ts checks this on random logs).
 */
import { endOfDay } from 'date-fns';
import type { Platform } from '../platforms';
import { type DailyStats, interactionCount, localDay } from './daily-stats';
import {
  dayStarts,
  MODERATION_ACTIONS,
  PLATFORM_ORDER,
  type Report,
  type ReportRange,
  ranked,
  type Volume,
} from './kpi';
import { percentileOfSorted } from './percentile';

/** Whole local days, 'yyyy-MM-dd', both included. */
export interface DayRange {
  fromDay: string;
  toDay: string;
}

function dayStart(day: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date).getTime();
}

/** The epoch-ms bounds of the days: from the first day's midnight to the last day's last millisecond. */
export function dayRangeBounds(range: DayRange): ReportRange {
  return { from: dayStart(range.fromDay), to: endOfDay(dayStart(range.toDay)).getTime() };
}

function volumeOf(stats: DailyStats): Volume {
  let moderation = 0;
  for (const action of MODERATION_ACTIONS) moderation += stats.actions[action] ?? 0;
  return { replies: stats.actions.replied ?? 0, moderation };
}

function addCounts(into: Map<string, number>, counts: Record<string, number>): void {
  for (const [id, count] of Object.entries(counts)) into.set(id, (into.get(id) ?? 0) + count);
}

export interface RollupReport {
  report: Report;
  /** Interactions the figures cover (risky comments seen included). */
  count: number;
}

/** Records outside the range are ignored; filter by brand before calling. */
export function reportFromDailyStats(stats: readonly DailyStats[], range: DayRange): RollupReport {
  const bounds = dayRangeBounds(range);
  const days = dayStarts(bounds).map((start) => ({ day: localDay(start), replies: 0, moderation: 0 }));
  const dayIndex = new Map(days.map((day, index) => [day.day, index]));
  const byPlatform = new Map<Platform, Volume>();
  const clauses = new Map<string, number>();
  const templates = new Map<string, number>();
  let responseCount = 0;
  let riskySeen = 0;
  let count = 0;

  const inRange = stats.filter((s) => s.day >= range.fromDay && s.day <= range.toDay);
  for (const s of inRange) responseCount += s.responseMs.length;
  const responses = new Float64Array(responseCount);
  let filled = 0;

  for (const s of inRange) {
    count += interactionCount(s);
    riskySeen += s.actions.seen_risky ?? 0;
    addCounts(clauses, s.clauses);
    addCounts(templates, s.templates);
    responses.set(s.responseMs, filled);
    filled += s.responseMs.length;

    const volume = volumeOf(s);
    const day = days[dayIndex.get(s.day) ?? -1];
    if (day) {
      day.replies += volume.replies;
      day.moderation += volume.moderation;
    }
    if (volume.replies + volume.moderation > 0) {
      const total = byPlatform.get(s.platform) ?? { replies: 0, moderation: 0 };
      total.replies += volume.replies;
      total.moderation += volume.moderation;
      byPlatform.set(s.platform, total);
    }
  }

  const sorted = responses.sort();
  const report: Report = {
    range: bounds,
    total: {
      replies: days.reduce((sum, d) => sum + d.replies, 0),
      moderation: days.reduce((sum, d) => sum + d.moderation, 0),
    },
    days,
    platforms: PLATFORM_ORDER.flatMap((platform) => {
      const volume = byPlatform.get(platform);
      return volume ? [{ platform, ...volume }] : [];
    }),
    responseTime: {
      count: responseCount,
      medianMs: percentileOfSorted(sorted, 0.5),
      p90Ms: percentileOfSorted(sorted, 0.9),
    },
    clauses: ranked(clauses),
    templates: ranked(templates),
    riskySeen,
  };
  return { report, count };
}
