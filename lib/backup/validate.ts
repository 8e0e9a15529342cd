/**
 * Turns the text of a backup file into a Backup, or into one error that says what is wrong and where
 * (e.g. `templates[3].body: Too small…`). Nothing here touches the database.
 */
import { z } from 'zod';
import { CURRENT_VERSION } from '../db/database';
import { DEFAULT_SETTINGS, describeZodError, SettingsSchema } from '../model';
import { upgradeCharter } from '../seed/upgrades';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type Backup,
  type BackupData,
  EnvelopeSchema,
  MAX_BACKUP_BYTES,
  RECORD_SCHEMAS,
  RECORD_TABLES,
} from './format';

export type BackupProblem =
  | { code: 'tooLarge'; bytes: number; limit: number }
  | { code: 'notJson'; detail: string }
  | { code: 'notBackup'; detail: string }
  | { code: 'unknownVersion'; version: string }
  | { code: 'newerSchema'; schemaVersion: number }
  | { code: 'invalidRecord'; detail: string };

export type BackupParseResult = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem };

/** A message in English for logs and the CLI; the options page translates the problem code. */
export function describeBackupProblem(problem: BackupProblem): string {
  switch (problem.code) {
    case 'tooLarge':
      return `The file is ${problem.bytes} bytes; the limit is ${problem.limit} bytes.`;
    case 'notJson':
      return `The file is not valid JSON (it may be truncated): ${problem.detail}`;
    case 'notBackup':
      return `This is not a Tact backup: ${problem.detail}`;
    case 'unknownVersion':
      return `Unknown backup version ${problem.version}; this Tact reads version ${BACKUP_VERSION}.`;
    case 'newerSchema':
      return `The backup comes from a newer Tact (database version ${problem.schemaVersion}).`;
    case 'invalidRecord':
      return problem.detail;
  }
}

/** UTF-16 length × 3 bounds the UTF-8 size from above; only a close call needs the exact count. */
function utf8Bytes(text: string): number {
  if (text.length * 3 <= MAX_BACKUP_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

export function parseBackupText(text: string, limit: number = MAX_BACKUP_BYTES): BackupParseResult {
  const bytes = utf8Bytes(text);
  if (bytes > limit) return { ok: false, problem: { code: 'tooLarge', bytes, limit } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { code: 'notJson', detail: error instanceof Error ? error.message : '' } };
  }
  return validateBackup(json);
}

function checkRecords(table: (typeof RECORD_TABLES)[number], value: unknown): string | { id: string }[] {
  if (value === undefined) return `${table}: missing (a backup holds every table, even empty)`;
  const parsed = z.array(RECORD_SCHEMAS[table]).safeParse(value);
  if (!parsed.success) return describeZodError(parsed.error, table);
  const seen = new Set<string>();
  for (const [index, record] of parsed.data.entries()) {
    if (seen.has(record.id)) return `${table}[${index}].id: duplicate id "${record.id}"`;
    seen.add(record.id);
  }
  return parsed.data;
}

export function validateBackup(json: unknown): BackupParseResult {
  const isObject = typeof json === 'object' && json !== null && !Array.isArray(json);
  if (!isObject || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, problem: { code: 'notBackup', detail: `format is not "${BACKUP_FORMAT}"` } };
  }
  const version = (json as { version?: unknown }).version;
  if (version !== BACKUP_VERSION) {
    return { ok: false, problem: { code: 'unknownVersion', version: JSON.stringify(version) ?? 'none' } };
  }
  const envelope = EnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    return { ok: false, problem: { code: 'notBackup', detail: describeZodError(envelope.error) } };
  }
  if (envelope.data.schemaVersion > CURRENT_VERSION) {
    return { ok: false, problem: { code: 'newerSchema', schemaVersion: envelope.data.schemaVersion } };
  }
  const raw = envelope.data.data;
  const data: Partial<BackupData> = {};
  for (const table of RECORD_TABLES) {
    const checked = checkRecords(table, raw[table]);
    if (typeof checked === 'string')
      return { ok: false, problem: { code: 'invalidRecord', detail: checked } };
    (data as Record<string, unknown>)[table] = checked;
  }
  // Settings added by a later Tact take their default; a present value of the wrong type is refused.
  const storedSettings = raw.settings;
  if (typeof storedSettings !== 'object' || storedSettings === null || Array.isArray(storedSettings)) {
    return { ok: false, problem: { code: 'invalidRecord', detail: 'settings: missing or not an object' } };
  }
  const settings = SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...storedSettings });
  if (!settings.success) {
    return {
      ok: false,
      problem: { code: 'invalidRecord', detail: describeZodError(settings.error, 'settings') },
    };
  }
  data.settings = settings.data;
  // A backup of an older Tact gets the upgrades its database would have had (nothing in it is dropped).
  data.charters = data.charters?.map((charter) => upgradeCharter(charter, envelope.data.schemaVersion));
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: envelope.data.exportedAt,
      schemaVersion: envelope.data.schemaVersion,
      data: data as BackupData,
    },
  };
}
