/**
 * `npm run bench:risk-floor`: where the time of one scan goes, and what the cheapest passes over the same comments
 * cost on this machine, against the budget of `bench:risk` (60 MB/s). The floors are not engines: they find
 * nothing a CM could use. They say how much of the budget is gone before any real work starts, which is what a
 * decision about the budget (or about rewriting the engine as one automaton) needs.
 */

import { fold } from '../lib/risk/fold';
import { defaultCompiledCharter, scanText } from '../lib/risk/index';
import { findAll, Hits, type Trie } from '../lib/risk/trie';
import { medianRate, megabytesOf, ownStrings } from './bench-cpu';
import { dataDir, loadCorpora } from './risk-corpora';

const BUDGET_MB_S = 60;
let sink = 0;

/** Reads every UTF-16 unit: the least any engine does. */
function readEveryCharacter(text: string): void {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
  sink += sum;
}

const LOWER = new Uint16Array(128);
for (let c = 97; c <= 122; c++) LOWER[c] = c;
for (let c = 65; c <= 90; c++) LOWER[c] = c + 32;
const buffer = new Uint16Array(1 << 20);

/** ASCII letters lower-cased into a buffer, everything else one space: a fold without offsets nor dodges. */
function lowerCase(text: string): void {
  let len = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const letter = c < 128 ? LOWER[c]! : 0;
    if (letter !== 0) buffer[len++] = letter;
    else if (len > 0 && buffer[len - 1] !== 32) buffer[len++] = 32;
  }
  sink += len;
}

/**
 * The starter trie as one dense automaton over raw characters: one table load per character, separators
 * restart it (or follow a phrase). No offsets, no overlapping matches, no dodges: a floor, not a matcher.
 */
function denseAutomaton(trie: Trie): (text: string) => void {
  const classes = 37; // separator, a-z, 0-9
  const classOf = new Uint8Array(65536);
  for (let c = 97; c <= 122; c++) {
    classOf[c] = c - 96;
    classOf[c - 32] = c - 96;
  }
  for (let c = 48; c <= 57; c++) classOf[c] = 27 + c - 48;
  const nodes = trie.outHead.length;
  const dead = nodes;
  const next = new Int32Array((nodes + 1) * classes).fill(dead);
  const accepts = new Uint8Array(nodes + 1);
  for (let node = 0; node < nodes; node++) {
    next[node * classes] = 0;
    accepts[node] = trie.outHead[node]! >= 0 ? 1 : 0;
    for (let e = trie.edgeStart[node]!; e < trie.edgeStart[node + 1]!; e++) {
      const label = trie.labels[e]!;
      if (label === 32) next[node * classes] = trie.targets[e]!;
      else if (label < 128 && classOf[label] !== 0) next[node * classes + classOf[label]!] = trie.targets[e]!;
    }
  }
  next[dead * classes] = 0;
  return (text) => {
    let state = 0;
    let found = 0;
    for (let i = 0; i < text.length; i++) {
      state = next[state * classes + classOf[text.charCodeAt(i)]!]!;
      found += accepts[state]!;
    }
    sink += found;
  };
}

function main(): void {
  const corpora = loadCorpora();
  if (!corpora) {
    console.log(`No labelled data in ${dataDir()} (set TACT_DATA_DIR): nothing to measure.`);
    return;
  }
  const texts = ownStrings(corpora.flatMap((c) => c.samples.map((s) => s.text)));
  const megabytes = megabytesOf(texts);
  const compiled = defaultCompiledCharter();
  const hits = new Hits();
  const budgetMicros = (megabytes / BUDGET_MB_S / texts.length) * 1e6;
  const stages: [string, (text: string) => void][] = [
    ['floor: read every character', readEveryCharacter],
    ['floor: lower-case ASCII letters into a buffer', lowerCase],
    ['floor: one dense automaton over raw characters', denseAutomaton(compiled.trie)],
    ['Tact: fold (dodges, offsets)', (text) => void fold(text)],
    [
      'Tact: fold + trie walk',
      (text) => {
        const folded = fold(text);
        hits.reset();
        findAll(compiled.trie, compiled, folded.codes, folded.length, hits);
      },
    ],
    ['Tact: whole scan', (text) => void scanText(compiled, text)],
  ];
  console.log(
    `${texts.length} comments, ${megabytes.toFixed(2)} MB; the budget of ${BUDGET_MB_S} MB/s allows ${budgetMicros.toFixed(2)} µs per comment.\n`,
  );
  console.log('| pass | MB/s | µs / comment | share of the budget |\n| --- | ---: | ---: | ---: |');
  for (const [name, run] of stages) {
    const rate = medianRate(run, texts, megabytes);
    const micros = (megabytes / rate / texts.length) * 1e6;
    console.log(
      `| ${name} | ${rate.toFixed(1)} | ${micros.toFixed(2)} | ${((100 * micros) / budgetMicros).toFixed(0)} % |`,
    );
  }
  if (sink === -1) console.log(''); // keeps the floors from being optimised away
}

main();
