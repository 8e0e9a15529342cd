import { describe, expect, it } from 'vitest';
import { computeReport, dayStarts } from '@/lib/reports/kpi';
import { percentileOfSorted } from '@/lib/reports/percentile';
import { interaction } from '../backup/sample';

const day = (d: number, hour = 10) => new Date(2025, 2, d, hour, 0, 0).getTime();
const range = { from: new Date(2025, 2, 3).getTime(), to: new Date(2025, 2, 9, 23, 59, 59, 999).getTime() };

describe('percentiles', () => {
  it('interpolates between ranks like a spreadsheet', () => {
    expect(percentileOfSorted([], 0.5)).toBeNull();
    expect(percentileOfSorted([7], 0.9)).toBe(7);
    expect(percentileOfSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    // PERCENTILE.INC({10..100 step 10}, 0.9) = 91
    expect(percentileOfSorted([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9)).toBe(91);
  });
});

describe('computeReport', () => {
  const rows = [
    interaction({
      id: 'a',
      at: day(3),
      action: 'replied',
      platform: 'x',
      responseMs: 60_000,
      templateId: 't1',
    }),
    interaction({
      id: 'b',
      at: day(3, 15),
      action: 'replied',
      platform: 'instagram',
      responseMs: 120_000,
      templateId: 't1',
    }),
    interaction({
      id: 'c',
      at: day(4),
      action: 'hidden',
      platform: 'x',
      ruleIds: ['insult'],
      templateId: undefined,
    }),
    interaction({
      id: 'd',
      at: day(5),
      action: 'replied',
      platform: 'x',
      responseMs: 600_000,
      templateId: 't2',
      ruleIds: ['customer_care'],
    }),
    interaction({
      id: 'e',
      at: day(5),
      action: 'seen_risky',
      platform: 'x',
      ruleIds: ['insult', 'threat'],
      templateId: undefined,
    }),
    interaction({
      id: 'f',
      at: day(6),
      action: 'inserted',
      platform: 'x',
      templateId: 't2',
      responseMs: undefined,
    }),
    interaction({ id: 'g', at: day(6), action: 'banned', platform: 'youtube', templateId: undefined }),
    interaction({ id: 'out', at: day(12), action: 'replied', platform: 'x', responseMs: 1 }),
  ];

  it('counts replies and moderation per day, including empty days, and per platform', () => {
    const report = computeReport(rows, range);
    expect(report.days).toHaveLength(7);
    expect(report.days[0]).toEqual({ day: '2025-03-03', replies: 2, moderation: 0 });
    expect(report.days[1]).toEqual({ day: '2025-03-04', replies: 0, moderation: 1 });
    expect(report.days[3]).toEqual({ day: '2025-03-06', replies: 0, moderation: 1 });
    expect(report.days[6]).toEqual({ day: '2025-03-09', replies: 0, moderation: 0 });
    expect(report.total).toEqual({ replies: 3, moderation: 2 });
    expect(report.platforms).toEqual([
      { platform: 'x', replies: 2, moderation: 1 },
      { platform: 'instagram', replies: 1, moderation: 0 },
      { platform: 'youtube', replies: 0, moderation: 1 },
    ]);
  });

  it('gives the median and 90th percentile of the replies’ response times', () => {
    const { responseTime } = computeReport(rows, range);
    expect(responseTime.count).toBe(3);
    expect(responseTime.medianMs).toBe(120_000);
    expect(responseTime.p90Ms).toBe(120_000 + 0.8 * (600_000 - 120_000));
  });

  it('ranks clauses hit and templates used, and counts risky comments seen', () => {
    const report = computeReport(rows, range);
    expect(report.clauses).toEqual([
      { id: 'insult', count: 2 },
      { id: 'customer_care', count: 1 },
      { id: 'threat', count: 1 },
    ]);
    expect(report.templates).toEqual([
      { id: 't1', count: 2 },
      { id: 't2', count: 2 },
    ]);
    expect(report.riskySeen).toBe(1);
  });

  it('has no response time when nothing was answered', () => {
    const report = computeReport([], range);
    expect(report.responseTime).toEqual({ count: 0, medianMs: null, p90Ms: null });
    expect(report.total).toEqual({ replies: 0, moderation: 0 });
  });

  it('keeps one bucket per calendar day across a daylight-saving change', () => {
    // Europe/Paris moves to summer time on 30 March 2025; whatever the machine's zone, days stay calendar days.
    const starts = dayStarts({
      from: new Date(2025, 2, 28).getTime(),
      to: new Date(2025, 3, 1, 12).getTime(),
    });
    expect(starts.map((s) => new Date(s).getDate())).toEqual([28, 29, 30, 31, 1]);
  });
});
