import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers } from '@/entrypoints/background/handlers';
import { exportBackup, restoreBackup } from '@/lib/backup';
import { readReport } from '@/lib/db/daily-stats';
import { getDb, type TactDatabase } from '@/lib/db/database';
import { purgeInteractionsOlderThan } from '@/lib/db/retention';
import { localDay, rollUp } from '@/lib/reports/daily-stats';
import { computeReport } from '@/lib/reports/kpi';
import { dayRangeBounds } from '@/lib/reports/rollup-report';
import { seedStarterContent } from '@/lib/seed';
import { interaction, populate } from '../backup/sample';
import { randomInteractions, seeded } from './random-log';

const DAY = 86_400_000;
const NOW = new Date(2025, 5, 15, 12).getTime();

/** The stored rollup must always be what a recomputation from the whole log gives. */
async function expectRollupExact(db: TactDatabase): Promise<void> {
  const stored = await db.dailyStats.orderBy('key').toArray();
  expect(stored).toEqual(rollUp(await db.interactions.toArray()));
}

describe('the daily rollup follows every write to the log', () => {
  it('follows adds, updates, deletes, range deletes, modify and clear', async () => {
    const db = getDb();
    const next = seeded(11);
    const rows = randomInteractions(next, 300, NOW - 20 * DAY, NOW);
    await db.interactions.bulkAdd(rows.slice(0, 200));
    await expectRollupExact(db);
    for (const row of rows.slice(200, 220)) await db.interactions.add(row);
    await expectRollupExact(db);
    await db.interactions.bulkPut([
      ...rows.slice(220),
      ...rows.slice(0, 30).map((row) => ({ ...row, action: 'replied' as const, responseMs: 90_000 })),
    ]);
    await expectRollupExact(db);
    await db.interactions.update(rows[40]!.id, { platform: 'reddit', at: NOW - DAY, ruleIds: ['spam'] });
    await db.interactions.bulkDelete(rows.slice(50, 70).map((row) => row.id));
    await db.interactions.delete(rows[80]!.id);
    await expectRollupExact(db);
    await db.interactions.where('platform').equals('x').delete();
    await db.interactions.where('id').between(rows[100]!.id, rows[120]!.id).delete();
    await expectRollupExact(db);
    await db.interactions
      .where('action')
      .equals('hidden')
      .modify((row) => {
        row.brandId = 'brand_b';
        row.ruleIds.push('insult');
      });
    await expectRollupExact(db);
    await db.interactions.clear();
    expect(await db.dailyStats.count()).toBe(0);
  });

  it('changes nothing when the write fails and its transaction aborts', async () => {
    const db = getDb();
    const rows = randomInteractions(seeded(12), 50, NOW - 5 * DAY, NOW);
    await db.interactions.bulkAdd(rows);
    const before = await db.dailyStats.toArray();
    await expect(
      db.transaction('rw', db.interactions, async () => {
        await db.interactions.bulkDelete(rows.slice(0, 10).map((row) => row.id));
        await db.interactions.add(rows[20]!);
      }),
    ).rejects.toThrow();
    expect(await db.dailyStats.toArray()).toEqual(before);
    await expectRollupExact(db);
  });

  it('follows the background logging of an interaction', async () => {
    const db = getDb();
    await seedStarterContent(db, { language: 'en', now: 1 });
    const sender: Browser.runtime.MessageSender = {
      tab: { id: 1, url: 'https://x.com/a' } as Browser.tabs.Tab,
    };
    fakeBrowser.reset();
    await handlers.logInteraction(
      {
        platform: 'x',
        url: 'https://x.com/a',
        action: 'replied',
        ruleIds: ['insult'],
        at: NOW,
        responseMs: 5000,
      },
      sender,
    );
    await handlers.logInteraction(
      { platform: 'x', url: 'https://x.com/a', action: 'hidden', ruleIds: ['insult'], at: NOW + 1 },
      sender,
    );
    await expectRollupExact(db);
    const { report, count } = await readReport(db, { fromDay: localDay(NOW), toDay: localDay(NOW) });
    expect(count).toBe(2);
    expect(report.total).toEqual({ replies: 1, moderation: 1 });
    expect(report.clauses).toEqual([{ id: 'insult', count: 2 }]);
    expect(report.responseTime.medianMs).toBe(5000);
  });

  it('follows the retention purge', async () => {
    const db = getDb();
    await db.interactions.bulkAdd(randomInteractions(seeded(13), 300, NOW - 60 * DAY, NOW));
    const purged = await purgeInteractionsOlderThan(db, 30, NOW);
    expect(purged).toBeGreaterThan(0);
    await expectRollupExact(db);
  });

  it('is rebuilt by a backup restore from the restored log, and is not part of the backup', async () => {
    const db = getDb();
    await populate(db);
    const backup = await exportBackup(db);
    expect(Object.keys(backup.data)).not.toContain('dailyStats');
    await db.interactions.bulkAdd(randomInteractions(seeded(14), 100, NOW - 10 * DAY, NOW));
    await restoreBackup(db, backup);
    expect(await db.interactions.count()).toBe(backup.data.interactions.length);
    await expectRollupExact(db);
  });

  it('keeps a restore that fails half-way from touching the rollup', async () => {
    const db = getDb();
    await db.interactions.bulkAdd(randomInteractions(seeded(15), 80, NOW - 10 * DAY, NOW));
    const before = await db.dailyStats.toArray();
    const backup = await exportBackup(db);
    backup.data.interactions = [interaction({ id: 'dup' }), interaction({ id: 'dup' })];
    await expect(restoreBackup(db, backup)).rejects.toThrow();
    expect(await db.dailyStats.toArray()).toEqual(before);
  });

  it('gives the same report as the raw rows of the range', async () => {
    const db = getDb();
    const rows = randomInteractions(seeded(16), 500, NOW - 40 * DAY, NOW);
    await db.interactions.bulkAdd(rows);
    const range = { fromDay: localDay(NOW - 30 * DAY), toDay: localDay(NOW) };
    const bounds = dayRangeBounds(range);
    const mine = rows.filter(
      (row) => row.brandId === 'brand_a' && row.at >= bounds.from && row.at <= bounds.to,
    );
    const { report, count } = await readReport(db, range, 'brand_a');
    expect(report).toEqual(computeReport(mine, bounds));
    expect(count).toBe(mine.length);
  });
});
