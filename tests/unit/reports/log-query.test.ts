import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/database';
import { matchingLogIds, queryLogPage } from '@/lib/db/log-query';
import { purgeInteractionsOlderThan } from '@/lib/db/retention';
import type { Interaction } from '@/lib/model';
import { interaction } from '../backup/sample';

const HOUR = 3_600_000;
const T = Date.UTC(2025, 0, 10);

function rows(): Interaction[] {
  const platforms = ['x', 'facebook', 'instagram'] as const;
  const actions = ['replied', 'hidden', 'seen_risky'] as const;
  return Array.from({ length: 30 }, (_, i) =>
    interaction({
      id: `int_${String(i).padStart(2, '0')}`,
      at: T + i * HOUR,
      platform: platforms[i % 3],
      action: actions[i % 3],
      brandId: i % 2 === 0 ? 'brand_a' : 'brand_b',
      templateId: i % 5 === 0 ? 'tpl_five' : undefined,
      ruleIds: i % 4 === 0 ? ['insult', 'threat'] : [],
    }),
  );
}

describe('log queries', () => {
  it('returns every entry, newest first, with the total and the requested page', async () => {
    const db = getDb();
    await db.interactions.bulkAdd(rows());
    const page = await queryLogPage(db, {}, { offset: 10, limit: 5 });
    expect(page.total).toBe(30);
    expect(page.rows.map((r) => r.id)).toEqual(['int_19', 'int_18', 'int_17', 'int_16', 'int_15']);
  });

  it('combines a date range, platform, action, brand, clause and template', async () => {
    const db = getDb();
    const all = rows();
    await db.interactions.bulkAdd(all);
    const filter = { from: T + 2 * HOUR, to: T + 25 * HOUR };
    const expectIds = async (extra: object, predicate: (r: Interaction) => boolean) => {
      const expected = all
        .filter((r) => r.at >= filter.from && r.at <= filter.to && predicate(r))
        .map((r) => r.id)
        .reverse();
      expect(await matchingLogIds(db, { ...filter, ...extra })).toEqual(expected);
    };
    await expectIds({}, () => true);
    await expectIds({ platform: 'x' }, (r) => r.platform === 'x');
    await expectIds({ action: 'hidden' }, (r) => r.action === 'hidden');
    await expectIds(
      { brandId: 'brand_a', clauseId: 'insult' },
      (r) => r.brandId === 'brand_a' && r.ruleIds.includes('insult'),
    );
    await expectIds(
      { templateId: 'tpl_five', platform: 'x' },
      (r) => r.templateId === 'tpl_five' && r.platform === 'x',
    );
    expect(await matchingLogIds(db, { from: 10, to: 5 })).toEqual([]);
  });

  it('pages a plain date range from the index alone, in the same order as the filtered path', async () => {
    const db = getDb();
    await db.interactions.bulkAdd(rows());
    const filter = { from: T + 3 * HOUR, to: T + 27 * HOUR, platform: 'facebook' as const };
    const ids = await matchingLogIds(db, filter);
    const page = await queryLogPage(db, filter, { offset: 2, limit: 3 });
    expect(page.total).toBe(ids.length);
    expect(page.rows.map((r) => r.id)).toEqual(ids.slice(2, 5));
  });

  it('purges entries older than the retention period, and keeps everything at 0', async () => {
    const db = getDb();
    await db.interactions.bulkAdd(rows());
    const now = T + 24 * HOUR + 10 * HOUR; // a day after the 11th entry
    expect(await purgeInteractionsOlderThan(db, 0, now)).toBe(0);
    expect(await purgeInteractionsOlderThan(db, 2, now)).toBe(0);
    expect(await purgeInteractionsOlderThan(db, 1, now)).toBe(10);
    expect(await db.interactions.count()).toBe(20);
    expect((await db.interactions.orderBy('at').first())?.id).toBe('int_10');
  });
});
