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
import { starterCharter } from '@/lib/seed/charter';
import { charter as sampleCharter } from './backup/sample';

const NOW = Date.UTC(2026, 0, 5, 9);
const NIR_COMMENT = 'Mon numéro de sécu : 1 85 05 78 006 084 91, rappelez-moi';

/** The starter charter as Tact 3 seeded it: its clause on personal data had no identity-number detector. */
function starterCharterOfVersion3(): Charter {
  const current = starterCharter(NOW, 'brand_default');
  return {
    ...current,
    clauses: current.clauses.map((clause) => ({
      ...clause,
      detectors: clause.detectors.filter((detector) => detector !== 'id_number'),
    })),
  };
}

/** A CM's own charter whose clause on personal data kept only emails. */
function customCharter(): Charter {
  const base = sampleCharter({ id: 'charter_custom' });
  return {
    ...base,
    clauses: [
      ...base.clauses,
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
  it('gives the stored starter charter the identity-number detector, and the comment is flagged', async () => {
    const before = starterCharterOfVersion3();
    expect(scanText(compileCharter(before.clauses), NIR_COMMENT).rules).not.toContain('personal_data');
    await populateVersion3([before]);

    const db = new TactDatabase();
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    const after = await db.charters.get(before.id);
    expect(personalData(after)?.detectors).toEqual([...(personalData(before)?.detectors ?? []), 'id_number']);
    expect(scanText(compileCharter(after?.clauses ?? []), NIR_COMMENT).rules).toContain('personal_data');
    // Everything else is as it was, down to the other clauses and the date of the last edit.
    expect({ ...after, clauses: after?.clauses.filter((c) => c.id !== 'personal_data') }).toEqual({
      ...before,
      clauses: before.clauses.filter((c) => c.id !== 'personal_data'),
    });
    db.close();
  });

  it("adds it to a CM's own clause on personal data and leaves charters without one unchanged", async () => {
    const custom = customCharter();
    const plain = sampleCharter({ id: 'charter_plain' });
    await populateVersion3([custom, plain]);
    const db = new TactDatabase();
    expect(personalData(await db.charters.get(custom.id))?.detectors).toEqual(['email', 'id_number']);
    expect(await db.charters.get(plain.id)).toEqual(plain);
    db.close();
  });
});

describe('restoring a backup of version 3', () => {
  it('upgrades its charters the same way and keeps everything else', async () => {
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
    expect(await db.charters.get(sampleCharter().id)).toEqual(sampleCharter());
    expect(scanText(defaultCompiledCharter(), NIR_COMMENT).rules).toEqual(
      scanText(compileCharter(restored?.clauses ?? []), NIR_COMMENT).rules,
    );
  });
});
