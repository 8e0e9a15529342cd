import { describe, expect, it } from 'vitest';
import {
  addToDailyStats,
  applyToDailyStats,
  dailyStatsKeyOf,
  emptyDailyStats,
  localDay,
  removeFromDailyStats,
  rollUp,
} from '@/lib/reports/daily-stats';
import { computeReport } from '@/lib/reports/kpi';
import { dayRangeBounds, reportFromDailyStats } from '@/lib/reports/rollup-report';
import { inTimeZone, local } from '../checklist/time-zone';
import { pick, randomInteractions, seeded } from './random-log';

// Paris changes to summer time on 30 March 2025: the random logs cross a 23-hour day.
inTimeZone('Europe/Paris');

const FIRST = () => local(2025, 3, 20);
const LAST = () => local(2025, 4, 6);

describe('report figures from the daily rollup', () => {
  it('equal the raw computation over the same whole days, on random logs', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const next = seeded(seed);
      const rows = randomInteractions(next, 1 + Math.floor(next() * 400), FIRST(), LAST());
      const days = [
        localDay(FIRST() + next() * (LAST() - FIRST())),
        localDay(FIRST() + next() * (LAST() - FIRST())),
      ].sort();
      const range = { fromDay: days[0] as string, toDay: days[1] as string };
      const brandId = pick(next, ['brand_a', 'brand_b', undefined]);

      const mine = brandId ? rows.filter((row) => row.brandId === brandId) : rows;
      const stats = rollUp(rows).filter((s) => !brandId || s.brandId === brandId);
      const bounds = dayRangeBounds(range);
      const expected = computeReport(mine, bounds);
      const { report, count } = reportFromDailyStats(stats, range);

      expect(report, `seed ${seed}`).toEqual(expected);
      expect(count, `seed ${seed}`).toBe(
        mine.filter((row) => row.at >= bounds.from && row.at <= bounds.to).length,
      );
    }
  });

  it('covers the whole of the first and last day, 23-hour days included', () => {
    expect(dayRangeBounds({ fromDay: '2025-03-30', toDay: '2025-03-30' })).toEqual({
      from: local(2025, 3, 30),
      to: local(2025, 3, 31) - 1,
    });
    const { report } = reportFromDailyStats([], { fromDay: '2025-03-29', toDay: '2025-03-31' });
    expect(report.days.map((d) => d.day)).toEqual(['2025-03-29', '2025-03-30', '2025-03-31']);
    expect(report.responseTime).toEqual({ count: 0, medianMs: null, p90Ms: null });
  });
});

describe('the daily rollup', () => {
  it('files an interaction under its local day, brand and platform', () => {
    const row = randomInteractions(seeded(7), 1, local(2025, 3, 30, 23, 30), local(2025, 3, 30, 23, 31))[0];
    if (!row) throw new Error('no row');
    expect(dailyStatsKeyOf({ ...row, brandId: null, platform: 'x' })).toBe('2025-03-30|-|x');
    expect(dailyStatsKeyOf({ ...row, brandId: 'brand_a', platform: 'reddit' })).toBe(
      '2025-03-30|brand_a|reddit',
    );
  });

  it('takes out exactly what adding put in, and drops records that count nothing', () => {
    for (let seed = 100; seed < 130; seed++) {
      const next = seeded(seed);
      const rows = randomInteractions(next, 200, FIRST(), LAST());
      const gone = rows.filter(() => next() < 0.3);
      const kept = rows.filter((row) => !gone.includes(row));

      const stored = new Map(rollUp(rows).map((s) => [s.key, s]));
      const change = applyToDailyStats(stored, gone, []);
      for (const key of change.remove) stored.delete(key);
      for (const s of change.put) stored.set(s.key, s);
      expect(
        [...stored.values()].sort((a, b) => (a.key < b.key ? -1 : 1)),
        `seed ${seed}`,
      ).toEqual(rollUp(kept));
    }
  });

  it('keeps response times sorted and removes one occurrence of a repeated time', () => {
    const [row] = randomInteractions(seeded(3), 1, FIRST(), FIRST() + 1000);
    if (!row) throw new Error('no row');
    const reply = { ...row, action: 'replied' as const };
    const stats = emptyDailyStats(reply);
    for (const ms of [300, 100, 200, 100]) addToDailyStats(stats, { ...reply, responseMs: ms });
    expect(stats.responseMs).toEqual([100, 100, 200, 300]);
    removeFromDailyStats(stats, { ...reply, responseMs: 100 });
    expect(stats.responseMs).toEqual([100, 200, 300]);
    expect(stats.actions.replied).toBe(3);
  });
});
