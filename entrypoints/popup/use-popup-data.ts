import { useLiveQuery } from 'dexie-react-hooks';
import type { DayKey } from '@/lib/checklist/days';
import { type ChecklistDay, loadChecklistDay } from '@/lib/db/checklist-store';
import { getDb } from '@/lib/db/database';
import { readSettings } from '@/lib/db/settings-store';
import type { Brand, Settings } from '@/lib/model';

export interface PopupData {
  settings: Settings;
  brands: Brand[];
  checklist: ChecklistDay;
}

/** One live query for the whole popup: it re-runs when tasks, ticks, the log or the settings change. */
export function usePopupData(day: DayKey): PopupData | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const [settings, brands] = await Promise.all([readSettings(db), db.brands.toArray()]);
    const brandId = brands.some((b) => b.id === settings.activeBrandId)
      ? settings.activeBrandId
      : (brands[0]?.id ?? null);
    const checklist = await loadChecklistDay(db, day, brandId);
    return { settings, brands, checklist };
  }, [day]);
}
