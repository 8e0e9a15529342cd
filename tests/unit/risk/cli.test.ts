import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportCharterPack } from '@/lib/charter/pack';
import { starterCharter } from '@/lib/seed/charter';

// @vitest-environment node

const root = join(__dirname, '..', '..', '..');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tact-scan-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function scan(args: string[], input?: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scan.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return {
    code: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    lines: run.stdout.split('\n').filter(Boolean),
  };
}

describe('scan CLI (DESIGN.md contract 1)', () => {
  it('writes one JSON object per comment of a text file, keys in order', () => {
    const text = 'Merci !\nSalut connard\n';
    const result = scan([file('comments.txt', text)]);
    expect(result.code).toBe(0);
    expect(result.lines).toEqual([
      '{"i":0,"severity":"none","rules":[],"spans":[]}',
      '{"i":1,"severity":"high","rules":["insult"],"spans":[{"start":6,"end":13,"rule":"insult"}]}',
    ]);
    expect('Salut connard'.slice(6, 13)).toBe('connard');
  }, 60_000);

  it('reads standard input with "-" and by default', () => {
    expect(scan(['-'], 'je vais te tuer\n').lines).toEqual([
      '{"i":0,"severity":"critical","rules":["threat"],"spans":[{"start":0,"end":15,"rule":"threat"}]}',
    ]);
    expect(scan([], 'ok\n').lines).toEqual(['{"i":0,"severity":"none","rules":[],"spans":[]}']);
  }, 60_000);

  it('reads the text column of a CSV, quoted multi-line fields included, or --column', () => {
    const csv = 'id,text,body\n1,"bonjour,\nça va ?",connard\n2,"quel ""con""",merci\n';
    const byText = scan(['--format', 'csv', file('a.csv', csv)]);
    expect(byText.code).toBe(0);
    expect(byText.lines.map((l) => JSON.parse(l).severity)).toEqual(['none', 'high']);
    const byBody = scan(['--format', 'csv', '--column', 'body', file('b.csv', csv)]);
    expect(byBody.lines.map((l) => JSON.parse(l).rules)).toEqual([['insult'], []]);
  }, 60_000);

  it('reads the text field of JSON lines', () => {
    const jsonl = '{"text":"hello"}\n{"id":2,"text":"fuck you"}\n';
    const result = scan(['--format', 'jsonl', file('c.jsonl', jsonl)]);
    expect(result.lines.map((l) => JSON.parse(l).i)).toEqual([0, 1]);
    expect(JSON.parse(result.lines[1]!).rules).toEqual(['insult']);
  }, 60_000);

  it('uses a charter pack given with --charter', () => {
    const charter = starterCharter(0, null);
    charter.clauses = charter.clauses.filter((c) => c.id !== 'insult');
    const result = scan(['--charter', file('pack.json', exportCharterPack(charter)), '-'], 'connard\n');
    expect(result.lines).toEqual(['{"i":0,"severity":"none","rules":[],"spans":[]}']);
  }, 60_000);

  it.each([
    ['an invalid JSON line', ['--format', 'jsonl'], '{"text":"ok"}\nnot json\n', /line 2: invalid JSON/],
    [
      'a missing text field',
      ['--format', 'jsonl'],
      '{"text":"ok"}\n{"body":"x"}\n',
      /line 2: missing "text" field/,
    ],
    ['a missing CSV column', ['--format', 'csv'], 'id,body\n1,x\n', /line 1: no column "text"/],
    ['an unknown option', ['--colour'], '', /unknown option --colour/],
    ['an unknown format', ['--format', 'xml'], '', /unknown format "xml"/],
    ['an unreadable file', ['/nonexistent/comments.txt'], '', /cannot read \/nonexistent\/comments.txt/],
  ])(
    'rejects %s with exit code 2, a message on stderr and nothing on stdout',
    (_name, args, input, message) => {
      const result = scan(args, input);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
    },
    60_000,
  );

  it('rejects a bad charter pack, naming the field', () => {
    const bad = JSON.stringify({ format: 'tact-charter-pack', version: 1, charter: { id: 'x', name: 'x' } });
    const result = scan(['--charter', file('bad.json', bad), '-'], 'ok\n');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/charter/);
    expect(result.stdout).toBe('');
  }, 60_000);

  it('prints nothing but JSON lines through the real `npm run scan`', () => {
    const run = spawnSync('npm', ['run', 'scan', '--', file('npm.txt', 'connard\nmerci\n')], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(0);
    expect(
      run.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l).i),
    ).toEqual([0, 1]);
  }, 60_000);
});
