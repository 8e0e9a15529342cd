import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, DB_NAME, SCHEMA_V1, TactDatabase } from '@/lib/db/database';
import { readSettings } from '@/lib/db/settings-store';
import { seedStarterContent } from '@/lib/seed';

/** A database exactly as version 1 of the extension wrote it. */
async function populateVersion1() {
  const v1 = new Dexie(DB_NAME);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  await v1.table('brands').bulkAdd([
    {
      id: 'b1',
      name: 'Café Tact',
      signature: 'Léa',
      language: 'fr',
      ownedPages: [],
      charterId: 'c1',
      createdAt: 1,
      updatedAt: 1,
    },
  ]);
  await v1.table('settings').add({ key: 'activeBrandId', value: 'b1' });
  await v1.table('templates').add({
    id: 't1',
    brandId: 'b1',
    language: 'fr',
    title: 'Merci',
    body: 'Merci !',
    tags: [],
    clauseIds: [],
    createdAt: 1,
    updatedAt: 1,
  });
  await v1.table('interactions').bulkAdd([
    {
      id: 'i1',
      at: 1_700_000_000_000,
      platform: 'x',
      url: 'https://x.com/a/status/1',
      action: 'replied',
      ruleIds: ['insult'],
    },
    {
      id: 'i2',
      at: 1_700_000_100_000,
      platform: 'youtube',
      url: 'https://www.youtube.com/watch?v=1',
      action: 'hidden',
    },
  ]);
  v1.close();
}

describe('database migrations', () => {
  it('opens a version 1 database at the current version and keeps every record', async () => {
    await populateVersion1();
    const db = new TactDatabase();
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.brands.count()).toBe(1);
    expect(await db.interactions.count()).toBe(2);
    db.close();
  });

  it('backfills the brand of old interactions and makes them queryable by brand and clause', async () => {
    await populateVersion1();
    const db = new TactDatabase();
    const forBrand = await db.interactions.where('brandId').equals('b1').toArray();
    expect(forBrand.map((i) => i.id).sort()).toEqual(['i1', 'i2']);
    expect((await db.interactions.get('i2'))?.ruleIds).toEqual([]);
    expect((await db.interactions.where('ruleIds').equals('insult').toArray()).map((i) => i.id)).toEqual([
      'i1',
    ]);
    const x = await db.interactions.where('[platform+at]').between(['x', 0], ['x', Infinity]).toArray();
    expect(x).toHaveLength(1);
    db.close();
  });

  it('gives old templates a usage count of zero', async () => {
    await populateVersion1();
    const db = new TactDatabase();
    expect((await db.templates.get('t1'))?.usageCount).toBe(0);
    db.close();
  });
});

describe('starter content', () => {
  it('seeds a default brand, its charter, templates and checklist, and makes the brand active', async () => {
    const db = new TactDatabase();
    await seedStarterContent(db, { language: 'fr', now: 1 });
    const brand = await db.brands.get('brand_default');
    expect(brand?.name).toBe('Ma marque');
    expect(await db.charters.get(brand!.charterId)).toBeDefined();
    expect(await db.templates.count()).toBeGreaterThan(0);
    expect(await db.checklistTasks.count()).toBeGreaterThan(0);
    expect((await readSettings(db)).activeBrandId).toBe('brand_default');
    db.close();
  });

  it("keeps the CM's edits when seeding again without replace, and restores them with replace", async () => {
    const db = new TactDatabase();
    await seedStarterContent(db, { language: 'en', now: 1 });
    await db.brands.update('brand_default', { name: 'Renamed' });
    await seedStarterContent(db, { language: 'en', now: 2 });
    expect((await db.brands.get('brand_default'))?.name).toBe('Renamed');
    await seedStarterContent(db, { language: 'en', now: 3, replace: true });
    expect((await db.brands.get('brand_default'))?.name).toBe('My brand');
    db.close();
  });
});
