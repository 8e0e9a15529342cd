/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return that hides one) as a
 * formula: a comment text like `=HYPERLINK("http://evil","click")` would become live in the manager's
 * Excel. Such cells get a leading single quote, which spreadsheets show as text.
 * Hand-written rather than papaparse's `escapeFormulae`: its default pattern misses cells whose text
 * continues on a second line (`.` does not cross the line break).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
