import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { guardCell } from '@/lib/csv/guard';
import { interactionsToCsv, LOG_CSV_COLUMNS } from '@/lib/csv/interactions';
import { interaction } from '../backup/sample';

describe('formula guard', () => {
  it.each([
    '=1+1',
    '+33 6 12 34 56 78',
    '-2',
    '@SUM(A1)',
    '\tcmd',
    '\r=cmd',
    '=HYPERLINK("http://evil")\nsecond line',
  ])('neutralises %j', (value) => {
    expect(guardCell(value)).toBe(`'${value}`);
  });

  it('leaves ordinary text alone', () => {
    for (const value of ['Merci !', 'a=b', ' =not first', '', 'https://x.com/a'])
      expect(guardCell(value)).toBe(value);
  });
});

describe('log CSV', () => {
  it('writes a header and one guarded row per entry that a CSV reader gets back intact', () => {
    const rows = [
      interaction({ commentText: '=cmd|"/c calc"!A1', ruleIds: ['insult', 'threat'] }),
      interaction({ id: 'int_2', commentText: 'Ligne 1\nLigne 2, avec "guillemets"', templateId: undefined }),
    ];
    const csv = interactionsToCsv(rows, {
      brands: new Map([['brand_coffee', 'Tact Coffee']]),
      templates: new Map([['tpl_thanks', '@Merci']]),
    });
    const parsed = Papa.parse<string[]>(csv.trim(), { skipEmptyLines: false });
    expect(parsed.data[0]).toEqual([...LOG_CSV_COLUMNS]);
    const [first, second] = parsed.data
      .slice(1)
      .map((cells) => Object.fromEntries(LOG_CSV_COLUMNS.map((column, i) => [column, cells[i]])));
    expect(first).toMatchObject({
      brand: 'Tact Coffee',
      template: "'@Merci",
      clauses: 'insult threat',
      commentText: `'=cmd|"/c calc"!A1`,
      responseSeconds: '60',
      platform: 'x',
    });
    expect(second?.commentText).toBe('Ligne 1\nLigne 2, avec "guillemets"');
    expect(second?.template).toBe('');
  });
});
