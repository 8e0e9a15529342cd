import { describe, expect, it } from 'vitest';
import { draftProblems, guardCharter } from '@/lib/insertion/draft-guard';
import type { Charter } from '@/lib/model';
import { compileCharter, scanText } from '@/lib/risk';
import { starterCharter } from '@/lib/seed/charter';

function problems(charter: Charter, text: string, lang: 'fr' | 'en' = 'en') {
  const forDrafts = guardCharter(charter);
  return draftProblems(forDrafts, text, scanText(compileCharter(forDrafts), text).spans, lang);
}

describe('pre-send guard', () => {
  const charter = starterCharter(0, null);

  it('names the words and the clause of an insult in the draft', () => {
    const found = problems(charter, 'Honestly you are an idiot.');
    const insult = found.find((p) => p.clauseId === 'insult');
    expect(insult?.words).toEqual(['idiot']);
    expect(insult?.clauseName).toBe(charter.clauses.find((c) => c.id === 'insult')?.name.en);
  });

  it('flags a fan’s phone number repeated in public, in French', () => {
    const found = problems(charter, 'Nous vous rappelons au 06 12 34 56 78 demain.', 'fr');
    const personal = found.find((p) => p.clauseId === 'personal_data');
    expect(personal?.words[0]).toContain('06 12 34 56 78');
    expect(personal?.clauseName).toBe(charter.clauses.find((c) => c.id === 'personal_data')?.name.fr);
  });

  it('checks shouting and personal data even when the brand switched those clauses off', () => {
    const off: Charter = {
      ...charter,
      clauses: charter.clauses.map((c) =>
        c.id === 'shouting' || c.id === 'personal_data' ? { ...c, enabled: false } : c,
      ),
    };
    const found = problems(off, 'WE ARE SO SORRY ABOUT THIS, WRITE TO JANE@EXAMPLE.COM');
    expect(found.map((p) => p.clauseId)).toEqual(expect.arrayContaining(['shouting', 'personal_data']));
  });

  it('finds nothing in a courteous reply', () => {
    expect(problems(charter, 'Thank you Marie for your message, see you soon!')).toEqual([]);
  });
});
