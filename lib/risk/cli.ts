/**
 * The scan CLI of DESIGN.md contract 1, with its I/O injected (scripts/scan.ts wires it to the process):
 *   scan [--format text|csv|jsonl] [--column NAME] [--charter FILE] [FILE|-]
 * One JSON object per comment, in order, on stdout; bad input: a message naming the line on stderr, exit 2.
 * The whole input is read and checked before anything is written, so a bad line never leaves half a result.
 */
import Papa from 'papaparse';
import { parseCharterPack } from '../charter/pack';
import { CharterSchema, describeZodError } from '../model';
import { type CompiledCharter, compileCharter } from './compile';
import { defaultCompiledCharter } from './index';
import { scanText } from './scan';

export interface CliIo {
  /** Reads a file as UTF-8; throws when it cannot. */
  readFile(path: string): string;
  readStdin(): Promise<string>;
  stdout(chunk: string): void;
  stderr(chunk: string): void;
}

type Format = 'text' | 'csv' | 'jsonl';

interface Options {
  format: Format | null;
  column: string;
  charter: string | null;
  input: string;
}

export const USAGE =
  'usage: npm run scan -- [--format text|csv|jsonl] [--column NAME] [--charter FILE] [FILE|-]';

class InputError extends Error {}

function parseArgs(argv: string[]): Options | 'help' {
  const options: Options = { format: null, column: 'text', charter: null, input: '-' };
  let inputSeen = false;
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => {
      const next = inline ?? argv[++k];
      if (next === undefined) throw new InputError(`option ${flag} needs a value`);
      return next;
    };
    if (flag === '--help' || flag === '-h') return 'help';
    if (flag === '--format') {
      const format = value();
      if (format !== 'text' && format !== 'csv' && format !== 'jsonl') {
        throw new InputError(`unknown format "${format}" (expected text, csv or jsonl)`);
      }
      options.format = format;
    } else if (flag === '--column') options.column = value();
    else if (flag === '--charter') options.charter = value();
    else if (arg.startsWith('-') && arg !== '-') throw new InputError(`unknown option ${arg}`);
    else {
      if (inputSeen) throw new InputError(`more than one input file (${options.input}, ${arg})`);
      options.input = arg;
      inputSeen = true;
    }
  }
  return options;
}

function formatOf(options: Options): Format {
  if (options.format) return options.format;
  if (/\.csv$/i.test(options.input)) return 'csv';
  if (/\.(jsonl|ndjson)$/i.test(options.input)) return 'jsonl';
  return 'text';
}

function textLines(content: string): string[] {
  const lines = content.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function csvComments(content: string, column: string): string[] {
  const parsed = Papa.parse<Record<string, unknown>>(content, { header: true, skipEmptyLines: true });
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes(column)) {
    throw new InputError(
      `line 1: no column "${column}" in the header (columns: ${fields.join(', ') || 'none'})`,
    );
  }
  const fatal = parsed.errors.find((e) => e.type === 'Quotes' || e.type === 'Delimiter');
  if (fatal) throw new InputError(`line ${(fatal.row ?? 0) + 2}: ${fatal.message}`);
  return parsed.data.map((row) => {
    const value = row[column];
    return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
  });
}

function jsonlComments(content: string): string[] {
  const comments: string[] = [];
  textLines(content).forEach((line, index) => {
    if (line.trim() === '') return;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      throw new InputError(
        `line ${index + 1}: invalid JSON (${error instanceof Error ? error.message : error})`,
      );
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      throw new InputError(`line ${index + 1}: expected a JSON object with a "text" field`);
    }
    const text = (record as Record<string, unknown>).text;
    if (typeof text !== 'string') {
      throw new InputError(`line ${index + 1}: missing "text" field (a string)`);
    }
    comments.push(text);
  });
  return comments;
}

function loadCharter(io: CliIo, path: string): CompiledCharter {
  let content: string;
  try {
    content = io.readFile(path);
  } catch (error) {
    throw new InputError(`cannot read charter ${path}: ${error instanceof Error ? error.message : error}`);
  }
  const pack = parseCharterPack(content);
  if (pack.ok) return compileCharter(pack.charter);
  // A bare charter (as stored, without the pack envelope) is accepted too.
  try {
    const bare = CharterSchema.safeParse(JSON.parse(content));
    if (bare.success) return compileCharter(bare.data);
    if (!content.includes('"format"'))
      throw new InputError(`charter ${path}: ${describeZodError(bare.error)}`);
  } catch (error) {
    if (error instanceof InputError) throw error;
  }
  throw new InputError(`charter ${path}: ${pack.error}`);
}

export async function runScanCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const options = parseArgs(argv);
    if (options === 'help') {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const compiled = options.charter ? loadCharter(io, options.charter) : defaultCompiledCharter();
    let content: string;
    try {
      content = options.input === '-' ? await io.readStdin() : io.readFile(options.input);
    } catch (error) {
      throw new InputError(`cannot read ${options.input}: ${error instanceof Error ? error.message : error}`);
    }
    if (content.charCodeAt(0) === 0xfeff) content = content.slice(1);
    const format = formatOf(options);
    const comments =
      format === 'csv'
        ? csvComments(content, options.column)
        : format === 'jsonl'
          ? jsonlComments(content)
          : textLines(content);
    const lines: string[] = [];
    comments.forEach((comment, i) => {
      const verdict = scanText(compiled, comment);
      const spans = verdict.spans.map((s) => ({ start: s.start, end: s.end, rule: s.rule }));
      lines.push(JSON.stringify({ i, severity: verdict.severity, rules: verdict.rules, spans }));
    });
    if (lines.length > 0) io.stdout(`${lines.join('\n')}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`scan: ${message}\n${error instanceof InputError ? `${USAGE}\n` : ''}`);
    return 2;
  }
}
