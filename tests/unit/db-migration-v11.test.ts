import { describe, expect, it } from 'vitest';
import { TactDatabase } from '@/lib/db/database';
import type { Charter } from '@/lib/model';
import { ADDED_IN_V11, ALLOWED_ADDED_IN_V11 } from '@/lib/risk/lexicon/starter/added-in-v11';
import {
  ownCopyOf,
  populateVersion,
  restoredFromBackupOf,
  rulesOf,
  starterCharterWithout,
  upgradedFrom,
} from './support/older-starter';

const NOW = Date.UTC(2026, 10, 23, 9);
const MINOR = 'that 13 yr old in the ad is hot af';
const FRENCH_MINOR = 'une gamine de 12 ans bien foutue comme ça, on en redemande';
const PARENT = 'My 13 year old thinks your new ad is sexy, she wants the jacket';
const SLUR = 'gypos nicking everything again at your Dublin store, ban the lot of them';
const BURNS = 'Your kettle exploded and gave my mum second degree burns.';
const PRIVATE_MESSAGE = 'Merci pour la réponse, je vous écris en MP avec mon numéro de commande';

/**
 * The starter charter as Tact seeded it at schema v10: its sexual clause had no detector, and none of the phrases
 * and allowed phrases added in v11.
 */
function starterCharterOfVersion10(): Charter {
  const current = starterCharterWithout(NOW, ADDED_IN_V11, ALLOWED_ADDED_IN_V11);
  return {
    ...current,
    clauses: current.clauses.map((clause) =>
      clause.id === 'sexual' ? { ...clause, detectors: [] } : clause,
    ),
  };
}

const sexualClauseOf = (charter: Charter | undefined) => charter?.clauses.find((c) => c.id === 'sexual');

describe('database migration to version 11', () => {
  it('brings the stored starter charter to what a new install gets, a child described sexually included', async () => {
    const before = starterCharterOfVersion10();
    expect(rulesOf(before, MINOR)).toEqual([]);
    expect(rulesOf(before, FRENCH_MINOR)).toEqual([]);
    expect(rulesOf(before, SLUR)).not.toContain('hate');
    expect(rulesOf(before, BURNS)).not.toContain('crisis');
    expect(rulesOf(before, PRIVATE_MESSAGE)).toContain('spam');

    const after = await upgradedFrom(10, before);
    expect(sexualClauseOf(after)?.detectors).toEqual(['sexualised_minor']);
    expect(rulesOf(after, MINOR)).toEqual(['sexual']);
    expect(rulesOf(after, FRENCH_MINOR)).toEqual(['sexual']);
    expect(rulesOf(after, PARENT)).toEqual([]);
    expect(rulesOf(after, SLUR)).toContain('hate');
    expect(rulesOf(after, BURNS)).toContain('crisis');
    expect(rulesOf(after, PRIVATE_MESSAGE)).toEqual([]);
  });

  it('keeps what the CM changed in the clause, and leaves charters of their own alone', async () => {
    const before = starterCharterOfVersion10();
    before.clauses = before.clauses.map((clause) =>
      clause.id === 'sexual'
        ? {
            ...clause,
            severity: 'critical' as const,
            terms: { ...clause.terms, en: [...clause.terms.en, 'onlyfans'] },
          }
        : clause,
    );
    const own = ownCopyOf(starterCharterOfVersion10());
    await populateVersion(10, [before, own]);

    const db = new TactDatabase();
    const sexual = sexualClauseOf(await db.charters.get(before.id));
    expect(sexual?.detectors).toEqual(['sexualised_minor']);
    expect(sexual?.severity).toBe('critical');
    expect(sexual?.terms.en).toContain('onlyfans');
    expect(await db.charters.get(own.id)).toEqual(own);
    db.close();
  });
});

describe('restoring a backup of version 10', () => {
  it('upgrades its charters as the database upgrade does', async () => {
    const restored = await restoredFromBackupOf(10, starterCharterOfVersion10());
    expect(sexualClauseOf(restored)?.detectors).toEqual(['sexualised_minor']);
    expect(rulesOf(restored, MINOR)).toEqual(['sexual']);
  });
});
