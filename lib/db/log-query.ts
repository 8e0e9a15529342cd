/**
 * The log's filtered, paginated reads, fast on 100,000 rows: matching is done on index keys only
 * (no record is read to decide whether it matches), then just the rows of the visible page are fetched.
 * The date range walks `at` (or `[platform+at]` when a platform is chosen), which also gives the order;
 * each other filter is one equality lookup on its own index (`brandId`, `action`, `templateId`, `*ruleIds`).
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

/** Primary keys of the matching interactions, newest first. */
export async function matchingLogIds(db: TactDatabase, filter: LogFilter): Promise<string[]> {
  const from = filter.from ?? 0;
  const to = filter.to ?? Number.MAX_SAFE_INTEGER;
  if (from > to) return [];
  const inRange = filter.platform
    ? db.interactions
        .where('[platform+at]')
        .between([filter.platform, from], [filter.platform, to], true, true)
        .primaryKeys()
    : db.interactions.where('at').between(from, to, true, true).primaryKeys();

  const lookups: Promise<string[]>[] = [];
  if (filter.brandId) lookups.push(db.interactions.where('brandId').equals(filter.brandId).primaryKeys());
  if (filter.action) lookups.push(db.interactions.where('action').equals(filter.action).primaryKeys());
  if (filter.templateId)
    lookups.push(db.interactions.where('templateId').equals(filter.templateId).primaryKeys());
  if (filter.clauseId) lookups.push(db.interactions.where('ruleIds').equals(filter.clauseId).primaryKeys());

  const [ordered, ...sets] = await Promise.all([inRange, ...lookups]);
  const required = sets.map((keys) => new Set(keys));
  const matching = required.length === 0 ? ordered : ordered.filter((id) => required.every((s) => s.has(id)));
  return matching.reverse();
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
