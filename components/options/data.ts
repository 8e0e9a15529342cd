import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/database';
import { readSettings, writeSettings } from '@/lib/db/settings-store';
import type { Brand, Charter, Settings, Template } from '@/lib/model';
import { bumpRevision } from '@/lib/revision';

/** Live views of the tables the options page edits; `undefined` while loading. */
export function useBrands(): Brand[] | undefined {
  return useLiveQuery(() => getDb().brands.orderBy('name').toArray(), []);
}

export function useSettings(): Settings | undefined {
  return useLiveQuery(() => readSettings(getDb()), []);
}

export function useTemplates(): Template[] | undefined {
  return useLiveQuery(() => getDb().templates.toArray(), []);
}

export function useCharter(charterId: string | undefined): Charter | null | undefined {
  return useLiveQuery(
    async () => (charterId ? ((await getDb().charters.get(charterId)) ?? null) : null),
    [charterId],
  );
}

/** The active brand of the settings, else the first brand. */
export function activeBrandOf(brands: readonly Brand[], settings: Settings | undefined): Brand | undefined {
  return brands.find((b) => b.id === settings?.activeBrandId) ?? brands[0];
}

/** Settings writes tell the content scripts to refresh. */
export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  await writeSettings(getDb(), patch);
  await bumpRevision();
}
