/** Data as an older Tact stored it, for the migration tests: its database, and its starter charter. */
import Dexie from 'dexie';
import { expect } from 'vitest';
import { exportBackup, parseBackupText, restoreBackup, serializeBackup } from '@/lib/backup';
import {
  CURRENT_VERSION,
  DB_NAME,
  getDb,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  SCHEMA_V7,
  SCHEMA_V8,
  SCHEMA_V9,
  SCHEMA_V10,
  TactDatabase,
} from '@/lib/db/database';
import type { Charter } from '@/lib/model';
import { compileCharter, scanText } from '@/lib/risk';
import { starterCharter } from '@/lib/seed/charter';

type Added = Readonly<Record<string, { fr: readonly string[]; en: readonly string[] }>>;

const SCHEMAS = [
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  SCHEMA_V7,
  SCHEMA_V8,
  SCHEMA_V9,
  SCHEMA_V10,
];

/** Creates the database at `version` (without any upgrade code, as that Tact had none) and stores `charters`. */
export async function populateVersion(version: number, charters: Charter[]): Promise<void> {
  const older = new Dexie(DB_NAME);
  for (const [k, schema] of SCHEMAS.slice(0, version).entries()) older.version(k + 1).stores(schema);
  await older.open();
  await older.table('charters').bulkAdd(charters);
  older.close();
}

/** Today's starter charter without the terms and allowed phrases a later version added. */
export function starterCharterWithout(now: number, terms: Added, allowed: Added = {}): Charter {
  const current = starterCharter(now, 'brand_default');
  const without = (list: readonly string[], added: readonly string[] | undefined) =>
    list.filter((item) => !added?.includes(item));
  return {
    ...current,
    clauses: current.clauses.map((clause) => ({
      ...clause,
      terms: {
        fr: without(clause.terms.fr, terms[clause.id]?.fr),
        en: without(clause.terms.en, terms[clause.id]?.en),
      },
      allowed: {
        fr: without(clause.allowed.fr, allowed[clause.id]?.fr),
        en: without(clause.allowed.en, allowed[clause.id]?.en),
      },
    })),
  };
}

export const sorted = (items: readonly string[]) => [...items].sort();

/** Each clause of `after` holds the same terms and allowed phrases as today's starter charter. */
export function expectSameWordsAsStarter(after: Charter | undefined, now: number): void {
  const fresh = starterCharter(now, 'brand_default');
  for (const [k, clause] of (after?.clauses ?? []).entries()) {
    const expected = fresh.clauses[k]!;
    expect(clause.id).toBe(expected.id);
    for (const lang of ['fr', 'en'] as const) {
      expect(sorted(clause.terms[lang])).toEqual(sorted(expected.terms[lang]));
      expect(sorted(clause.allowed[lang])).toEqual(sorted(expected.allowed[lang]));
    }
  }
}

/** The clause ids a charter's verdict on `text` names. */
export const rulesOf = (charter: Charter | undefined, text: string) =>
  scanText(compileCharter(charter?.clauses ?? []), text).rules;

/** A charter of the CM's own, made from `charter` with clause ids that are not the starter's. */
export function ownCopyOf(charter: Charter): Charter {
  const own: Charter = { ...charter, id: 'charter_own', name: 'Own' };
  own.clauses = own.clauses.map((clause) => ({ ...clause, id: `own_${clause.id}` }));
  return own;
}

/**
 * Stores `before` in a database at `version`, opens it with today's Tact, checks that the stored charter now
 * holds today's starter words and kept its date of last edit, and returns it.
 */
export async function upgradedFrom(version: number, before: Charter): Promise<Charter | undefined> {
  await populateVersion(version, [before]);
  const db = new TactDatabase();
  await db.open();
  expect(db.verno).toBe(CURRENT_VERSION);
  const after = await db.charters.get(before.id);
  expectSameWordsAsStarter(after, before.updatedAt);
  expect(after?.updatedAt).toBe(before.updatedAt);
  db.close();
  return after;
}

/** Backs `charter` up as a file of `version`, restores that file into an empty database, returns what it holds. */
export async function restoredFromBackupOf(version: number, charter: Charter): Promise<Charter | undefined> {
  const db = getDb();
  await db.charters.add(charter);
  const file = JSON.parse(serializeBackup(await exportBackup(db, charter.updatedAt)));
  file.schemaVersion = version;
  await db.charters.clear();
  const parsed = parseBackupText(JSON.stringify(file));
  if (!parsed.ok) throw new Error(parsed.problem.code);
  await restoreBackup(db, parsed.backup);
  return db.charters.get(charter.id);
}
