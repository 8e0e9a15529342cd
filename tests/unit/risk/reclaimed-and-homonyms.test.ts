import { rules } from '../support/starter-scan';

describe('slurs that are not attacks', () => {
  it.each([
    'Proud dyke here and I’m buying the whole rainbow range 🌈',
    'En tant que gouine fière, j’adore votre collection des fiertés',
    'I’m a faggot and proud, deal with it',
  ])('reads a slur the speaker claims for themselves as no hate: "%s"', (text) => {
    expect(rules(text)).not.toContain('hate');
  });

  it.each([
    'Found a chink in the armour of this phone case, the corner cracked.',
    'Grabbed faggots and peas from the butcher for tea.',
    'La pédale de frein grince depuis la révision, c’est normal ?',
    'J’ai acheté une tapette à mouches chez vous, elle s’est cassée.',
  ])('allows the ordinary phrase that holds a slur’s spelling: "%s"', (text) => {
    expect(rules(text)).not.toContain('hate');
  });

  it.each(['you’re a dyke', 'sale gouine', 'you are a faggot'])(
    'still flags the slur aimed at someone: "%s"',
    (text) => {
      expect(rules(text)).toContain('hate');
    },
  );
});

describe('hate quoted between single quotes to condemn it', () => {
  it.each([
    "If your reaction to this ad is 'women belong in the kitchen', you're the problem.",
    "'Trans people are freaks' is not an opinion, it's bigotry.",
    "Quelqu'un a écrit 'les juifs sont des rats' plus haut. Signalé, c'est ignoble.",
  ])('lowers "%s"', (text) => {
    expect(rules(text)).not.toContain('hate');
  });

  it('does not read an apostrophe as a quotation mark, nor a bare "you\'re the problem" as a quote', () => {
    expect(rules("Women belong in the kitchen, you're the problem")).toContain('hate');
    expect(rules("l'arabe c'est des rats, c'est ignoble")).toContain('hate');
  });
});
