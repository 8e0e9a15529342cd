/** Data as an older Tact stored it, for the migration tests: its database, and its starter charter. */
import Dexie from 'dexie';
import { expect } from 'vitest';
import {
  DB_NAME,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  SCHEMA_V7,
} from '@/lib/db/database';
import type { Charter } from '@/lib/model';
import { starterCharter } from '@/lib/seed/charter';

type Added = Readonly<Record<string, { fr: readonly string[]; en: readonly string[] }>>;

const SCHEMAS = [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7];

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
