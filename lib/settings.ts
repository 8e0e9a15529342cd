import { DEFAULT_SETTINGS, type Settings, SettingsSchema } from './model';

/** Reads stored settings leniently: a bad or missing value falls back to its default, the rest is kept. */
export function settingsFromRecords(records: ReadonlyArray<{ key: string; value: unknown }>): Settings {
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const shape = SettingsSchema.shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;
  for (const { key, value } of records) {
    const field = shape[key];
    if (field?.safeParse(value).success) merged[key] = value;
  }
  return merged as Settings;
}
