import Papa from 'papaparse';
import type { Interaction } from '../model';
import { guardCell } from './guard';

/** The log's columns, in the order of the CSV; names are stable so a manager's sheets keep working. */
export const LOG_CSV_COLUMNS = [
  'at',
  'date',
  'platform',
  'action',
  'brand',
  'template',
  'clauses',
  'severity',
  'responseSeconds',
  'permalink',
  'url',
  'commentText',
] as const;
export type LogCsvColumn = (typeof LOG_CSV_COLUMNS)[number];

export interface CsvNames {
  brands?: ReadonlyMap<string, string>;
  templates?: ReadonlyMap<string, string>;
}

function row(interaction: Interaction, names: CsvNames): Record<LogCsvColumn, string> {
  return {
    at: String(interaction.at),
    date: new Date(interaction.at).toISOString(),
    platform: interaction.platform,
    action: interaction.action,
    brand: interaction.brandId ? (names.brands?.get(interaction.brandId) ?? interaction.brandId) : '',
    template: interaction.templateId
      ? (names.templates?.get(interaction.templateId) ?? interaction.templateId)
      : '',
    clauses: interaction.ruleIds.join(' '),
    severity: interaction.severity ?? '',
    responseSeconds:
      interaction.responseMs === undefined ? '' : String(Math.round(interaction.responseMs / 1000)),
    permalink: interaction.commentPermalink ?? '',
    url: interaction.url,
    commentText: interaction.commentText ?? '',
  };
}

/** CSV of log rows; every cell goes through the formula guard. CRLF line ends, as spreadsheets expect. */
export function interactionsToCsv(rows: readonly Interaction[], names: CsvNames = {}): string {
  const data = rows.map((interaction) => {
    const cells = row(interaction, names);
    return LOG_CSV_COLUMNS.map((column) => guardCell(cells[column]));
  });
  return Papa.unparse({ fields: [...LOG_CSV_COLUMNS], data }, { newline: '\r\n', quotes: false });
}
