import type { Table } from 'dexie';
import type { TactDatabase } from '../db/database';
import { readSettings, writeSettings } from '../db/settings-store';
import type { Brand, Charter, ChecklistTask, Lang, Template } from '../model';
import { starterCharter } from './charter';
import { starterChecklist } from './checklist';
import { DEFAULT_BRAND_ID, STARTER_CHARTER_ID } from './ids';
import { starterTemplates } from './templates';

export function defaultBrand(now: number, language: Lang): Brand {
  return {
    id: DEFAULT_BRAND_ID,
    name: language === 'fr' ? 'Ma marque' : 'My brand',
    signature: language === 'fr' ? "L'équipe" : 'The team',
    language,
    ownedPages: [],
    charterId: STARTER_CHARTER_ID,
    createdAt: now,
    updatedAt: now,
  };
}

export interface SeedOptions {
  now?: number;
  language?: Lang;
  /** true: put the starter records back as they ship, over the CM's edits of them. false: only add what is missing. */
  replace?: boolean;
}

/**
 * Seeds the starter content in one transaction. Runs on install and from the options page; records the
 * CM created are never touched, and without `replace` neither are the starter records they edited.
 */
export async function seedStarterContent(db: TactDatabase, options: SeedOptions = {}): Promise<number> {
  const now = options.now ?? Date.now();
  const language = options.language ?? 'en';
  const tables = [db.brands, db.charters, db.templates, db.checklistTasks, db.settings];
  return db.transaction('rw', tables, async () => {
    let added = 0;
    const put = async <T extends { id: string }>(table: Table<T, string>, rows: T[]) => {
      for (const row of rows) {
        if (options.replace || !(await table.get(row.id))) {
          await table.put(row);
          added++;
        }
      }
    };
    await put<Brand>(db.brands, [defaultBrand(now, language)]);
    await put<Charter>(db.charters, [starterCharter(now, DEFAULT_BRAND_ID)]);
    await put<Template>(db.templates, starterTemplates(now));
    await put<ChecklistTask>(db.checklistTasks, starterChecklist(now, language));
    const settings = await readSettings(db);
    if (!settings.activeBrandId) await writeSettings(db, { activeBrandId: DEFAULT_BRAND_ID });
    return added;
  });
}
