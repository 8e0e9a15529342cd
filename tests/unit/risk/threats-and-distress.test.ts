import { rules } from '../support/starter-scan';

describe('threats against staff and shops', () => {
  it.each([
    'I know where you live.',
    'Your store on King Street is getting a brick through the window tonight.',
    "I'm going to burn your warehouse to the ground, watch me.",
    'Je sais où tu habites, fais pas le malin.',
    'Je vais cramer votre entrepôt, vous allez voir.',
    'Votre livreur, je vais lui péter les genoux.',
    "Je t'attendrai à la sortie.",
  ])('flags "%s"', (text) => {
    expect(rules(text)).toContain('threat');
  });

  it.each([
    "I'm going to beat you at chess tonight",
    "I'll shoot you an email tomorrow",
    'Ce concert va tout casser',
    'I play cricket with a bat',
    "I've been following your brand for years",
  ])('leaves "%s" alone', (text) => {
    expect(rules(text)).not.toContain('threat');
  });
});

describe('distress and self-harm', () => {
  it.each([
    'Everyone would be better off if I just disappeared for good.',
    "I've been thinking about ending my life a lot lately.",
    'Tonight I’m going to swallow every pill in the cabinet.',
    'I keep wishing I just wouldn’t wake up in the morning.',
    'Tout le monde serait mieux sans moi, franchement.',
    "J'aimerais m'endormir et ne jamais me réveiller.",
    'Je me suis ouvert les veines hier soir.',
  ])('flags "%s"', (text) => {
    expect(rules(text)).toContain('self_harm');
  });

  it.each([
    "I'm going to jump on this deal",
    'I need to wake up at 6 tomorrow',
    'je vais sauter le repas de midi',
    '5 kms de marche ce matin',
    'je serai plus là à 18h, passez avant',
  ])('leaves "%s" alone', (text) => {
    expect(rules(text)).not.toContain('self_harm');
  });
});
