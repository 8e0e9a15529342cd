import { describe, expect, it } from 'vitest';
import { TactDatabase } from '@/lib/db/database';
import { ADDED_IN_V6, ALLOWED_ADDED_IN_V6 } from '@/lib/risk/lexicon/starter/added-in-v6';
import {
  ownCopyOf,
  populateVersion,
  restoredFromBackupOf,
  rulesOf,
  starterCharterWithout,
  upgradedFrom,
} from './support/older-starter';

const NOW = Date.UTC(2026, 10, 23, 9);
const SEXUAL = 'Tu bosses au rayon lingerie ? Quelle bombe au lit tu dois être';
const CAMPAIGN = 'Je vais balancer ton adresse sur tous les groupes du quartier';
const DISTRESS = 'Ça fait trois jours que j’y pense : à quoi bon vivre ?';
const GARDEN = 'Pussy willow and blue tits in the new garden range, lovely';

/** The starter charter as Tact seeded it at schema v5: without the phrases and allowed phrases added in v6. */
const starterCharterOfVersion5 = () => starterCharterWithout(NOW, ADDED_IN_V6, ALLOWED_ADDED_IN_V6);

describe('database migration to version 6', () => {
  it('brings the stored starter charter to what a new install gets', async () => {
    const before = starterCharterOfVersion5();
    expect(rulesOf(before, SEXUAL)).not.toContain('sexual');
    expect(rulesOf(before, CAMPAIGN)).not.toContain('harassment');
    expect(rulesOf(before, DISTRESS)).not.toContain('self_harm');
    expect(rulesOf(before, GARDEN)).toContain('insult');

    const after = await upgradedFrom(5, before);
    expect(rulesOf(after, SEXUAL)).toContain('sexual');
    expect(rulesOf(after, CAMPAIGN)).toContain('harassment');
    expect(rulesOf(after, DISTRESS)).toContain('self_harm');
    expect(rulesOf(after, GARDEN)).toEqual([]);
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
    const own = ownCopyOf(starterCharterOfVersion5());
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
    const restored = await restoredFromBackupOf(5, starterCharterOfVersion5());
    expect(rulesOf(restored, DISTRESS)).toContain('self_harm');
    expect(rulesOf(restored, GARDEN)).toEqual([]);
  });
});
