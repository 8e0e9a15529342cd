import { describe, expect, it } from 'vitest';
import { TactDatabase } from '@/lib/db/database';
import { ADDED_IN_V10, ALLOWED_ADDED_IN_V10 } from '@/lib/risk/lexicon/starter/added-in-v10';
import {
  ownCopyOf,
  populateVersion,
  restoredFromBackupOf,
  rulesOf,
  starterCharterWithout,
  upgradedFrom,
} from './support/older-starter';

const NOW = Date.UTC(2026, 10, 23, 23);
const INSULT = "T'es qu'un sale baraki, même pas capable de lire un ticket de caisse";
const SLUR = 'Retourne dans ta brousse sale macaque';
const STAFF = 'Your rep Emma was really helpful. Would love to get her on her knees next time though 😉';
const RHETORICAL = 'Is it just me or is the new ad absolutely hilarious?';
const CHILD = 'My daughter swallowed a button battery from your toy remote. We are at the hospital.';

/** The starter charter as Tact seeded it at schema v9: without the phrases and allowed phrases added in v10. */
const starterCharterOfVersion9 = () => starterCharterWithout(NOW, ADDED_IN_V10, ALLOWED_ADDED_IN_V10);

describe('database migration to version 10', () => {
  it('brings the stored starter charter to what a new install gets', async () => {
    const before = starterCharterOfVersion9();
    expect(rulesOf(before, INSULT)).not.toContain('insult');
    expect(rulesOf(before, SLUR)).not.toContain('hate');
    expect(rulesOf(before, STAFF)).not.toContain('sexual');
    expect(rulesOf(before, CHILD)).not.toContain('crisis');
    expect(rulesOf(before, RHETORICAL)).toContain('customer_care');

    const after = await upgradedFrom(9, before);
    expect(rulesOf(after, INSULT)).toContain('insult');
    expect(rulesOf(after, SLUR)).toContain('hate');
    expect(rulesOf(after, STAFF)).toContain('sexual');
    expect(rulesOf(after, CHILD)).toContain('crisis');
    expect(rulesOf(after, RHETORICAL)).toEqual([]);
  });

  it('respects a CM who had made one of the new words an exception, and leaves other charters alone', async () => {
    const before = starterCharterOfVersion9();
    before.clauses = before.clauses.map((clause) =>
      clause.id === 'insult'
        ? { ...clause, allowed: { ...clause.allowed, en: [...clause.allowed.en, 'doos'] } }
        : clause,
    );
    const own = ownCopyOf(starterCharterOfVersion9());
    await populateVersion(9, [before, own]);

    const db = new TactDatabase();
    const insult = (await db.charters.get(before.id))?.clauses.find((c) => c.id === 'insult');
    expect(insult?.terms.en).not.toContain('doos');
    expect(insult?.terms.en).toContain('chutiya');
    expect(insult?.allowed.en).toContain('doos');
    expect(await db.charters.get(own.id)).toEqual(own);
    db.close();
  });
});

describe('restoring a backup of version 9', () => {
  it('upgrades its charters as the database upgrade does', async () => {
    const restored = await restoredFromBackupOf(9, starterCharterOfVersion9());
    expect(rulesOf(restored, INSULT)).toContain('insult');
    expect(rulesOf(restored, CHILD)).toContain('crisis');
  });
});
