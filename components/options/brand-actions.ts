import { getDb } from '@/lib/db/database';
import { readSettings, writeSettings } from '@/lib/db/settings-store';
import type { Brand, Charter, ChecklistTask, Template } from '@/lib/model';
import { newId } from '@/lib/model';
import { bumpRevision } from '@/lib/revision';
import { starterCharter } from '@/lib/seed/charter';

/** A new brand with its own copy of the starter charter, written together. */
export async function createBrand(
  fields: Omit<Brand, 'id' | 'charterId' | 'createdAt' | 'updatedAt'>,
): Promise<Brand> {
  const now = Date.now();
  const id = newId('brand');
  const starter = starterCharter(now, id);
  const charter: Charter = {
    ...structuredClone(starter),
    id: newId('charter'),
    name: fields.name,
  };
  const brand: Brand = { ...fields, id, charterId: charter.id, createdAt: now, updatedAt: now };
  const db = getDb();
  await db.transaction('rw', [db.brands, db.charters], async () => {
    await db.charters.add(charter);
    await db.brands.add(brand);
  });
  await bumpRevision();
  return brand;
}

export async function updateBrand(brand: Brand): Promise<void> {
  await getDb().brands.put({ ...brand, updatedAt: Date.now() });
  await bumpRevision();
}

export interface DeletedBrand {
  brand: Brand;
  charter: Charter | undefined;
  templates: Template[];
  tasks: ChecklistTask[];
  wasActive: boolean;
}

/** Deletes a brand with what belongs only to it; the log keeps its history. Returns what undo needs. */
export async function deleteBrand(brand: Brand): Promise<DeletedBrand> {
  const db = getDb();
  const tables = [db.brands, db.charters, db.templates, db.checklistTasks, db.settings];
  const deleted = await db.transaction('rw', tables, async () => {
    const sharedCharter = (await db.brands.where('id').notEqual(brand.id).toArray()).some(
      (other) => other.charterId === brand.charterId,
    );
    const charter = sharedCharter ? undefined : await db.charters.get(brand.charterId);
    const templates = await db.templates.where('brandId').equals(brand.id).toArray();
    const tasks = await db.checklistTasks.where('brandId').equals(brand.id).toArray();
    const settings = await readSettings(db);
    const wasActive = settings.activeBrandId === brand.id;
    await db.brands.delete(brand.id);
    if (charter) await db.charters.delete(charter.id);
    await db.templates.bulkDelete(templates.map((tpl) => tpl.id));
    await db.checklistTasks.bulkDelete(tasks.map((task) => task.id));
    if (wasActive) {
      const next = await db.brands.orderBy('name').first();
      await writeSettings(db, { activeBrandId: next?.id ?? null });
    }
    return { brand, charter, templates, tasks, wasActive };
  });
  await bumpRevision();
  return deleted;
}

export async function undoDeleteBrand(deleted: DeletedBrand): Promise<void> {
  const db = getDb();
  const tables = [db.brands, db.charters, db.templates, db.checklistTasks, db.settings];
  await db.transaction('rw', tables, async () => {
    if (deleted.charter) await db.charters.put(deleted.charter);
    await db.brands.put(deleted.brand);
    await db.templates.bulkPut(deleted.templates);
    await db.checklistTasks.bulkPut(deleted.tasks);
    if (deleted.wasActive) await writeSettings(db, { activeBrandId: deleted.brand.id });
  });
  await bumpRevision();
}
