/**
 * The manager's figures for a date range, from the log rows. One pass over the rows with typed arrays
 * and maps, so 100,000 rows take a few milliseconds; no DOM, runs under Node for the benchmark.
 */
import { addDays, format, startOfDay } from 'date-fns';
import type { Interaction, InteractionAction } from '../model';
import { PLATFORMS, type Platform } from '../platforms';
import { percentileOfSorted } from './percentile';

export interface ReportRange {
  /** Epoch ms, inclusive. */
  from: number;
  /** Epoch ms, inclusive. */
  to: number;
}

export interface Volume {
  replies: number;
  moderation: number;
}

export interface Report {
  range: ReportRange;
  /** Replies and moderation actions: what the CM did (risky comments seen are counted apart). */
  total: Volume;
  /** Every local day of the range, days without activity included. */
  days: ({ day: string } & Volume)[];
  /** Platforms with activity, in the usual platform order. */
  platforms: ({ platform: Platform } & Volume)[];
  responseTime: { count: number; medianMs: number | null; p90Ms: number | null };
  /** Clause ids by number of logged interactions that hit them, most first. */
  clauses: { id: string; count: number }[];
  /** Template ids by number of uses (inserted or replied), most first. */
  templates: { id: string; count: number }[];
  riskySeen: number;
}

export const MODERATION_ACTIONS: ReadonlySet<InteractionAction> = new Set([
  'hidden',
  'deleted',
  'reported',
  'banned',
  'escalated',
]);

/** Start of each local day of the range (DST-safe: date-fns adds calendar days). */
export function dayStarts(range: ReportRange): number[] {
  const starts: number[] = [];
  for (let day = startOfDay(range.from); day.getTime() <= range.to; day = addDays(day, 1)) {
    starts.push(day.getTime());
  }
  return starts;
}

/** Index of the last start ≤ at (binary search), or -1. */
function dayIndex(starts: readonly number[], at: number): number {
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((starts[mid] as number) <= at) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

export function ranked(counts: Map<string, number>): { id: string; count: number }[] {
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
}

/** The usual platform order of the report. */
export const PLATFORM_ORDER: readonly Platform[] = [...PLATFORMS, 'other'];

/** The raw computation over log rows: the reference the rollup figures (./rollup-report.ts) are tested against. */
export function computeReport(rows: readonly Interaction[], range: ReportRange): Report {
  const starts = dayStarts(range);
  const replies = new Uint32Array(starts.length);
  const moderation = new Uint32Array(starts.length);
  const byPlatform = new Map<Platform, Volume>();
  const responses = new Float64Array(rows.length);
  let responseCount = 0;
  const clauses = new Map<string, number>();
  const templates = new Map<string, number>();
  let riskySeen = 0;

  for (const row of rows) {
    if (row.at < range.from || row.at > range.to) continue;
    for (const id of row.ruleIds) clauses.set(id, (clauses.get(id) ?? 0) + 1);
    if (row.action === 'seen_risky') {
      riskySeen++;
      continue;
    }
    if (row.templateId && (row.action === 'inserted' || row.action === 'replied')) {
      templates.set(row.templateId, (templates.get(row.templateId) ?? 0) + 1);
    }
    const isReply = row.action === 'replied';
    if (!isReply && !MODERATION_ACTIONS.has(row.action)) continue;
    const index = dayIndex(starts, row.at);
    if (index >= 0) {
      const counts = isReply ? replies : moderation;
      counts[index] = (counts[index] ?? 0) + 1;
    }
    let volume = byPlatform.get(row.platform);
    if (!volume) {
      volume = { replies: 0, moderation: 0 };
      byPlatform.set(row.platform, volume);
    }
    if (isReply) {
      volume.replies++;
      if (row.responseMs !== undefined) responses[responseCount++] = row.responseMs;
    } else volume.moderation++;
  }

  const sorted = responses.subarray(0, responseCount).sort();
  const days = starts.map((start, index) => ({
    day: format(start, 'yyyy-MM-dd'),
    replies: replies[index] ?? 0,
    moderation: moderation[index] ?? 0,
  }));
  const order = PLATFORM_ORDER;
  const platforms = order.flatMap((platform) => {
    const volume = byPlatform.get(platform);
    return volume ? [{ platform, ...volume }] : [];
  });
  return {
    range,
    total: {
      replies: days.reduce((sum, d) => sum + d.replies, 0),
      moderation: days.reduce((sum, d) => sum + d.moderation, 0),
    },
    days,
    platforms,
    responseTime: {
      count: responseCount,
      medianMs: percentileOfSorted(sorted, 0.5),
      p90Ms: percentileOfSorted(sorted, 0.9),
    },
    clauses: ranked(clauses),
    templates: ranked(templates),
    riskySeen,
  };
}
