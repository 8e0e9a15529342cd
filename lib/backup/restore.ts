/**
 * Restoring replaces the whole database with the backup. The preview says, per table, what the restore
 * would add, update and remove; the restore itself runs in one read-write transaction over every table,
 * so a failure half-way leaves the database exactly as it was.
 */
import type { Table } from 'dexie';
import type { SettingRecord, TactDatabase } from '../db/database';
import { readSettings } from '../db/settings-store';
import type { Settings } from '../model';
import { BACKUP_TABLES, type Backup, type BackupTable, RECORD_TABLES, type RecordTable } from './format';

export interface TableChange {
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
}

export type RestorePreview = Record<BackupTable, TableChange>;

/** Structural equality of plain JSON-like values; key order does not matter. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  const keysA = Object.keys(recordA).filter((key) => recordA[key] !== undefined);
  const keysB = Object.keys(recordB).filter((key) => recordB[key] !== undefined);
  return keysA.length === keysB.length && keysA.every((key) => sameValue(recordA[key], recordB[key]));
}

function compareRecords(
  current: readonly { id: string }[],
  incoming: readonly { id: string }[],
): TableChange {
  const byId = new Map(current.map((row) => [row.id, row]));
  const change: TableChange = { added: 0, updated: 0, removed: 0, unchanged: 0 };
  for (const row of incoming) {
    const existing = byId.get(row.id);
    if (!existing) change.added++;
    else if (sameValue(existing, row)) change.unchanged++;
    else change.updated++;
    byId.delete(row.id);
  }
  change.removed = byId.size;
  return change;
}

function compareSettings(current: Settings, incoming: Settings): TableChange {
  const keys = Object.keys(incoming) as (keyof Settings)[];
  const updated = keys.filter((key) => !sameValue(current[key], incoming[key])).length;
  return { added: 0, updated, removed: 0, unchanged: keys.length - updated };
}

function recordTable(db: TactDatabase, table: RecordTable): Table<{ id: string }, string> {
  return db[table] as unknown as Table<{ id: string }, string>;
}

export async function previewRestore(db: TactDatabase, backup: Backup): Promise<RestorePreview> {
  const preview = {} as RestorePreview;
  await db.transaction(
    'r',
    BACKUP_TABLES.map((name) => db.table(name)),
    async () => {
      for (const table of RECORD_TABLES) {
        preview[table] = compareRecords(await recordTable(db, table).toArray(), backup.data[table]);
      }
      preview.settings = compareSettings(await readSettings(db), backup.data.settings);
    },
  );
  return preview;
}

/** All or nothing: any failure aborts the transaction and rejects, and the stored data stays as it was. */
export async function restoreBackup(db: TactDatabase, backup: Backup): Promise<void> {
  await db.transaction(
    'rw',
    BACKUP_TABLES.map((name) => db.table(name)),
    async () => {
      for (const table of RECORD_TABLES) {
        await recordTable(db, table).clear();
        await recordTable(db, table).bulkAdd(backup.data[table]);
      }
      await db.settings.clear();
      const settingRows = Object.entries(backup.data.settings).map(
        ([key, value]) => ({ key, value }) as SettingRecord,
      );
      await db.settings.bulkAdd(settingRows);
    },
  );
}
