import { compileCharter, scanText } from '../lib/risk/index';
import { STARTER_CLAUSES } from '../lib/seed/charter';
import { loadCorpora } from './risk-corpora';
const texts = loadCorpora()!.flatMap((c) => c.samples.map((s) => s.text));
const variants: Record<string, any> = {
  full: compileCharter(STARTER_CLAUSES),
  noDetectors: compileCharter(STARTER_CLAUSES.map((c) => ({ ...c, detectors: [] }))),
  onlyTermsInsult: compileCharter(STARTER_CLAUSES.filter((c) => c.id === 'insult').map((c) => ({ ...c, detectors: [] }))),
  empty: compileCharter([]),
};
for (const d of ['email','phone','address','iban','card','link','offplatform','shouting','threat','self_harm','crisis','customer_care','hate_statement','harassment']) {
  variants['only_' + d] = compileCharter(STARTER_CLAUSES.map((c) => ({ ...c, terms: { fr: [], en: [] }, detectors: c.detectors.filter((x) => x === d) })));
}
for (let round = 0; round < 2; round++) {
  const line: string[] = [];
  for (const [name, c] of Object.entries(variants)) {
    for (const t of texts) scanText(c, t);
    const c0 = process.cpuUsage();
    for (const t of texts) scanText(c, t);
    const u = process.cpuUsage(c0);
    line.push(`${name} ${(3.1 / ((u.user + u.system) / 1e6)).toFixed(1)}`);
  }
  console.log(line.join(' | '));
}
