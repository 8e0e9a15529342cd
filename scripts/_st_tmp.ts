import { profanity } from '@2toad/profanity';
import { defaultCompiledCharter, scanText } from '../lib/risk/index';
import { fold } from '../lib/risk/fold';
import { findAll, Hits } from '../lib/risk/trie';
import { loadCorpora } from './risk-corpora';
const texts = loadCorpora()!.flatMap((c) => c.samples.map((s) => s.text));
const c = defaultCompiledCharter() as any;
const hits = new Hits();
const stages: Record<string, (t: string) => unknown> = {
  fold: (t) => fold(t),
  foldFind: (t) => { const f = fold(t); hits.reset(); findAll(c.trie, c, f.codes, f.length, hits); },
  scan: (t) => scanText(c, t),
  toad: (t) => profanity.exists(t),
};
for (let round = 0; round < 3; round++) {
  const line: string[] = [];
  for (const [name, fn] of Object.entries(stages)) {
    for (const t of texts) fn(t);
    const c0 = process.cpuUsage();
    for (const t of texts) fn(t);
    const c = process.cpuUsage(c0);
    line.push(`${name} ${(3.1 / ((c.user + c.system) / 1e6)).toFixed(1)}`);
  }
  console.log(line.join(' | '));
}
