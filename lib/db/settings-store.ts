import type { Settings } from '../model';
import { settingsFromRecords } from '../settings';
import type { SettingRecord, TactDatabase } from './database';

export async function readSettings(db: TactDatabase): Promise<Settings> {
  return settingsFromRecords(await db.settings.toArray());
}

export async function writeSettings(db: TactDatabase, patch: Partial<Settings>): Promise<Settings> {
  const rows = Object.entries(patch).map(([key, value]) => ({ key, value }) as SettingRecord);
  await db.settings.bulkPut(rows);
  return readSettings(db);
}
