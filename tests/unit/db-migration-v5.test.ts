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
  SCHEMA_V4,
  TactDatabase,
} from '@/lib/db/database';
import type { Charter } from '@/lib/model';
import { compileCharter, scanText } from '@/lib/risk';
import { starterCharter } from '@/lib/seed/charter';
import { STARTER_ALLOWED_ADDED_IN_V5, STARTER_TERMS_ADDED_IN_V5 } from '@/lib/seed/starter-terms-v5';

const NOW = Date.UTC(2026, 10, 23, 9);
const SELF_HARM = 'Sorry to post this here. I won’t be around tomorrow.';
const THREAT = 'Ce soir, pavé dans la vitrine. Vous êtes prévenus.';
const BRAKE_PEDAL = 'La pédale de frein grince depuis la révision, c’est normal ?';

/** The starter charter as Tact seeded it at schema v4: without the phrases and allowed phrases added in v5. */
function starterCharterOfVersion4(): Charter {
  const current = starterCharter(NOW, 'brand_default');
  const without = (list: readonly string[], added: readonly string[] | undefined) =>
    list.filter((item) => !added?.includes(item));
  return {
    ...current,
    clauses: current.clauses.map((clause) => {
      const terms = STARTER_TERMS_ADDED_IN_V5[clause.id];
      const allowed = STARTER_ALLOWED_ADDED_IN_V5[clause.id];
      return {
        ...clause,
        terms: { fr: without(clause.terms.fr, terms?.fr), en: without(clause.terms.en, terms?.en) },
        allowed: { fr: without(clause.allowed.fr, allowed?.fr), en: without(clause.allowed.en, allowed?.en) },
      };
    }),
  };
}

async function populateVersion4(charters: Charter[]): Promise<void> {
  const v4 = new Dexie(DB_NAME);
  v4.version(1).stores(SCHEMA_V1);
  v4.version(2).stores(SCHEMA_V2);
  v4.version(3).stores(SCHEMA_V3);
  v4.version(4).stores(SCHEMA_V4);
  await v4.open();
  await v4.table('charters').bulkAdd(charters);
  v4.close();
}

const sorted = (items: readonly string[]) => [...items].sort();
const rulesOf = (charter: Charter | undefined, text: string) =>
  scanText(compileCharter(charter?.clauses ?? []), text).rules;

describe('database migration to version 5', () => {
  it('brings the stored starter charter to what a new install gets', async () => {
    const before = starterCharterOfVersion4();
    expect(rulesOf(before, SELF_HARM)).not.toContain('self_harm');
    expect(rulesOf(before, THREAT)).not.toContain('threat');
    expect(rulesOf(before, BRAKE_PEDAL)).toContain('hate');
    await populateVersion4([before]);

    const db = new TactDatabase();
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    const after = await db.charters.get(before.id);
    const fresh = starterCharter(NOW, 'brand_default');
    for (const [k, clause] of (after?.clauses ?? []).entries()) {
      const expected = fresh.clauses[k]!;
      expect(clause.id).toBe(expected.id);
      for (const lang of ['fr', 'en'] as const) {
        expect(sorted(clause.terms[lang])).toEqual(sorted(expected.terms[lang]));
        expect(sorted(clause.allowed[lang])).toEqual(sorted(expected.allowed[lang]));
      }
    }
    expect(after?.updatedAt).toBe(before.updatedAt);
    expect(rulesOf(after, SELF_HARM)).toContain('self_harm');
    expect(rulesOf(after, THREAT)).toContain('threat');
    expect(rulesOf(after, BRAKE_PEDAL)).not.toContain('hate');
    db.close();
  });

  it('respects a CM who had made one of the new phrases an exception, and leaves other charters alone', async () => {
    const before = starterCharterOfVersion4();
    before.clauses = before.clauses.map((clause) =>
      clause.id === 'threat'
        ? { ...clause, allowed: { ...clause.allowed, fr: ['je t attendrai a la sortie'] } }
        : clause,
    );
    const own: Charter = { ...starterCharterOfVersion4(), id: 'charter_own', name: 'Own' };
    own.clauses = own.clauses.map((clause) => ({ ...clause, id: `own_${clause.id}` }));
    await populateVersion4([before, own]);

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
    const db = getDb();
    await db.charters.add(starterCharterOfVersion4());
    const file = JSON.parse(serializeBackup(await exportBackup(db, NOW)));
    file.schemaVersion = 4;
    await db.charters.clear();

    const parsed = parseBackupText(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.problem.code);
    await restoreBackup(db, parsed.backup);
    const restored = await db.charters.get(starterCharterOfVersion4().id);
    expect(rulesOf(restored, SELF_HARM)).toContain('self_harm');
    expect(rulesOf(restored, BRAKE_PEDAL)).not.toContain('hate');
  });
});
