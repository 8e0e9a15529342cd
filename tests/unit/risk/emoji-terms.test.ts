import { compileCharter, scanText } from '@/lib/risk';
import { starterCharter } from '@/lib/seed/charter';
import { lowered, rules, spansOf } from '../support/starter-scan';

describe('emoji a charter lists', () => {
  it.each([
    ['🍆💦', 'sexual', '🍆💦'],
    ['Elle 🍑💦💦', 'sexual', '🍑💦'],
    ['rentre chez toi🐒🐒', 'hate', '🐒🐒'],
    ['🐒🍌 go home', 'hate', '🐒🍌'],
    ['🖕 vos prix', 'insult', '🖕'],
    ["T'es nul 🤡🤡🤡", 'insult', '🤡🤡'],
  ])('are found in "%s" and marked', (text, rule, marked) => {
    expect(rules(text)).toContain(rule);
    expect(spansOf(text, rule)).toContain(marked);
  });

  it.each(['🍌🍌 smoothie recipe', 'cute 🐵 at the zoo', '🍆 recipe: grilled eggplant', 'lol 🤡 this ad'])(
    'one monkey, banana, aubergine or clown alone is nothing: "%s"',
    (text) => {
      expect(rules(text)).toEqual([]);
    },
  );

  it('keep an emoji glued inside a word as a hidden letter ("co🍆nnard")', () => {
    expect(spansOf('quel co🍆nnard', 'insult')).toEqual(['co🍆nnard']);
  });

  it('separate the emoji from the words around them ("nice🍑" is "nice" then "🍑")', () => {
    expect(rules('connard🖕')).toContain('insult');
    expect(spansOf('connard🖕', 'insult')).toEqual(['connard', '🖕']);
  });

  it('can be added by a CM, like any word', () => {
    const charter = starterCharter(0, 'brand_default');
    const clauses = charter.clauses.map((clause) =>
      clause.id === 'threat'
        ? { ...clause, terms: { ...clause.terms, fr: [...clause.terms.fr, '🔪🔪'] } }
        : clause,
    );
    const compiled = compileCharter(clauses);
    expect(scanText(compiled, 'à demain au magasin 🔪🔪').rules).toContain('threat');
    expect(scanText(compileCharter(charter.clauses), 'à demain au magasin 🔪🔪').rules).toEqual([]);
  });

  it('are lowered like words when quoted to report them', () => {
    expect(lowered('Someone commented "🐒🍌" under the player\'s photo, reported it')).toContain('hate');
  });
});

describe('each emoji a word', () => {
  it('finds a listed pair inside a longer run ("🐒🐒🍌", "🍆🍑💦😏")', () => {
    expect(rules('🐒🐒🍌 retourne en Afrique avec tes tresses')).toContain('hate');
    expect(rules('🍆🍑💦😏 ce soir chez moi ?')).toContain('sexual');
  });
});
