import { describe, expect, it } from 'vitest';
import { exportBackup, parseBackupText, restoreBackup, serializeBackup } from '@/lib/backup';
import { CURRENT_VERSION, getDb, TactDatabase } from '@/lib/db/database';
import type { Charter } from '@/lib/model';
import { compileCharter, scanText } from '@/lib/risk';
import { ADDED_IN_V6, ALLOWED_ADDED_IN_V6 } from '@/lib/risk/lexicon/starter/added-in-v6';
import { expectSameWordsAsStarter, populateVersion, starterCharterWithout } from './support/older-starter';

const NOW = Date.UTC(2026, 10, 23, 9);
const SEXUAL = 'Tu bosses au rayon lingerie ? Quelle bombe au lit tu dois être';
const CAMPAIGN = 'Je vais balancer ton adresse sur tous les groupes du quartier';
const DISTRESS = 'Ça fait trois jours que j’y pense : à quoi bon vivre ?';
const GARDEN = 'Pussy willow and blue tits in the new garden range, lovely';

/** The starter charter as Tact seeded it at schema v5: without the phrases and allowed phrases added in v6. */
const starterCharterOfVersion5 = () => starterCharterWithout(NOW, ADDED_IN_V6, ALLOWED_ADDED_IN_V6);

const rulesOf = (charter: Charter | undefined, text: string) =>
  scanText(compileCharter(charter?.clauses ?? []), text).rules;

describe('database migration to version 6', () => {
  it('brings the stored starter charter to what a new install gets', async () => {
    const before = starterCharterOfVersion5();
    expect(rulesOf(before, SEXUAL)).not.toContain('sexual');
    expect(rulesOf(before, CAMPAIGN)).not.toContain('harassment');
    expect(rulesOf(before, DISTRESS)).not.toContain('self_harm');
    expect(rulesOf(before, GARDEN)).toContain('insult');
    await populateVersion(5, [before]);

    const db = new TactDatabase();
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    const after = await db.charters.get(before.id);
    expectSameWordsAsStarter(after, NOW);
    expect(after?.updatedAt).toBe(before.updatedAt);
    expect(rulesOf(after, SEXUAL)).toContain('sexual');
    expect(rulesOf(after, CAMPAIGN)).toContain('harassment');
    expect(rulesOf(after, DISTRESS)).toContain('self_harm');
    expect(rulesOf(after, GARDEN)).toEqual([]);
    db.close();
  });

  it('respects a CM who had made one of the new phrases an exception, and leaves other charters alone', async () => {
    const before = starterCharterOfVersion5();
    before.clauses = before.clauses.map((clause) =>
      clause.id === 'harassment'
        ? { ...clause, allowed: { ...clause.allowed, en: ['mass report'] } }
        : clause,
    );
    before.clauses = before.clauses.map((clause) =>
      clause.id === 'sexual' ? { ...clause, allowed: { ...clause.allowed, fr: ['bombe au lit'] } } : clause,
    );
    const own: Charter = { ...starterCharterOfVersion5(), id: 'charter_own', name: 'Own' };
    own.clauses = own.clauses.map((clause) => ({ ...clause, id: `own_${clause.id}` }));
    await populateVersion(5, [before, own]);

    const db = new TactDatabase();
    const sexual = (await db.charters.get(before.id))?.clauses.find((c) => c.id === 'sexual');
    expect(sexual?.terms.fr).not.toContain('bombe au lit');
    expect(sexual?.terms.fr).toContain('te lecher');
    expect(sexual?.allowed.fr).toEqual(['bombe au lit', ...ALLOWED_ADDED_IN_V6.sexual.fr]);
    const harassment = (await db.charters.get(before.id))?.clauses.find((c) => c.id === 'harassment');
    expect(harassment?.allowed.en).toEqual(['mass report']);
    expect(await db.charters.get(own.id)).toEqual(own);
    db.close();
  });
});

describe('restoring a backup of version 5', () => {
  it('upgrades its charters as the database upgrade does', async () => {
    const db = getDb();
    await db.charters.add(starterCharterOfVersion5());
    const file = JSON.parse(serializeBackup(await exportBackup(db, NOW)));
    file.schemaVersion = 5;
    await db.charters.clear();

    const parsed = parseBackupText(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.problem.code);
    await restoreBackup(db, parsed.backup);
    const restored = await db.charters.get(starterCharterOfVersion5().id);
    expect(rulesOf(restored, DISTRESS)).toContain('self_harm');
    expect(rulesOf(restored, GARDEN)).toEqual([]);
  });
});
