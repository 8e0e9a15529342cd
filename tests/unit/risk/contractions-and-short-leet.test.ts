import { lowered, rules, spansOf } from '../support/starter-scan';

describe('spaced letters and contractions', () => {
  it('join a word spelled with one separator, not the article or contraction before it', () => {
    expect(spansOf("ignore the reviewer, he's a t-w-a-t who hates everything", 'insult')).toEqual([
      't-w-a-t',
    ]);
    expect(spansOf('you are a c.u.n.t', 'insult')).toEqual(['c.u.n.t']);
  });

  it('keep the article apart when it is spaced like the word after "is", "are" or "such"', () => {
    expect(spansOf('your CEO is a c u n t and everyone who works there knows it', 'insult')).toEqual([
      'c u n t',
    ]);
    expect(spansOf('what a d i c k, he hung up on me', 'insult')).toEqual(['d i c k']);
    expect(spansOf('t es qu un c o n n a r d', 'insult')).toEqual(['c o n n a r d']);
  });

  it('still read "I\'m a …" as the speaker talking of themselves', () => {
    expect(rules("I'm a bitch when I'm hungry")).toEqual([]);
    expect(lowered("I'm a bitch when I'm hungry")).toContain('insult');
  });
});

describe('short words in leetspeak', () => {
  it.each(['i w4nt t0 d1e', 'I w4nt t0 d1e t0night'])('read "t0" as "to": "%s"', (text) => {
    expect(rules(text)).toContain('self_harm');
  });

  it('leave codes such as A1, B2 or P0 alone', () => {
    expect(rules('Niveau B2 en anglais, permis A1 et ticket P0 clôturé')).toEqual([]);
  });
});
