import { SEVERITIES } from '@/lib/model';
import { compileCharter, defaultCompiledCharter, scanText } from '@/lib/risk';
import { STARTER_CLAUSES } from '@/lib/seed/charter';

/** Mulberry32: a small seeded PRNG, so that a failure replays. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'connard',
  'c0nn@rd',
  'f*ck',
  'c o n',
  "l'",
  'qu’',
  '06 12 34 56 78',
  'FR76 3000 6000 0112 3456 7890 189',
  'http://bit.ly/x',
  '@',
  '$',
  '!',
  '*',
  '#',
  '.',
  '-',
  ' ',
  '\n',
  '\t',
  '?',
  '«',
  '»',
  '"',
  "'",
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\u0301',
  '\u0327',
  '\u202E',
  '\u202D',
  '\u0627\u0644',
  '\u05D0',
  '😡',
  '👋🏽',
  '🏳️‍🌈',
  '\uD800',
  '\uDC00',
  '\uDBFF\uDFFF',
  'ｃｏｎ',
  'соn',
  'é',
  'Œ',
  'ß',
  'İ',
  'ﬃ',
  'ﷺ',
  '𝐢𝐝𝐢𝐨𝐭',
  'aaaaaaaaaaaa',
  '0000000000000',
  'je vais te tuer',
  'not',
  'pas',
  'sont des',
  'you are',
  'les juifs',
  '€',
  '£',
  '12 rue de la Paix',
];

function randomText(random: () => number): string {
  const parts: string[] = [];
  const count = Math.floor(random() * 12);
  for (let k = 0; k < count; k++) {
    const roll = random();
    if (roll < 0.45) parts.push(PIECES[Math.floor(random() * PIECES.length)]!);
    else if (roll < 0.75) parts.push(String.fromCharCode(Math.floor(random() * 0x10000)));
    else if (roll < 0.9) parts.push(String.fromCodePoint(Math.floor(random() * 0x110000)));
    else
      parts.push(String.fromCharCode(32 + Math.floor(random() * 95)).repeat(1 + Math.floor(random() * 20)));
  }
  return parts.join('');
}

describe('fuzz: arbitrary Unicode never breaks the engine', () => {
  const charters = [
    defaultCompiledCharter(),
    compileCharter([]),
    compileCharter(structuredClone(STARTER_CLAUSES).slice(0, 3)),
  ];

  it('returns a well-formed verdict with spans inside the text for 5000 random strings', () => {
    const random = prng(20240601);
    const problems: string[] = [];
    for (let run = 0; run < 5000; run++) {
      const text = randomText(random);
      const verdict = scanText(charters[run % charters.length]!, text);
      const where = `run ${run} ${JSON.stringify(text)}`;
      if (!SEVERITIES.includes(verdict.severity)) problems.push(`${where}: severity ${verdict.severity}`);
      if (verdict.lang !== 'fr' && verdict.lang !== 'en') problems.push(`${where}: lang ${verdict.lang}`);
      if ((verdict.severity === 'none') !== (verdict.rules.length === 0))
        problems.push(`${where}: rules vs severity`);
      for (const span of [...verdict.spans, ...verdict.findings]) {
        if (!(span.start >= 0 && span.end > span.start && span.end <= text.length)) {
          problems.push(`${where}: span ${span.start}-${span.end}`);
        }
      }
      for (const finding of verdict.findings) {
        if (finding.match !== text.slice(finding.start, finding.end)) problems.push(`${where}: match`);
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('copes with very long and pathological input', () => {
    const compiled = defaultCompiledCharter();
    const inputs = [
      'a'.repeat(300_000),
      'c o '.repeat(20_000),
      'f*'.repeat(50_000),
      `${'n'.repeat(10_000)}connard`,
      '\u0301'.repeat(50_000),
      '\uD800'.repeat(10_000),
      '1'.repeat(100_000),
      'x@'.repeat(40_000),
      `${'connard '.repeat(20_000)}`,
    ];
    for (const text of inputs) {
      const verdict = scanText(compiled, text);
      for (const span of verdict.spans) expect(span.end).toBeLessThanOrEqual(text.length);
    }
  }, 120_000);

  it('never throws on values that are not strings', () => {
    const compiled = defaultCompiledCharter();
    for (const value of [undefined, null, 42, {}, []]) {
      expect(scanText(compiled, value as unknown as string).severity).toBe('none');
    }
  });
});
