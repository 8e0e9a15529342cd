/**
 * `npm run bench:risk`: throughput (MB/s of UTF-8 comment text, one core) of Tact's risk engine with the starter
 * charter, side by side with obscenity, @2toad/profanity, leo-profanity and allprofanity, then a quality table
 * (caught / wrongly flagged) per labelled set of ../shared/data. Prints markdown.
 */
import { profanity as toadProfanity } from '@2toad/profanity';
import allProfanity from 'allprofanity';
import leoProfanity from 'leo-profanity';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { compileCharter, defaultCompiledCharter, scanText, type Verdict } from '../lib/risk/index';
import { STARTER_CLAUSES } from '../lib/seed/charter';
import { medianRate, megabytesOf, ownStrings } from './bench-cpu';
import { type Corpus, dataDir, loadCorpora } from './risk-corpora';

const ABUSE_CLAUSES = new Set(['insult', 'hate', 'harassment', 'threat', 'sexual']);

interface Contender {
  name: string;
  /** true when the comment is flagged for the kind of set. */
  flags: (text: string, kind: Corpus['kind']) => boolean;
  /** The cheapest full check, for throughput. */
  check: (text: string) => unknown;
}

function tactFlags(verdict: Verdict, kind: Corpus['kind']): boolean {
  return kind === 'spam' ? verdict.rules.includes('spam') : verdict.rules.some((r) => ABUSE_CLAUSES.has(r));
}

/** Milliseconds of CPU time `run` takes. */
function cpuMs(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/**
 * Compile time of the starter charter: the first call (what a content script pays at start-up, before the
 * JIT has warmed up) and the median of later calls.
 */
function compileTimes(): { first: number; warm: number } {
  const first = cpuMs(() => defaultCompiledCharter());
  const warm = Array.from({ length: 9 }, () => cpuMs(() => compileCharter(STARTER_CLAUSES)));
  warm.sort((a, b) => a - b);
  return { first, warm: warm[4]! };
}

function contenders(): Contender[] {
  const compiled = defaultCompiledCharter();
  const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  const wordList = (check: (t: string) => boolean) => ({ flags: (t: string) => check(t), check });
  return [
    {
      name: 'Tact (starter charter)',
      flags: (text, kind) => tactFlags(scanText(compiled, text), kind),
      check: (text) => scanText(compiled, text),
    },
    { name: 'obscenity', ...wordList((t) => obscenity.hasMatch(t)) },
    { name: '@2toad/profanity', ...wordList((t) => toadProfanity.exists(t)) },
    { name: 'leo-profanity', ...wordList((t) => leoProfanity.check(t)) },
    { name: 'allprofanity', ...wordList((t) => allProfanity.check(t)) },
  ];
}

const pct = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`);

function qualityRows(contender: Contender, corpora: Corpus[]): string[] {
  const cells: string[] = [];
  for (const corpus of corpora) {
    const flagged = corpus.samples.map((s) => contender.flags(s.text, corpus.kind));
    const caught = (keep: (i: number) => boolean) => {
      let hit = 0;
      let all = 0;
      flagged.forEach((f, i) => {
        if (!keep(i)) return;
        all++;
        if (f) hit++;
      });
      return pct(hit, all);
    };
    const s = corpus.samples;
    if (corpus.name === 'davidson_en') {
      cells.push(
        caught((i) => s[i]!.label === 0),
        caught((i) => s[i]!.label === 1),
        caught((i) => s[i]!.label === 2),
      );
    } else {
      const tp = flagged.filter((f, i) => f && s[i]!.positive).length;
      const fp = flagged.filter((f, i) => f && !s[i]!.positive).length;
      const pos = s.filter((x) => x.positive).length;
      const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + (pos - tp));
      cells.push(
        caught((i) => s[i]!.positive),
        caught((i) => !s[i]!.positive),
        f1.toFixed(2),
      );
    }
  }
  return cells;
}

function main(): void {
  const corpora = loadCorpora();
  if (!corpora) {
    console.log(`No labelled data in ${dataDir()} (set TACT_DATA_DIR): nothing to measure.`);
    return;
  }
  const views = corpora.flatMap((c) => c.samples.map((s) => s.text));
  const texts = ownStrings(views);
  const megabytes = megabytesOf(texts);
  const compile = compileTimes();
  const all = contenders();
  console.log(
    `## Throughput (one core, CPU time; ${texts.length} comments, each a string of its own, ${megabytes.toFixed(2)} MB, median of repetitions)\n`,
  );
  console.log('| engine | MB/s | µs / comment |\n| --- | ---: | ---: |');
  for (const contender of all) {
    const rate = medianRate(contender.check, texts, megabytes);
    const micro = (megabytes / rate / texts.length) * 1e6;
    console.log(`| ${contender.name} | ${rate.toFixed(1)} | ${micro.toFixed(2)} |`);
  }
  const onViews = medianRate(all[0]!.check, views, megabytes);
  console.log(
    `\nOn the CSV parser's views into the files rather than strings of their own, Tact does ${onViews.toFixed(1)} MB/s.`,
  );
  console.log(
    `Tact compiles the starter charter in ${compile.first.toFixed(1)} ms the first time (cold JIT), ` +
      `${compile.warm.toFixed(1)} ms once warm (CPU time).`,
  );
  console.log('\nBudget: Tact ≥ 60 MB/s.\n');
  console.log('## Quality (caught = flagged positives, wrongly flagged = flagged negatives)\n');
  console.log(
    'Tact counts a comment as flagged when its verdict names an abuse clause (insult, hate, harassment, threat, sexual) ' +
      'on the abuse sets, and the spam clause on the spam sets. Peers: their profanity check.\n',
  );
  console.log(
    '| engine | Davidson hate caught | Davidson offensive caught | Davidson neither wrongly flagged | MLMA-fr caught | MLMA-fr wrongly flagged | MLMA-fr F1 | SMS spam caught | SMS ham wrongly flagged | SMS F1 | YouTube spam caught | YouTube ham wrongly flagged | YouTube F1 |',
  );
  console.log(`| --- |${' ---: |'.repeat(12)}`);
  for (const contender of all)
    console.log(`| ${contender.name} | ${qualityRows(contender, corpora).join(' | ')} |`);
}

main();
