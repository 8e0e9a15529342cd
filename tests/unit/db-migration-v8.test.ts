import { describe, expect, it } from 'vitest';
import { TactDatabase } from '@/lib/db/database';
import { ADDED_IN_V8, ALLOWED_ADDED_IN_V8 } from '@/lib/risk/lexicon/starter/added-in-v8';
import {
  ownCopyOf,
  populateVersion,
  restoredFromBackupOf,
  rulesOf,
  starterCharterWithout,
  upgradedFrom,
} from './support/older-starter';

const NOW = Date.UTC(2026, 10, 23, 19);
const SEXUAL = 'Bet the stewardess is a freak in bed, give me her number';
const SCAM = 'Sugar daddy généreux cherche jeune femme, ajoute-moi sur Snap';
const BURN = 'Your hair dye left chemical burns on my scalp';
const REPLACEMENT = 'Ces envahisseurs nous remplacent dans vos agences';

/** The starter charter as Tact seeded it at schema v7: without the phrases and allowed phrases added in v8. */
const starterCharterOfVersion7 = () => starterCharterWithout(NOW, ADDED_IN_V8, ALLOWED_ADDED_IN_V8);

describe('database migration to version 8', () => {
  it('brings the stored starter charter to what a new install gets', async () => {
    const before = starterCharterOfVersion7();
    expect(rulesOf(before, SEXUAL)).not.toContain('sexual');
    expect(rulesOf(before, SCAM)).not.toContain('spam');
    expect(rulesOf(before, BURN)).not.toContain('crisis');
    expect(rulesOf(before, REPLACEMENT)).not.toContain('hate');

    const after = await upgradedFrom(7, before);
    expect(rulesOf(after, SEXUAL)).toContain('sexual');
    expect(rulesOf(after, SCAM)).toContain('spam');
    expect(rulesOf(after, BURN)).toContain('crisis');
    expect(rulesOf(after, REPLACEMENT)).toContain('hate');
  });

  it('respects a CM who had made one of the new words an exception, and leaves other charters alone', async () => {
    const before = starterCharterOfVersion7();
    before.clauses = before.clauses.map((clause) =>
      clause.id === 'spam'
        ? { ...clause, allowed: { ...clause.allowed, en: [...clause.allowed.en, 'financial freedom'] } }
        : clause,
    );
    const own = ownCopyOf(starterCharterOfVersion7());
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
    const restored = await restoredFromBackupOf(7, starterCharterOfVersion7());
    expect(rulesOf(restored, SEXUAL)).toContain('sexual');
    expect(rulesOf(restored, BURN)).toContain('crisis');
  });
});
