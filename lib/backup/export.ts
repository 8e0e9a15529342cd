import { CURRENT_VERSION, type TactDatabase } from '../db/database';
import { readSettings } from '../db/settings-store';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './format';

/** Reads every table in one read transaction, so the backup is a consistent snapshot. */
export async function exportBackup(db: TactDatabase, now: number = Date.now()): Promise<Backup> {
  const tables = [
    db.brands,
    db.charters,
    db.templates,
    db.checklistTasks,
    db.checklistCompletions,
    db.interactions,
    db.settings,
  ];
  return db.transaction('r', tables, async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    schemaVersion: CURRENT_VERSION,
    data: {
      brands: await db.brands.toArray(),
      charters: await db.charters.toArray(),
      templates: await db.templates.toArray(),
      checklistTasks: await db.checklistTasks.toArray(),
      checklistCompletions: await db.checklistCompletions.toArray(),
      interactions: await db.interactions.toArray(),
      settings: await readSettings(db),
    },
  }));
}

export function serializeBackup(backup: Backup): string {
  return JSON.stringify(backup);
}

export function backupFileName(now: number = Date.now()): string {
  const day = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `tact-backup-${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}.json`;
}
