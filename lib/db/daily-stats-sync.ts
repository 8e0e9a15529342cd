/**
 * Keeps the `dailyStats` rollup exact on EVERY write to `interactions`, whichever code makes it (logging,
 * retention purge, backup restore, a test's bulkAdd, a future feature): a Dexie DBCore middleware adds
 * `dailyStats` to every read-write transaction over `interactions` and, in that same transaction, takes the
 * old rows out of their days and counts the new ones in. A failed write aborts both together.
 * Hand-written because the rollup is specific to Tact; Dexie's middleware API is the documented way to
 * extend every write (Dexie Cloud and Dexie's own hooks are built the same way).
 */
import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import type { Interaction } from '../model';
import { applyToDailyStats, type DailyStats, dailyStatsKeysOf } from '../reports/daily-stats';

export const INTERACTIONS_TABLE = 'interactions';
export const DAILY_STATS_TABLE = 'dailyStats';
/** DBCoreRangeType.Any (a const enum in Dexie's typings): the range `table.clear()` deletes. */
const ANY_RANGE = 3;

function isUpgrade(trans: DBCoreTransaction): boolean {
  // The upgrade to v3 builds the rollup itself; earlier upgrades run before the table exists.
  return (trans as unknown as IDBTransaction).mode === 'versionchange';
}

function succeeded<T>(items: readonly T[], response: DBCoreMutateResponse): T[] {
  return response.numFailures === 0 ? [...items] : items.filter((_, index) => !response.failures[index]);
}

/*
 * Promise chains rather than async/await: Dexie's lower middlewares read the current transaction from
 * Dexie's zone, which Dexie promises carry through `.then` and native awaits do not.
 */

/** The stored interactions a request is about to replace or delete (none for `add`). */
function rowsBefore(
  interactions: DBCoreTable,
  req: DBCoreMutateRequest,
): Promise<(Interaction | undefined)[]> {
  const trans = req.trans;
  switch (req.type) {
    case 'add':
      return Dexie.Promise.resolve([]); // nothing stored yet under new keys
    case 'put':
      return interactions.getMany({
        trans,
        keys: req.keys ?? req.values.map((value: Interaction) => value.id),
      });
    case 'delete':
      return interactions.getMany({ trans, keys: req.keys });
    case 'deleteRange':
      if (req.range.type === ANY_RANGE) return Dexie.Promise.resolve([]);
      return interactions
        .query({ trans, values: true, query: { index: interactions.schema.primaryKey, range: req.range } })
        .then((response) => response.result);
  }
}

function readStats(
  stats: DBCoreTable,
  trans: DBCoreTransaction,
  rows: readonly Interaction[],
): Promise<Map<string, DailyStats>> {
  const keys = dailyStatsKeysOf(rows);
  if (keys.length === 0) return Dexie.Promise.resolve(new Map());
  return stats.getMany({ trans, keys }).then((current: (DailyStats | undefined)[]) => {
    const stored = new Map<string, DailyStats>();
    for (const record of current) if (record) stored.set(record.key, record);
    return stored;
  });
}

function writeStats(
  stats: DBCoreTable,
  trans: DBCoreTransaction,
  stored: ReadonlyMap<string, DailyStats>,
  removed: Interaction[],
  added: Interaction[],
): Promise<unknown> {
  const change = applyToDailyStats(stored, removed, added);
  const writes: Promise<DBCoreMutateResponse>[] = [];
  if (change.put.length > 0) writes.push(stats.mutate({ type: 'put', trans, values: change.put }));
  if (change.remove.length > 0) writes.push(stats.mutate({ type: 'delete', trans, keys: change.remove }));
  return Dexie.Promise.all(writes);
}

/** Logging one interaction is an add: its day's record is read alongside it, saving a round trip. */
function addWithStats(
  interactions: DBCoreTable,
  stats: DBCoreTable,
  req: DBCoreMutateRequest & { type: 'add' },
): Promise<DBCoreMutateResponse> {
  const values = req.values as Interaction[];
  return Dexie.Promise.all([readStats(stats, req.trans, values), interactions.mutate(req)]).then(
    ([stored, response]) =>
      writeStats(stats, req.trans, stored, [], succeeded(values, response)).then(() => response),
  );
}

function mutateWithStats(
  core: DBCore,
  interactions: DBCoreTable,
  req: DBCoreMutateRequest,
): Promise<DBCoreMutateResponse> {
  if (isUpgrade(req.trans)) return interactions.mutate(req);
  const stats = core.table(DAILY_STATS_TABLE);
  if (req.type === 'add') return addWithStats(interactions, stats, req);
  return rowsBefore(interactions, req).then((before) =>
    interactions.mutate(req).then((response) => {
      if (req.type === 'deleteRange' && req.range.type === ANY_RANGE) {
        return stats.mutate({ type: 'deleteRange', trans: req.trans, range: req.range }).then(() => response);
      }
      const removed = (req.type === 'deleteRange' ? before : succeeded(before, response)).filter(
        (row): row is Interaction => row !== undefined,
      );
      const added: Interaction[] = req.type === 'put' ? succeeded(req.values as Interaction[], response) : [];
      return readStats(stats, req.trans, [...removed, ...added]).then((stored) =>
        writeStats(stats, req.trans, stored, removed, added).then(() => response),
      );
    }),
  );
}

export const dailyStatsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'TactDailyStats',
  create(core) {
    const hasRollup = core.schema.tables.some((table) => table.name === DAILY_STATS_TABLE);
    if (!hasRollup) return core;
    return {
      ...core,
      transaction(stores, mode, options) {
        const widened =
          mode === 'readwrite' && stores.includes(INTERACTIONS_TABLE) && !stores.includes(DAILY_STATS_TABLE)
            ? [...stores, DAILY_STATS_TABLE]
            : stores;
        return core.transaction(widened, mode, options);
      },
      table(name) {
        const table = core.table(name);
        if (name !== INTERACTIONS_TABLE) return table;
        return { ...table, mutate: (req) => mutateWithStats(core, table, req) };
      },
    };
  },
};
