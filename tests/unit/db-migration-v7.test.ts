import { describe, expect, it } from 'vitest';
import { TactDatabase } from '@/lib/db/database';
import { ADDED_IN_V7, ALLOWED_ADDED_IN_V7 } from '@/lib/risk/lexicon/starter/added-in-v7';
import {
  ownCopyOf,
  populateVersion,
  restoredFromBackupOf,
  rulesOf,
  starterCharterWithout,
  upgradedFrom,
} from './support/older-starter';

const NOW = Date.UTC(2026, 10, 23, 9);
const INSULT = 'Whoever runs this page is a complete gobshite';
const SEXUAL = "j'ai la trique en regardant ta photo de profil";
const FOOD = 'We all got violently sick after the iced latte at your Camden shop';
const PUDDING = 'Spotted dick and custard on the café menu, proper British';

/** The starter charter as Tact seeded it at schema v6: without the phrases and allowed phrases added in v7. */
const starterCharterOfVersion6 = () => starterCharterWithout(NOW, ADDED_IN_V7, ALLOWED_ADDED_IN_V7);

describe('database migration to version 7', () => {
  it('brings the stored starter charter to what a new install gets', async () => {
    const before = starterCharterOfVersion6();
    expect(rulesOf(before, INSULT)).not.toContain('insult');
    expect(rulesOf(before, SEXUAL)).not.toContain('sexual');
    expect(rulesOf(before, FOOD)).not.toContain('crisis');
    expect(rulesOf(before, PUDDING)).toContain('insult');

    const after = await upgradedFrom(6, before);
    expect(rulesOf(after, INSULT)).toContain('insult');
    expect(rulesOf(after, SEXUAL)).toContain('sexual');
    expect(rulesOf(after, FOOD)).toContain('crisis');
    expect(rulesOf(after, PUDDING)).toEqual([]);
  });

  it('respects a CM who had made one of the new words an exception, and leaves other charters alone', async () => {
    const before = starterCharterOfVersion6();
    before.clauses = before.clauses.map((clause) =>
      clause.id === 'insult'
        ? { ...clause, allowed: { ...clause.allowed, fr: [...clause.allowed.fr, 'zoba'] } }
        : clause,
    );
    const own = ownCopyOf(starterCharterOfVersion6());
    await populateVersion(6, [before, own]);

    const db = new TactDatabase();
    const insult = (await db.charters.get(before.id))?.clauses.find((c) => c.id === 'insult');
    expect(insult?.terms.fr).not.toContain('zoba');
    expect(insult?.terms.fr).toContain('bobet');
    expect(insult?.allowed.fr).toContain('zoba');
    expect(insult?.allowed.en).toEqual(expect.arrayContaining([...ALLOWED_ADDED_IN_V7.insult.en]));
    expect(await db.charters.get(own.id)).toEqual(own);
    db.close();
  });
});

describe('restoring a backup of version 6', () => {
  it('upgrades its charters as the database upgrade does', async () => {
    const restored = await restoredFromBackupOf(6, starterCharterOfVersion6());
    expect(rulesOf(restored, INSULT)).toContain('insult');
    expect(rulesOf(restored, PUDDING)).toEqual([]);
  });
});
