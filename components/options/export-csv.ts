import { interactionsToCsv } from '@/lib/csv/interactions';
import { getDb } from '@/lib/db/database';
import { fetchLogRows } from '@/lib/db/log-query';
import type { Interaction } from '@/lib/model';
import { downloadText } from './download';

const CHUNK = 5000;

/** The CSV of the given log entries, with brand and template names instead of ids. */
export async function buildLogCsv(ids: readonly string[]): Promise<{ csv: string; count: number }> {
  const db = getDb();
  const rows: Interaction[] = [];
  for (let start = 0; start < ids.length; start += CHUNK) {
    rows.push(...(await fetchLogRows(db, ids.slice(start, start + CHUNK))));
  }
  const [brands, templates] = await Promise.all([db.brands.toArray(), db.templates.toArray()]);
  const csv = interactionsToCsv(rows, {
    brands: new Map(brands.map((b) => [b.id, b.name])),
    templates: new Map(templates.map((tpl) => [tpl.id, tpl.title])),
  });
  return { csv, count: rows.length };
}

export async function downloadLogCsv(ids: readonly string[], fileName: string): Promise<number> {
  const { csv, count } = await buildLogCsv(ids);
  // The byte-order mark makes Excel read the file as UTF-8 (accents in French comments).
  downloadText(fileName, `\uFEFF${csv}`, 'text/csv;charset=utf-8');
  return count;
}
