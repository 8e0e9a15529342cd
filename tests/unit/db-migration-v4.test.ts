import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { exportBackup, parseBackupText, restoreBackup, serializeBackup } from '@/lib/backup';
import {
  CURRENT_VERSION,
  DB_NAME,
  getDb,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  TactDatabase,
} from '@/lib/db/database';
import type { Charter } from '@/lib/model';
import { compileCharter, defaultCompiledCharter, scanText } from '@/lib/risk';
import { STARTER_TERMS_ADDED_IN_V4 } from '@/lib/risk/lexicon/starter/added-in-v4';
import { ALLOWED_ADDED_IN_V6 } from '@/lib/risk/lexicon/starter/added-in-v6';
import { ALLOWED_ADDED_IN_V9 } from '@/lib/risk/lexicon/starter/added-in-v9';
import { ALLOWED_ADDED_IN_V11 } from '@/lib/risk/lexicon/starter/added-in-v11';
import { starterCharter } from '@/lib/seed/charter';
import { charter as sampleCharter } from './backup/sample';

const NOW = Date.UTC(2026, 0, 5, 9);
const NIR_COMMENT = 'Mon numéro de sécu : 1 85 05 78 006 084 91, rappelez-moi';
const TEEN_INSULT = 'jte baise toi et ta bande';

/**
 * The starter charter as Tact 3 seeded it: its clause on personal data had no identity-number detector, and
 * its clauses lacked the words added in v4.
 */
function starterCharterOfVersion3(): Charter {
  const current = starterCharter(NOW, 'brand_default');
  return {
    ...current,
    clauses: current.clauses.map((clause) => {
      const added = (
        STARTER_TERMS_ADDED_IN_V4 as Readonly<
          Record<string, { fr: readonly string[]; en: readonly string[] }>
        >
      )[clause.id];
      return {
        ...clause,
        detectors: clause.detectors.filter((detector) => detector !== 'id_number'),
        terms: {
          fr: clause.terms.fr.filter((term) => !added?.fr.includes(term)),
          en: clause.terms.en.filter((term) => !added?.en.includes(term)),
        },
      };
    }),
  };
}

const sorted = (terms: readonly string[]) => [...terms].sort();

/**
 * A CM's charter made from the starter: the insult clause holds their own words and made one of the v4 words an
 * exception; the clause on personal data kept only emails.
 */
function customCharter(): Charter {
  const base = sampleCharter({ id: 'charter_custom' });
  const insult = base.clauses[0]!;
  return {
    ...base,
    clauses: [
      { ...insult, allowed: { fr: ['sa race'], en: [] } },
      {
        id: 'personal_data',
        name: { fr: 'Coordonnées', en: 'Contact details' },
        category: 'personal_data',
        severity: 'medium',
        enabled: true,
        terms: { fr: [], en: [] },
        allowed: { fr: [], en: [] },
        detectors: ['email'],
        action: 'hide',
        templateIds: [],
      },
    ],
  };
}

async function populateVersion3(charters: Charter[]): Promise<void> {
  const v3 = new Dexie(DB_NAME);
  v3.version(1).stores(SCHEMA_V1);
  v3.version(2).stores(SCHEMA_V2);
  v3.version(3).stores(SCHEMA_V3);
  await v3.open();
  await v3.table('charters').bulkAdd(charters);
  v3.close();
}

const personalData = (charter: Charter | undefined) => charter?.clauses.find((c) => c.id === 'personal_data');

describe('database migration to version 4', () => {
  it('brings the stored starter charter to what a new install gets, and the comments are flagged', async () => {
    const before = starterCharterOfVersion3();
    const compiledBefore = compileCharter(before.clauses);
    expect(scanText(compiledBefore, NIR_COMMENT).rules).not.toContain('personal_data');
    expect(scanText(compiledBefore, TEEN_INSULT).rules).not.toContain('insult');
    await populateVersion3([before]);

    const db = new TactDatabase();
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    const after = await db.charters.get(before.id);
    const fresh = starterCharter(NOW, 'brand_default');
    expect(after?.clauses.map((c) => c.id)).toEqual(fresh.clauses.map((c) => c.id));
    for (const [k, clause] of (after?.clauses ?? []).entries()) {
      const { terms, ...rest } = clause;
      const { terms: freshTerms, ...freshRest } = fresh.clauses[k]!;
      expect(rest).toEqual(freshRest);
      expect(sorted(terms.fr)).toEqual(sorted(freshTerms.fr));
      expect(sorted(terms.en)).toEqual(sorted(freshTerms.en));
    }
    // The date of the last edit is the CM's, not the upgrade's.
    expect(after?.updatedAt).toBe(before.updatedAt);
    const compiledAfter = compileCharter(after?.clauses ?? []);
    expect(scanText(compiledAfter, NIR_COMMENT).rules).toContain('personal_data');
    expect(scanText(compiledAfter, TEEN_INSULT).rules).toContain('insult');
    db.close();
  });

  it("keeps a CM's own words and exceptions, and leaves clauses that are not the starter's alone", async () => {
    const custom = customCharter();
    const own = sampleCharter({ id: 'charter_own' });
    own.clauses = own.clauses.map((clause) => ({ ...clause, id: 'clause_rude_words' }));
    await populateVersion3([custom, own]);
    const db = new TactDatabase();
    const upgraded = await db.charters.get(custom.id);
    expect(personalData(upgraded)?.detectors).toEqual(['email', 'id_number']);
    const insult = upgraded?.clauses[0];
    expect(insult?.terms.fr.slice(0, 1)).toEqual(['connard']);
    expect(insult?.terms.fr).toContain('jte baise');
    expect(insult?.terms.fr).not.toContain('sa race');
    // The CM's exception stays; later versions only append the starter's own allowed phrases.
    expect(insult?.allowed.fr).toEqual([
      'sa race',
      ...ALLOWED_ADDED_IN_V6.insult.fr,
      ...ALLOWED_ADDED_IN_V9.insult.fr,
      ...ALLOWED_ADDED_IN_V11.insult.fr,
    ]);
    expect(await db.charters.get(own.id)).toEqual(own);
    db.close();
  });
});

describe('restoring a backup of version 3', () => {
  it('upgrades its charters as the database upgrade does', async () => {
    const db = getDb();
    await db.charters.bulkAdd([starterCharterOfVersion3(), sampleCharter()]);
    const file = JSON.parse(serializeBackup(await exportBackup(db, NOW)));
    file.schemaVersion = 3;
    await db.charters.clear();

    const parsed = parseBackupText(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.problem.code);
    await restoreBackup(db, parsed.backup);
    const restored = await db.charters.get(starterCharterOfVersion3().id);
    expect(personalData(restored)?.detectors).toContain('id_number');
    expect((await db.charters.get(sampleCharter().id))?.clauses[0]?.terms.fr).toContain('jte baise');
    expect(scanText(defaultCompiledCharter(), NIR_COMMENT).rules).toEqual(
      scanText(compileCharter(restored?.clauses ?? []), NIR_COMMENT).rules,
    );
  });
});
