import { describe, expect, it } from 'vitest';
import { TactDatabase } from '@/lib/db/database';
import { ADDED_IN_V9, ALLOWED_ADDED_IN_V9 } from '@/lib/risk/lexicon/starter/added-in-v9';
import {
  ownCopyOf,
  populateVersion,
  restoredFromBackupOf,
  rulesOf,
  starterCharterWithout,
  upgradedFrom,
} from './support/older-starter';

const NOW = Date.UTC(2026, 10, 23, 21);
const GROOMING = "t'as quel âge ? 14 ? envoie une photo en maillot 😘";
const RECOVERY = 'Merci à @Sophie_Invest_Coach qui m’a aidé à récupérer mes bitcoins volés, contactez-la';
const FIRE = "The charger you sold me melted and nearly set my kid's bedroom on fire";
const INSULT = "Espèce de tabarnak de cave, t'as rien compris pantoute";
const FILM = '« Le Dîner de cons » repasse ce soir sur TF1, un classique';

/** The starter charter as Tact seeded it at schema v8: without the phrases and allowed phrases added in v9. */
const starterCharterOfVersion8 = () => starterCharterWithout(NOW, ADDED_IN_V9, ALLOWED_ADDED_IN_V9);

describe('database migration to version 9', () => {
  it('brings the stored starter charter to what a new install gets', async () => {
    const before = starterCharterOfVersion8();
    expect(rulesOf(before, GROOMING)).not.toContain('sexual');
    expect(rulesOf(before, RECOVERY)).not.toContain('spam');
    expect(rulesOf(before, FIRE)).not.toContain('crisis');
    expect(rulesOf(before, INSULT)).not.toContain('insult');
    expect(rulesOf(before, FILM)).toContain('insult');

    const after = await upgradedFrom(8, before);
    expect(rulesOf(after, GROOMING)).toContain('sexual');
    expect(rulesOf(after, RECOVERY)).toContain('spam');
    expect(rulesOf(after, FIRE)).toContain('crisis');
    expect(rulesOf(after, INSULT)).toContain('insult');
    expect(rulesOf(after, FILM)).toEqual([]);
  });

  it('respects a CM who had made one of the new words an exception, and leaves other charters alone', async () => {
    const before = starterCharterOfVersion8();
    before.clauses = before.clauses.map((clause) =>
      clause.id === 'sexual'
        ? { ...clause, allowed: { ...clause.allowed, en: [...clause.allowed.en, 'threesome'] } }
        : clause,
    );
    const own = ownCopyOf(starterCharterOfVersion8());
    await populateVersion(8, [before, own]);

    const db = new TactDatabase();
    const sexual = (await db.charters.get(before.id))?.clauses.find((c) => c.id === 'sexual');
    expect(sexual?.terms.en).not.toContain('threesome');
    expect(sexual?.terms.en).toContain('great in bed');
    expect(sexual?.allowed.en).toContain('threesome');
    expect(await db.charters.get(own.id)).toEqual(own);
    db.close();
  });
});

describe('restoring a backup of version 8', () => {
  it('upgrades its charters as the database upgrade does', async () => {
    const restored = await restoredFromBackupOf(8, starterCharterOfVersion8());
    expect(rulesOf(restored, GROOMING)).toContain('sexual');
    expect(rulesOf(restored, FILM)).toEqual([]);
  });
});
