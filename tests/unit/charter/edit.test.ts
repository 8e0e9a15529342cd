import { addTerm, allowTerm, disallowTerm, removeTerm, setEnabled, setSeverity } from '@/lib/charter/edit';
import { compileCharter, scanText } from '@/lib/risk';
import { starterCharter } from '@/lib/seed/charter';

const base = () => starterCharter(0, null);
const verdictOf = (charter: ReturnType<typeof base>, text: string) => scanText(compileCharter(charter), text);

describe('charter edits', () => {
  it('adds a term once, trimmed, without touching the original charter', () => {
    const charter = base();
    const edited = addTerm(
      addTerm(charter, 'insult', 'fr', '  tête   de linotte '),
      'insult',
      'fr',
      'Tête de linotte',
    );
    const terms = edited.clauses.find((c) => c.id === 'insult')!.terms.fr;
    expect(terms.filter((t) => t === 'tête de linotte')).toHaveLength(1);
    expect(charter.clauses.find((c) => c.id === 'insult')!.terms.fr).not.toContain('tête de linotte');
    expect(verdictOf(edited, 'quelle tête de linotte').rules).toEqual(['insult']);
  });

  it('removes a term', () => {
    const edited = removeTerm(base(), 'insult', 'fr', 'CONNARD');
    expect(verdictOf(edited, 'connard').severity).toBe('none');
    expect(verdictOf(edited, 'connasse').severity).toBe('high');
  });

  it('allows a word, and takes the exception back', () => {
    const allowed = allowTerm(base(), 'insult', 'en', 'stupid');
    expect(verdictOf(allowed, 'stupid').severity).toBe('none');
    expect(verdictOf(disallowTerm(allowed, 'insult', 'en', 'stupid'), 'stupid').severity).toBe('high');
  });

  it('changes a severity and switches a clause off', () => {
    expect(verdictOf(setSeverity(base(), 'insult', 'medium'), 'connard').severity).toBe('medium');
    const off = setEnabled(base(), 'threat', false);
    expect(verdictOf(off, 'je vais te tuer').rules).not.toContain('threat');
    expect(verdictOf(setEnabled(off, 'threat', true), 'je vais te tuer').rules).toContain('threat');
  });

  it('ignores an unknown clause and an empty term', () => {
    const charter = base();
    expect(addTerm(charter, 'nope', 'fr', 'x')).toBe(charter);
    expect(addTerm(charter, 'insult', 'fr', '   ').clauses.find((c) => c.id === 'insult')!.terms.fr).toEqual(
      charter.clauses.find((c) => c.id === 'insult')!.terms.fr,
    );
  });
});
