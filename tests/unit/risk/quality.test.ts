import { defaultCompiledCharter, scanText } from '@/lib/risk';
import { dataDir, loadCorpora } from '../../../scripts/risk-corpora';

// @vitest-environment node

/**
 * Quality floors on the labelled sets of ../shared/data (README there): they guard against regressions of the
 * starter charter. The full table, with the peers, is `npm run bench:risk`.
 */
const corpora = loadCorpora();
if (!corpora)
  console.warn(`risk quality tests skipped: no labelled data in ${dataDir()} (set TACT_DATA_DIR)`);
const ABUSE = new Set(['insult', 'hate', 'harassment', 'threat', 'sexual']);

describe.skipIf(!corpora)('quality on the labelled sets', () => {
  const compiled = defaultCompiledCharter();
  const rate = (name: string, keep: (positive: boolean, label?: number) => boolean, spam: boolean) => {
    const corpus = corpora!.find((c) => c.name === name)!;
    const chosen = corpus.samples.filter((s) => keep(s.positive, s.label));
    const flagged = chosen.filter((s) => {
      const rules = scanText(compiled, s.text).rules;
      return spam ? rules.includes('spam') : rules.some((r) => ABUSE.has(r));
    });
    return flagged.length / chosen.length;
  };

  it('Davidson: catches offensive and hateful tweets, rarely flags the others', () => {
    expect(rate('davidson_en', (_p, label) => label === 1, false)).toBeGreaterThan(0.9);
    expect(rate('davidson_en', (_p, label) => label === 0, false)).toBeGreaterThan(0.8);
    expect(rate('davidson_en', (_p, label) => label === 2, false)).toBeLessThan(0.1);
  }, 120_000);

  it('MLMA (French): catches most hostile tweets', () => {
    expect(rate('mlma_fr', (p) => p, false)).toBeGreaterThan(0.55);
  }, 60_000);

  it('SMS and YouTube spam: caught, with few hams flagged', () => {
    expect(rate('sms_spam_en', (p) => p, true)).toBeGreaterThan(0.85);
    expect(rate('sms_spam_en', (p) => !p, true)).toBeLessThan(0.03);
    expect(rate('youtube_spam_en', (p) => p, true)).toBeGreaterThan(0.7);
    expect(rate('youtube_spam_en', (p) => !p, true)).toBeLessThan(0.05);
  }, 60_000);
});
