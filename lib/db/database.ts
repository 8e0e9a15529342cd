/**
 * The database `tact` (DESIGN.md contract 4). Every schema version stays here with its upgrade, so that
 * a database of any older version opens at the current one; tests/unit/db-migration.test.ts populates
 * each older version and checks the step.
 */
import Dexie, { type Table } from 'dexie';
import type {
  Brand,
  Charter,
  ChecklistCompletion,
  ChecklistTask,
  Interaction,
  Settings,
  Template,
} from '../model';
import { type DailyStats, rollUp } from '../reports/daily-stats';
import {
  upgradeCharterToV4,
  upgradeCharterToV5,
  upgradeCharterToV6,
  upgradeCharterToV7,
  upgradeCharterToV8,
  upgradeCharterToV9,
  upgradeCharterToV10,
  upgradeCharterToV11,
} from '../seed/upgrades';
import { dailyStatsMiddleware } from './daily-stats-sync';

export const DB_NAME = 'tact';

export interface SettingRecord<K extends keyof Settings = keyof Settings> {
  key: K;
  value: Settings[K];
}

/** Schema history. Never edit a released entry: add a new version with an upgrade. */
export const SCHEMA_V1 = {
  brands: 'id, name',
  charters: 'id, brandId',
  templates: 'id, brandId, language, *clauseIds',
  checklistTasks: 'id, brandId, order',
  checklistCompletions: 'id, day, taskId',
  interactions: 'id, at, platform, action, templateId',
  settings: 'key',
} as const;

/**
 * v2: interactions gain `brandId` (the log is filtered per brand) and a compound index for the
 * per-platform reports; templates gain a usage count. The upgrade backfills both.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  templates: 'id, brandId, language, *clauseIds, usageCount',
  interactions: 'id, at, platform, action, templateId, brandId, *ruleIds, [platform+at]',
} as const;

/**
 * v3: `dailyStats`, the per-day rollup of the log that the reports read (lib/reports/daily-stats.ts),
 * kept exact at every write of `interactions` by ./daily-stats-sync.ts. The upgrade builds it from the log.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  dailyStats: 'key, day',
} as const;

/**
 * v4: no new table or index; stored charters made from the starter gain the `id_number` detector on personal
 * data and the starter words added in v4 (lib/seed/upgrades.ts, also applied to older backups on restore).
 */
export const SCHEMA_V4 = SCHEMA_V3;

/**
 * v5: no new table or index; stored charters made from the starter gain the phrases and allowed phrases added
 * to the starter in v5 (lib/seed/upgrades.ts, also applied to older backups on restore).
 */
export const SCHEMA_V5 = SCHEMA_V4;

/**
 * v6: no new table or index; stored charters made from the starter gain the phrases added to the starter in v6
 * (lib/risk/lexicon/starter/added-in-v6.ts; also applied to older backups on restore).
 */
export const SCHEMA_V6 = SCHEMA_V5;

/**
 * v7: no new table or index; stored charters made from the starter gain the phrases added to the starter in v7
 * (lib/risk/lexicon/starter/added-in-v7.ts; also applied to older backups on restore).
 */
export const SCHEMA_V7 = SCHEMA_V6;

/**
 * v8: no new table or index; stored charters made from the starter gain the phrases added to the starter in v8
 * (lib/risk/lexicon/starter/added-in-v8.ts; also applied to older backups on restore).
 */
export const SCHEMA_V8 = SCHEMA_V7;

/**
 * v9: no new table or index; stored charters made from the starter gain the phrases added to the starter in v9
 * (lib/risk/lexicon/starter/added-in-v9.ts; also applied to older backups on restore).
 */
export const SCHEMA_V9 = SCHEMA_V8;

/**
 * v10: no new table or index; stored charters made from the starter gain the phrases added to the starter in v10
 * (lib/risk/lexicon/starter/added-in-v10.ts; also applied to older backups on restore).
 */
export const SCHEMA_V10 = SCHEMA_V9;

/**
 * v11: no new table or index; the stored starter clause on sexual content switches on the detector of a child
 * described sexually (`sexualised_minor`), and stored charters made from the starter gain the phrases added to the
 * starter in v11 (lib/risk/lexicon/starter/added-in-v11.ts); also applied to older backups on restore.
 */
export const SCHEMA_V11 = SCHEMA_V10;

export const CURRENT_VERSION = 11;

const CHARTER_UPGRADES = [
  [4, SCHEMA_V4, upgradeCharterToV4],
  [5, SCHEMA_V5, upgradeCharterToV5],
  [6, SCHEMA_V6, upgradeCharterToV6],
  [7, SCHEMA_V7, upgradeCharterToV7],
  [8, SCHEMA_V8, upgradeCharterToV8],
  [9, SCHEMA_V9, upgradeCharterToV9],
  [10, SCHEMA_V10, upgradeCharterToV10],
  [11, SCHEMA_V11, upgradeCharterToV11],
] as const;

export class TactDatabase extends Dexie {
  brands!: Table<Brand, string>;
  charters!: Table<Charter, string>;
  templates!: Table<Template, string>;
  checklistTasks!: Table<ChecklistTask, string>;
  checklistCompletions!: Table<ChecklistCompletion, string>;
  interactions!: Table<Interaction, string>;
  settings!: Table<SettingRecord, string>;
  dailyStats!: Table<DailyStats, string>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        const active = await tx.table('settings').get('activeBrandId');
        const fallbackBrand: string | null =
          (active?.value as string | null | undefined) ??
          ((await tx.table('brands').toCollection().first()) as Brand | undefined)?.id ??
          null;
        await tx
          .table('interactions')
          .toCollection()
          .modify((row: Partial<Interaction>) => {
            if (row.brandId === undefined) row.brandId = fallbackBrand;
            if (!Array.isArray(row.ruleIds)) row.ruleIds = [];
          });
        await tx
          .table('templates')
          .toCollection()
          .modify((row: Partial<Template>) => {
            if (typeof row.usageCount !== 'number') row.usageCount = 0;
          });
      });
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade(async (tx) => {
        await tx.table('dailyStats').bulkPut(rollUp(await tx.table('interactions').toArray()));
      });
    // v4 to v9 change no table: each brings the charters made from the starter up to that version's starter.
    for (const [version, schema, upgrade] of CHARTER_UPGRADES) {
      this.version(version)
        .stores(schema)
        .upgrade(async (tx) => {
          await tx
            .table('charters')
            .toCollection()
            .modify((charter: Charter) => {
              charter.clauses = upgrade(charter).clauses;
            });
        });
    }
    this.use(dailyStatsMiddleware);
  }
}

let instance: TactDatabase | undefined;

/** The one database of the extension's origin. Never opened from a content script. */
export function getDb(): TactDatabase {
  instance ??= new TactDatabase();
  return instance;
}

/** Tests replace the database between cases. */
export function resetDbInstance(): void {
  instance?.close();
  instance = undefined;
}
