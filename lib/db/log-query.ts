/**
 * The log's filtered, paginated reads, fast on 100,000 rows. The date range walks `at` (or
 * `[platform+at]` when a platform is chosen), which also gives the order: with no other filter the index
 * alone counts and pages, and only the visible rows are read. Each other filter is one equality lookup on
 * its own index (`brandId`, `action`, `templateId`, `*ruleIds`); see matchingLogIds for how they combine.
 */
import type { Interaction, InteractionAction } from '../model';
import type { Platform } from '../platforms';
import type { TactDatabase } from './database';

export interface LogFilter {
  /** Epoch ms, inclusive. */
  from?: number;
  /** Epoch ms, inclusive. */
  to?: number;
  brandId?: string;
  platform?: Platform;
  action?: InteractionAction;
  clauseId?: string;
  templateId?: string;
}

/** Below this many candidates, reading their records and checking them beats more key scans. */
const FEW_CANDIDATES = 2000;

type Collection = ReturnType<TactDatabase['interactions']['where']>;

/** The date range (with the platform when chosen) on the index that also gives the log's order. */
function rangeCollection(db: TactDatabase, filter: LogFilter, from: number, to: number): Collection {
  return filter.platform
    ? db.interactions
        .where('[platform+at]')
        .between([filter.platform, from], [filter.platform, to], true, true)
    : db.interactions.where('at').between(from, to, true, true);
}

/** One equality lookup per other filter, each on its own index. */
function equalityCollections(db: TactDatabase, filter: LogFilter): Collection[] {
  const lookups: Collection[] = [];
  if (filter.brandId) lookups.push(db.interactions.where('brandId').equals(filter.brandId));
  if (filter.action) lookups.push(db.interactions.where('action').equals(filter.action));
  if (filter.templateId) lookups.push(db.interactions.where('templateId').equals(filter.templateId));
  if (filter.clauseId) lookups.push(db.interactions.where('ruleIds').equals(filter.clauseId));
  return lookups;
}

export function matchesLogFilter(row: Interaction, filter: LogFilter): boolean {
  return (
    row.at >= (filter.from ?? 0) &&
    row.at <= (filter.to ?? Number.MAX_SAFE_INTEGER) &&
    (!filter.platform || row.platform === filter.platform) &&
    (!filter.brandId || row.brandId === filter.brandId) &&
    (!filter.action || row.action === filter.action) &&
    (!filter.templateId || row.templateId === filter.templateId) &&
    (!filter.clauseId || row.ruleIds.includes(filter.clauseId))
  );
}

/** The log's order: newest first, then (same instant) the larger id first, as the reversed index gives. */
function newestFirst(a: Interaction, b: Interaction): number {
  return b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/**
 * Primary keys of the matching interactions, newest first. Each lookup (and the range) is first probed
 * for at most FEW_CANDIDATES + 1 keys, a bounded read: when one of them is that small, its records are
 * read and checked against every filter. Only when every lookup is large are the key sets intersected.
 * (Counting an index is no shortcut: Chromium walks the entries to count them.)
 */
export async function matchingLogIds(db: TactDatabase, filter: LogFilter): Promise<string[]> {
  const from = filter.from ?? 0;
  const to = filter.to ?? Number.MAX_SAFE_INTEGER;
  if (from > to) return [];
  const lookups = equalityCollections(db, filter);
  if (lookups.length === 0) return (await rangeCollection(db, filter, from, to).primaryKeys()).reverse();

  const probes = await Promise.all(
    [rangeCollection(db, filter, from, to), ...lookups].map((source) =>
      source.limit(FEW_CANDIDATES + 1).primaryKeys(),
    ),
  );
  const smallest = probes.reduce((best, keys) => (keys.length < best.length ? keys : best));
  if (smallest.length <= FEW_CANDIDATES) {
    const rows = await fetchLogRows(db, smallest);
    return rows
      .filter((row) => matchesLogFilter(row, filter))
      .sort(newestFirst)
      .map((row) => row.id);
  }
  const [ordered, ...sets] = await Promise.all([
    rangeCollection(db, filter, from, to).primaryKeys(),
    ...equalityCollections(db, filter).map((lookup) => lookup.primaryKeys()),
  ]);
  const required = sets.map((keys) => new Set(keys));
  return ordered.filter((key) => required.every((set) => set.has(key))).reverse();
}

/** The records of one page of ids, in the same order; ids deleted meanwhile are skipped. */
export async function fetchLogRows(db: TactDatabase, ids: readonly string[]): Promise<Interaction[]> {
  const rows = await db.interactions.bulkGet([...ids]);
  return rows.filter((row): row is Interaction => row !== undefined);
}

export interface LogPage {
  total: number;
  rows: Interaction[];
}

export async function queryLogPage(
  db: TactDatabase,
  filter: LogFilter,
  page: { offset: number; limit: number },
): Promise<LogPage> {
  const from = filter.from ?? 0;
  const to = filter.to ?? Number.MAX_SAFE_INTEGER;
  if (from > to) return { total: 0, rows: [] };
  if (equalityCollections(db, filter).length === 0) {
    // Date range and platform only: the index counts and pages by itself, no key list is built.
    // Two collections: Dexie's reverse/offset/limit change the collection they are called on.
    const unbounded = filter.from === undefined && filter.to === undefined && !filter.platform;
    const [total, rows] = await Promise.all([
      unbounded ? db.interactions.count() : rangeCollection(db, filter, from, to).count(),
      rangeCollection(db, filter, from, to).reverse().offset(page.offset).limit(page.limit).toArray(),
    ]);
    return { total, rows };
  }
  const ids = await matchingLogIds(db, filter);
  return {
    total: ids.length,
    rows: await fetchLogRows(db, ids.slice(page.offset, page.offset + page.limit)),
  };
}

/** Every row of the date range, oldest first: what the reports and the CSV export read. */
export async function interactionsInRange(
  db: TactDatabase,
  from: number,
  to: number,
): Promise<Interaction[]> {
  return db.interactions.where('at').between(from, to, true, true).toArray();
}
