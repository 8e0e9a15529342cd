import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/database';
import { type LogFilter, matchesLogFilter, matchingLogIds, queryLogPage } from '@/lib/db/log-query';
import { INTERACTION_ACTIONS, type Interaction } from '@/lib/model';
import { pick, randomInteractions, seeded } from './random-log';

const NOW = new Date(2025, 5, 15, 12).getTime();
const DAY = 86_400_000;

/** What the log must show: every matching row, newest first (larger id first at the same instant). */
function expected(rows: Interaction[], filter: LogFilter): string[] {
  return rows
    .filter((row) => matchesLogFilter(row, filter))
    .sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1))
    .map((row) => row.id);
}

function randomFilter(next: () => number): LogFilter {
  const filter: LogFilter = {};
  if (next() < 0.5) filter.from = NOW - Math.floor(next() * 20) * DAY;
  if (next() < 0.3) filter.to = NOW - Math.floor(next() * 10) * DAY;
  if (next() < 0.3) filter.platform = pick(next, ['x', 'facebook', 'youtube', 'other'] as const);
  if (next() < 0.3) filter.brandId = pick(next, ['brand_a', 'brand_b']);
  if (next() < 0.3) filter.action = pick(next, INTERACTION_ACTIONS);
  if (next() < 0.3) filter.templateId = pick(next, ['tpl_1', 'tpl_2']);
  if (next() < 0.3) filter.clauseId = pick(next, ['insult', 'spam']);
  return filter;
}

describe('log queries on random logs', () => {
  it('page and count exactly what a scan of every row gives, for any combination of filters', async () => {
    const db = getDb();
    const next = seeded(31);
    const rows = randomInteractions(next, 400, NOW - 20 * DAY, NOW);
    // Same instants, to check the order of ties.
    for (const row of rows.slice(0, 20)) row.at = NOW - DAY;
    await db.interactions.bulkAdd(rows);
    for (let i = 0; i < 60; i++) {
      const filter = randomFilter(next);
      const ids = expected(rows, filter);
      expect(await matchingLogIds(db, filter), JSON.stringify(filter)).toEqual(ids);
      const offset = Math.floor(next() * 30);
      const page = await queryLogPage(db, filter, { offset, limit: 10 });
      expect(page.total, JSON.stringify(filter)).toBe(ids.length);
      expect(page.rows.map((row) => row.id)).toEqual(ids.slice(offset, offset + 10));
    }
  });

  it('intersects on keys when every lookup leaves thousands of candidates', async () => {
    const db = getDb();
    const rows = randomInteractions(seeded(32), 5000, NOW - 20 * DAY, NOW).map((row, i) => ({
      ...row,
      brandId: i % 10 === 0 ? 'brand_b' : 'brand_a',
      action: i % 7 === 0 ? ('hidden' as const) : ('replied' as const),
    }));
    await db.interactions.bulkAdd(rows);
    const filter: LogFilter = { brandId: 'brand_a', action: 'replied', from: NOW - 15 * DAY };
    const ids = expected(rows, filter);
    expect(ids.length).toBeGreaterThan(2000);
    expect(await matchingLogIds(db, filter)).toEqual(ids);
    const page = await queryLogPage(db, filter, { offset: 100, limit: 50 });
    expect(page.rows.map((row) => row.id)).toEqual(ids.slice(100, 150));
  });
});
