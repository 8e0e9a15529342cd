import { lowered, rules } from '../support/starter-scan';

describe('an app, a coin or a contest named, with nothing else of a scam', () => {
  it.each([
    'Vous avez un compte WhatsApp officiel pour le service client ? Je préfère ça au téléphone',
    'Je travaille chez Orange depuis 10 ans : on ne vous demandera jamais votre code par WhatsApp.',
    'Le Bitcoin a encore chuté, heureusement que ma banque ne propose pas de crypto lol',
    'Won the giveaway last month and the headphones arrived today, thanks!',
    'Is there an official Telegram channel for patch notes, or just Discord?',
  ])('is not spam: "%s"', (text) => {
    expect(rules(text)).not.toContain('spam');
    expect(lowered(text)).toContain('spam');
  });

  it.each([
    'join my telegram for signals',
    'Tu veux un prêt entre particuliers rapide sans justificatif ? Contacte-moi sur WhatsApp.',
    "Thanks to @crypto_mike_fx I paid off my mortgage! He's legit, message him now 🙏",
    'I lost $40k to a fake exchange and recovered every cent thanks to @AssetRecoveryMike on Telegram',
    'Moi aussi j’avais perdu 3000€ sur une fausse plateforme crypto, écrivez-lui sur Telegram',
    'Binance bonus: send BTC on WhatsApp +44 7700 900123',
  ])('is spam with a handle, a contact, money or another kind of word: "%s"', (text) => {
    expect(rules(text)).toContain('spam');
  });
});

describe('expletives that cheer', () => {
  it.each([
    "Putain de match hier soir, l'OM a tout donné ! Fier de ce club 💙",
    'This new drop slaps so fucking hard, take my money',
  ])('are lowered in "%s"', (text) => {
    expect(rules(text)).not.toContain('insult');
    expect(lowered(text)).toContain('insult');
  });

  it('does not lower an insult beside praise, nor the expletive aimed at someone', () => {
    expect(rules('the best fucking idiot I ever met')).toContain('insult');
    expect(rules('putain de connard')).toContain('insult');
  });

  it('reads "whoever wrote that" as insulting the writer, not as a quotation', () => {
    expect(rules('Love the new range. But whoever wrote that caption is a complete moron.')).toContain(
      'insult',
    );
    expect(rules('he wrote that I was a moron, can you believe it')).not.toContain('insult');
  });
});

describe('threats, said playfully or stated', () => {
  it('lowers a threat word that challenges someone at a video game, when it is the only threat', () => {
    expect(rules('Je vais te défoncer au prochain FIFA frérot, prépare-toi 😂🎮')).not.toContain('threat');
    expect(rules('je vais te tuer après le match, je sais où tu habites')).toContain('threat');
  });

  it.each([
    'Vous méritez qu’on foute le feu à vos magasins, un par un, avec les vendeurs dedans',
    'Faites gaffe à vous, on sait où se trouve votre siège à Boulogne. Ça va très mal finir.',
    'je vais te b4ttr3 à m0rt s4l3 arbitre',
    'Le prochain steward que je croise, je lui mets un coup de couteau, je vous jure',
    "If my account isn't unlocked by Friday I'm coming to your branch and someone's getting hurt",
    'Next time the train is late I’m stabbing the guard',
    "gonna sh00t up the store if they don't refund me by monday",
    'K1ll every single one of the devs who shipped this patch',
    "Deliver my parcel or I'll make sure your driver never walks again",
    "The next time your engineer sets foot in my house he's leaving in an ambulance",
    'Quelqu’un a l’adresse du streamer ? On va lui faire une petite visite',
  ])('flags "%s"', (text) => {
    expect(rules(text)).toContain('threat');
  });

  it.each([
    'Ce DJ va mettre le feu ce soir, trop hâte',
    'I thought I would never walk again after the surgery, thank you to the team',
    'On va rendre visite à mamie à Noël, vous livrez avant le 24 ?',
  ])('leaves "%s" alone', (text) => {
    expect(rules(text)).not.toContain('threat');
  });
});

describe('distress, care and the press', () => {
  it('reads a wish never to wake up as self-harm, although it holds a negation', () => {
    expect(rules("Je veux juste m'endormir et ne plus jamais me réveiller")).toContain('self_harm');
    expect(rules('J’ai préparé les médicaments, ce soir j’en finis pour de bon')).toContain('self_harm');
    expect(rules('I keep thinking about how easy it would be to just stop existing')).toContain('self_harm');
  });

  it('lowers a battery that is "suicidal" and a spicy dish that burned', () => {
    expect(rules('My phone battery is suicidal lately, dies at 40% every time')).not.toContain('self_harm');
    expect(rules('Le nouveau burger piquant m’a brûlé la langue 🔥😂 trop bon')).not.toContain('crisis');
    expect(rules('Your charger burned my hand, it was glowing red')).toContain('crisis');
  });

  it.each([
    'Commande passée le 2 avril, toujours pas reçue, le suivi ne bouge plus depuis une semaine.',
    'Game keeps crashing on launch since patch 1.4 on PS5. Any fix?',
    'Meter reading submitted twice by mistake, will I be billed double?',
  ])('reads "%s" as a customer needing help', (text) => {
    expect(rules(text)).toContain('customer_care');
  });

  it('reads photos sent to a newsroom as a crisis, and a settled refund as none', () => {
    expect(rules('My son cut his mouth on your toy car. Sending the photos to the BBC.')).toContain('crisis');
    expect(
      rules('Bonjour Marc, c’est réglé de notre côté : le remboursement a été effectué ce matin.'),
    ).not.toContain('crisis');
  });
});
