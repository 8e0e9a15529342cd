import { describe, expect, it } from 'vitest';
import { exportBackup, parseBackupText, restoreBackup, serializeBackup } from '@/lib/backup';
import { CURRENT_VERSION, getDb, TactDatabase } from '@/lib/db/database';
import type { Charter } from '@/lib/model';
import { compileCharter, scanText } from '@/lib/risk';
import { ADDED_IN_V8 } from '@/lib/risk/lexicon/starter/added-in-v8';
import { expectSameWordsAsStarter, populateVersion, starterCharterWithout } from './support/older-starter';

const NOW = Date.UTC(2026, 10, 23, 19);
const SEXUAL = 'Bet the stewardess is a freak in bed, give me her number';
const SCAM = 'Sugar daddy généreux cherche jeune femme, ajoute-moi sur Snap';
const BURN = 'Your hair dye left chemical burns on my scalp';
const REPLACEMENT = 'Ces envahisseurs nous remplacent dans vos agences';

/** The starter charter as Tact seeded it at schema v7: without the phrases added in v8. */
const starterCharterOfVersion7 = () => starterCharterWithout(NOW, ADDED_IN_V8);

const rulesOf = (charter: Charter | undefined, text: string) =>
  scanText(compileCharter(charter?.clauses ?? []), text).rules;

describe('database migration to version 8', () => {
  it('brings the stored starter charter to what a new install gets', async () => {
    const before = starterCharterOfVersion7();
    expect(rulesOf(before, SEXUAL)).not.toContain('sexual');
    expect(rulesOf(before, SCAM)).not.toContain('spam');
    expect(rulesOf(before, BURN)).not.toContain('crisis');
    expect(rulesOf(before, REPLACEMENT)).not.toContain('hate');
    await populateVersion(7, [before]);

    const db = new TactDatabase();
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    const after = await db.charters.get(before.id);
    expectSameWordsAsStarter(after, NOW);
    expect(after?.updatedAt).toBe(before.updatedAt);
    expect(rulesOf(after, SEXUAL)).toContain('sexual');
    expect(rulesOf(after, SCAM)).toContain('spam');
    expect(rulesOf(after, BURN)).toContain('crisis');
    expect(rulesOf(after, REPLACEMENT)).toContain('hate');
    db.close();
  });

  it('respects a CM who had made one of the new words an exception, and leaves other charters alone', async () => {
    const before = starterCharterOfVersion7();
    before.clauses = before.clauses.map((clause) =>
      clause.id === 'spam'
        ? { ...clause, allowed: { ...clause.allowed, en: [...clause.allowed.en, 'financial freedom'] } }
        : clause,
    );
    const own: Charter = { ...starterCharterOfVersion7(), id: 'charter_own', name: 'Own' };
    own.clauses = own.clauses.map((clause) => ({ ...clause, id: `own_${clause.id}` }));
    await populateVersion(7, [before, own]);

    const db = new TactDatabase();
    const spam = (await db.charters.get(before.id))?.clauses.find((c) => c.id === 'spam');
    expect(spam?.terms.en).not.toContain('financial freedom');
    expect(spam?.terms.en).toContain('sugar daddy');
    expect(spam?.allowed.en).toContain('financial freedom');
    expect(await db.charters.get(own.id)).toEqual(own);
    db.close();
  });
});

describe('restoring a backup of version 7', () => {
  it('upgrades its charters as the database upgrade does', async () => {
    const db = getDb();
    await db.charters.add(starterCharterOfVersion7());
    const file = JSON.parse(serializeBackup(await exportBackup(db, NOW)));
    file.schemaVersion = 7;
    await db.charters.clear();

    const parsed = parseBackupText(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.problem.code);
    await restoreBackup(db, parsed.backup);
    const restored = await db.charters.get(starterCharterOfVersion7().id);
    expect(rulesOf(restored, SEXUAL)).toContain('sexual');
    expect(rulesOf(restored, BURN)).toContain('crisis');
  });
});
