import { describe, expect, it } from 'vitest';
import { compileCharter, scanText } from '@/lib/risk';
import { checkCharterTerm } from '@/lib/risk/term-check';
import { STARTER_CLAUSES } from '@/lib/seed/charter';

describe('checkCharterTerm', () => {
  it('passes words, phrases, prefixes and the emoji the engine reads', () => {
    for (const term of ['daube', 'sale con', 'arnaq*', '🖕', '🍆💦', 'c0nnard'])
      expect(checkCharterTerm(term)).toBeNull();
  });

  it('names terms that fold to nothing, to one letter, or past the length the compiler keeps', () => {
    expect(checkCharterTerm('🐍')).toEqual({ kind: 'never', reason: 'nothing' });
    expect(checkCharterTerm(' !!! ')).toEqual({ kind: 'never', reason: 'nothing' });
    expect(checkCharterTerm('x')).toEqual({ kind: 'never', reason: 'tooShort' });
    expect(checkCharterTerm('(a+)+$')).toEqual({ kind: 'never', reason: 'tooShort' });
    expect(checkCharterTerm('mot '.repeat(60))).toEqual({ kind: 'never', reason: 'tooLong' });
  });

  it('lists the emoji a term holds that the engine cannot see', () => {
    expect(checkCharterTerm('sale 🐍 🐍 🦊')).toEqual({ kind: 'ignored', characters: ['🐍', '🦊'] });
  });

  it('agrees with the compiler: a term it warns "never" about flags nothing, one it passes flags its text', () => {
    const clause = { ...STARTER_CLAUSES.find((c) => c.id === 'insult')!, detectors: [] };
    for (const [term, comment] of [
      ['🐍', 'espèce de 🐍'],
      ['x', 'x'],
      ['daube', 'quelle daube'],
      ['🖕', 'tiens 🖕'],
    ] as const) {
      const compiled = compileCharter([
        { ...clause, terms: { fr: [term], en: [] }, allowed: { fr: [], en: [] } },
      ]);
      const flagged = scanText(compiled, comment).rules.includes('insult');
      expect(flagged, term).toBe(checkCharterTerm(term) === null);
    }
  });
});
