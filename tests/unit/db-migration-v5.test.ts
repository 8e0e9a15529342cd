import { describe, expect, it } from 'vitest';
import { TactDatabase } from '@/lib/db/database';
import {
  STARTER_ALLOWED_ADDED_IN_V5,
  STARTER_TERMS_ADDED_IN_V5,
} from '@/lib/risk/lexicon/starter/added-in-v5';
import {
  ownCopyOf,
  populateVersion,
  restoredFromBackupOf,
  rulesOf,
  starterCharterWithout,
  upgradedFrom,
} from './support/older-starter';

const NOW = Date.UTC(2026, 10, 23, 9);
const SELF_HARM = 'Sorry to post this here. I won’t be around tomorrow.';
const THREAT = 'Ce soir, pavé dans la vitrine. Vous êtes prévenus.';
const BRAKE_PEDAL = 'La pédale de frein grince depuis la révision, c’est normal ?';

/** The starter charter as Tact seeded it at schema v4: without the phrases and allowed phrases added in v5. */
const starterCharterOfVersion4 = () =>
  starterCharterWithout(NOW, STARTER_TERMS_ADDED_IN_V5, STARTER_ALLOWED_ADDED_IN_V5);

describe('database migration to version 5', () => {
  it('brings the stored starter charter to what a new install gets', async () => {
    const before = starterCharterOfVersion4();
    expect(rulesOf(before, SELF_HARM)).not.toContain('self_harm');
    expect(rulesOf(before, THREAT)).not.toContain('threat');
    expect(rulesOf(before, BRAKE_PEDAL)).toContain('hate');

    const after = await upgradedFrom(4, before);
    expect(rulesOf(after, SELF_HARM)).toContain('self_harm');
    expect(rulesOf(after, THREAT)).toContain('threat');
    expect(rulesOf(after, BRAKE_PEDAL)).not.toContain('hate');
  });

  it('respects a CM who had made one of the new phrases an exception, and leaves other charters alone', async () => {
    const before = starterCharterOfVersion4();
    before.clauses = before.clauses.map((clause) =>
      clause.id === 'threat'
        ? { ...clause, allowed: { ...clause.allowed, fr: ['je t attendrai a la sortie'] } }
        : clause,
    );
    const own = ownCopyOf(starterCharterOfVersion4());
    await populateVersion(4, [before, own]);

    const db = new TactDatabase();
    const threat = (await db.charters.get(before.id))?.clauses.find((c) => c.id === 'threat');
    expect(threat?.terms.fr).not.toContain('je t attendrai a la sortie');
    expect(threat?.terms.fr).toContain('pave dans la vitrine');
    expect(threat?.allowed.fr).toEqual(['je t attendrai a la sortie']);
    expect(await db.charters.get(own.id)).toEqual(own);
    db.close();
  });
});

describe('restoring a backup of version 4', () => {
  it('upgrades its charters as the database upgrade does', async () => {
    const restored = await restoredFromBackupOf(4, starterCharterOfVersion4());
    expect(rulesOf(restored, SELF_HARM)).toContain('self_harm');
    expect(rulesOf(restored, BRAKE_PEDAL)).not.toContain('hate');
  });
});
