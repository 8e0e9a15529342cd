import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, DB_NAME, SCHEMA_V1, SCHEMA_V2, TactDatabase } from '@/lib/db/database';
import type { Interaction } from '@/lib/model';
import { rollUp } from '@/lib/reports/daily-stats';
import { randomInteractions, seeded } from './reports/random-log';

const NOW = new Date(2025, 5, 15, 12).getTime();
const DAY = 86_400_000;

/** A database exactly as version 2 of the extension wrote it, with a log. */
async function populateVersion2(rows: Interaction[]): Promise<void> {
  const v2 = new Dexie(DB_NAME);
  v2.version(1).stores(SCHEMA_V1);
  v2.version(2).stores(SCHEMA_V2);
  await v2.open();
  await v2.table('interactions').bulkAdd(rows);
  v2.close();
}

describe('database migration to version 3', () => {
  it('builds the daily rollup from the existing log, equal to a recomputation', async () => {
    const rows = randomInteractions(seeded(21), 400, NOW - 45 * DAY, NOW);
    await populateVersion2(rows);
    const db = new TactDatabase();
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.interactions.count()).toBe(rows.length);
    expect(await db.dailyStats.orderBy('key').toArray()).toEqual(rollUp(rows));
    db.close();
  });

  it('opens an empty version 2 database with an empty rollup', async () => {
    await populateVersion2([]);
    const db = new TactDatabase();
    expect(await db.dailyStats.count()).toBe(0);
    db.close();
  });

  it('builds the rollup of a version 1 log after the brand backfill of version 2', async () => {
    const v1 = new Dexie(DB_NAME);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    await v1.table('settings').add({ key: 'activeBrandId', value: 'b1' });
    await v1.table('interactions').bulkAdd([
      { id: 'i1', at: NOW, platform: 'x', url: 'https://x.com/a', action: 'replied', ruleIds: ['insult'] },
      { id: 'i2', at: NOW + 1, platform: 'x', url: 'https://x.com/a', action: 'hidden' },
    ]);
    v1.close();
    const db = new TactDatabase();
    const stats = await db.dailyStats.toArray();
    expect(stats).toHaveLength(1);
    expect(stats[0]).toMatchObject({ brandId: 'b1', platform: 'x', actions: { replied: 1, hidden: 1 } });
    expect(stats).toEqual(rollUp(await db.interactions.toArray()));
    db.close();
  });
});
