import { lowered, rules } from '../support/starter-scan';

describe('"shoot you"', () => {
  it.each([
    'I will shoot you',
    "I'm going to shoot you and your manager",
    "i swear i'll shoot u if my parcel is late again",
  ])('is a threat after an intent: "%s"', (text) => {
    expect(rules(text)).toContain('threat');
  });

  it.each([
    "I'll shoot you an email tomorrow with the tracking number",
    'I will shoot you a DM',
    'We will shoot you for the new campaign, so excited to have you in the studio!',
  ])('is a mailbox or a camera: "%s"', (text) => {
    expect(rules(text)).not.toContain('threat');
  });
});

describe('a surname that is also an insult', () => {
  it('reads as a name after a title', () => {
    expect(rules('Merci à Mme Conard pour son accueil à l’agence de Lille')).toEqual([]);
    expect(lowered('Merci à Mme Conard pour son accueil à l’agence de Lille')).toContain('insult');
    expect(rules('Dr Dick at the Harley Street clinic was brilliant')).toEqual([]);
    expect(rules('Merci à Bernard Conard, chef de rayon à Lille, pour ses conseils')).toEqual([]);
  });

  it('stays an insult as a nickname, or without a title', () => {
    expect(rules('M. Connard de la caisse 3 m’a parlé comme à un chien')).toContain('insult');
    expect(rules('ce conard de livreur a balancé mon colis')).toContain('insult');
    expect(rules('Sale Conard, rends-moi mon argent')).toContain('insult');
  });
});

describe('"ou" in a question', () => {
  it.each([
    'team chocolatine ou pain au chocolat ?',
    'Tu préfères la rouge ou la bleue ?',
    'vous êtes pour ou contre ?',
    'Le débat éternel : chocolatine ou pain au chocolat ? 😂',
  ])('is a choice put to the readers, no question to the brand: "%s"', (text) => {
    expect(rules(text)).not.toContain('customer_care');
  });

  it.each([
    'Bonjour, la taille 38 taille grand ou petit ?',
    'Le flocage peut se faire en magasin ou seulement sur le site ?',
    'Bonjour, vous êtes ou ? Le colis indique livré',
    'la fois où t’as commandé, t’as reçu un mail ?',
  ])('still asks where, or which of two offers: "%s"', (text) => {
    expect(rules(text)).toContain('customer_care');
  });
});
