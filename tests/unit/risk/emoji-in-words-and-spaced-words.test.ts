import { scan, spansOf } from '../support/starter-scan';

describe('an emoji glued inside a word', () => {
  it.each([
    ["t'es qu'un co💩nnard de modo, tu supprimes tout", 'co💩nnard'],
    ['you are such a b💀tch for banning me from chat', 'b💀tch'],
    ['f🤬ck you and your customer service', 'f🤬ck'],
    ['sh💩t service again', 'sh💩t'],
  ])('finds the insult in "%s", spanning the emoji', (text, expected) => {
    expect(spansOf(text, 'insult')).toContain(expected);
  });

  it('still separates two words it is glued between', () => {
    expect(spansOf('great🔥idiot, that manager', 'insult')).toEqual(['idiot']);
    expect(scan('I love🔥this palette, merci🙏bonne journée').rules).toEqual([]);
    expect(scan('pizza🍕time with the team').rules).toEqual([]);
  });
});

describe('spaced letters with wider gaps between words', () => {
  it('reads "Y o u  a r e  a  d u m b a s s" as words, not one run', () => {
    const text = 'Imagine being this slow. Y o u  a r e  a  d u m b a s s';
    expect(spansOf(text, 'insult')).toEqual(['d u m b a s s']);
  });

  it('still joins letters spaced evenly', () => {
    expect(spansOf('t’es une grosse c o n n a s s e toi', 'insult')).toEqual(['c o n n a s s e']);
    expect(spansOf('s t u p i d   b i t c h  answer my email', 'insult')).toEqual([
      's t u p i d',
      'b i t c h',
    ]);
  });
});
