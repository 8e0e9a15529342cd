/**
 * The full JSON backup: every table of the database, in a versioned envelope. A backup is data from
 * outside once it comes back in, so everything is validated against lib/model.ts before a restore.
 */
import { z } from 'zod';
import {
  type Brand,
  BrandSchema,
  type Charter,
  CharterSchema,
  type ChecklistCompletion,
  ChecklistCompletionSchema,
  type ChecklistTask,
  ChecklistTaskSchema,
  type Interaction,
  InteractionSchema,
  type Settings,
  SettingsSchema,
  type Template,
  TemplateSchema,
} from '../model';

export const BACKUP_FORMAT = 'tact-backup';
export const BACKUP_VERSION = 1;
/** Large enough for years of logging with comment texts, small enough to parse in a page. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

export interface BackupData {
  brands: Brand[];
  charters: Charter[];
  templates: Template[];
  checklistTasks: ChecklistTask[];
  checklistCompletions: ChecklistCompletion[];
  interactions: Interaction[];
  settings: Settings;
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** Epoch milliseconds. */
  exportedAt: number;
  /** The database schema version of the Tact that wrote it. */
  schemaVersion: number;
  data: BackupData;
}

/** The tables that hold records with an `id`, in the order a restore writes them. */
export const RECORD_TABLES = [
  'brands',
  'charters',
  'templates',
  'checklistTasks',
  'checklistCompletions',
  'interactions',
] as const;
export type RecordTable = (typeof RECORD_TABLES)[number];
export type BackupTable = RecordTable | 'settings';
export const BACKUP_TABLES: readonly BackupTable[] = [...RECORD_TABLES, 'settings'];

export const RECORD_SCHEMAS: Record<RecordTable, z.ZodType<{ id: string }>> = {
  brands: BrandSchema,
  charters: CharterSchema,
  templates: TemplateSchema,
  checklistTasks: ChecklistTaskSchema,
  checklistCompletions: ChecklistCompletionSchema,
  interactions: InteractionSchema,
};

export const EnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number(),
  exportedAt: z.number().int().nonnegative(),
  schemaVersion: z.number().int().positive(),
  data: z.record(z.string(), z.unknown()),
});

export { SettingsSchema as BackupSettingsSchema };
