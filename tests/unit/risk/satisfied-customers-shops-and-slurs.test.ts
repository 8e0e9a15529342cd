import { lowered, rules, spansOf } from '../support/starter-scan';

describe('a slur followed by an outcry', () => {
  it('stays hate: the outcry is the slur’s own ("Les bougnoules dans vos pubs ça suffit")', () => {
    expect(rules('Les bougnoules dans vos pubs ça suffit, on est en France ici')).toContain('hate');
  });

  it('is lowered when a verb of saying reports it', () => {
    expect(lowered('Il a dit « bougnoule » au caissier, c’est raciste')).toContain('hate');
  });
});

describe('plurals', () => {
  it('add no s to a word ending in s: "procès" is not the English "process"', () => {
    expect(rules('Booked the Cockermouth hotel through your app, smooth process')).toEqual([]);
    expect(rules('On se retrouvera au procès')).toContain('crisis');
  });
});

describe('addresses', () => {
  it.each([
    'Le magasin du 12 avenue de la République est ouvert le dimanche ?',
    'Your store at 10 Market Street closes at 6 on Sundays, right?',
  ])('of the brand’s own shops are no personal data: "%s"', (text) => {
    expect(rules(text)).not.toContain('personal_data');
  });

  it('of a customer’s home are', () => {
    expect(
      spansOf("J'habite au 12 avenue de la République, venez chercher le colis", 'personal_data'),
    ).toEqual(['12 avenue de la République']);
  });
});

describe('links', () => {
  it('a shortener named without a path is none ("don’t click the bit.ly links")', () => {
    expect(rules("Don't click the bit.ly links in the replies, they're phishing, reported them all")).toEqual(
      [],
    );
    expect(rules('Ne cliquez PAS sur les liens bit.ly dans les commentaires, ce sont des arnaques')).toEqual(
      [],
    );
  });

  it('a shortener with a path, even after a backslash, and a phishing domain in .co are links', () => {
    expect(spansOf('free iphone here bit.ly/3xYz', 'spam')).toEqual(['bit.ly/3xYz']);
    expect(rules('To read more go to this web site bit.ly\\1bSefQe')).toContain('spam');
    expect(
      spansOf('validez vos informations via ce lien : rembourse-client.secure-valid.co', 'spam'),
    ).toEqual(['rembourse-client.secure-valid.co']);
  });
});

describe('a satisfied customer', () => {
  it.each([
    "Le service client m'a aidé en 5 minutes, je recommande",
    'Customer service sorted me out in five minutes, 10/10',
    'Ma commande est arrivée en avance, incroyable 👏',
    'Shoutout to @Megan on the support team, absolute legend, sorted my exchange in minutes',
  ])('needs no care: "%s"', (text) => {
    expect(rules(text)).toEqual([]);
    expect(lowered(text)).toContain('customer_care');
  });

  it.each([
    'Ma commande n’est toujours pas arrivée, je recommande pas',
    'My order was sorted in minutes but now my refund is missing',
  ])('with a negation or a "but" still does: "%s"', (text) => {
    expect(rules(text)).toContain('customer_care');
  });

  it('an exchange asked for instead of a refund is no crisis', () => {
    expect(rules('Can I exchange for a bigger size instead of a refund?')).not.toContain('crisis');
    expect(rules("Je voudrais un échange de taille, pas un remboursement, c'est possible ?")).not.toContain(
      'crisis',
    );
    expect(rules('I want a refund, not an exchange')).toContain('crisis');
  });

  it('asking help to choose a dress needs no care', () => {
    expect(rules('Help me choose: the green dress or the red one for a wedding? 😍')).not.toContain(
      'customer_care',
    );
  });
});

describe('dodges', () => {
  it('reads 6 as g inside a word ("fa66ots")', () => {
    expect(rules('fa66ots everywhere in this pride campaign, disgusting')).toContain('hate');
  });

  it('does not join an elided letter to spaced letters ("s.u.i.c.i.d.e c\'est")', () => {
    expect(spansOf("le s.u.i.c.i.d.e c'est la seule solution qui me reste", 'self_harm').join(' ')).toContain(
      's.u.i.c.i.d.e',
    );
  });
});

describe('more stated harm', () => {
  it.each([
    ['Tu vas crever @Sarah_CM, je te le promets', 'threat'],
    ['Si je recroise le steward du vol de lundi, il finit à l’hôpital, je le jure', 'threat'],
    [
      "If my refund isn't in by Friday I'm coming down to the Manchester store and somebody's getting hurt",
      'threat',
    ],
    ['We’re gonna find you, Jenna. We have your address. Sleep well.', 'threat'],
    [
      "I'm going to keep tagging you @Tom every single day until you get sacked. Block me all you want.",
      'harassment',
    ],
    ['You blocked me on X so I’m here now. LinkedIn next. You can’t hide from me, Sarah.', 'harassment'],
    [
      'Tag the CM’s boss, tag her mum, tag her bf. Let’s make this the worst week of her life 🔥',
      'harassment',
    ],
    ["Si on me coupe encore l'électricité je me fous en l'air, j'ai plus rien", 'self_harm'],
    ["Honestly lads I've been thinking about topping myself since Christmas", 'self_harm'],
    ['Took a whole packet of pills an hour ago, feeling weird', 'self_harm'],
  ])('"%s" is %s', (text, rule) => {
    expect(rules(text)).toContain(rule);
  });
});

describe('numbers that are nobody’s', () => {
  it('a brand’s helpline or a British 03 number is no personal data', () => {
    expect(rules('Your helpline 0345 600 6000 just rings out')).not.toContain('personal_data');
    expect(rules('le service client au 09 69 39 39 00 ne répond pas')).not.toContain('personal_data');
  });

  it('an Irish or Nigerian mobile starting with 08 is', () => {
    expect(rules("Ring me on 087 214 6690 sometime today, I'm in Galway")).toContain('personal_data');
    expect(rules('Abeg call me on 0803 412 7765, my name na Chidi')).toContain('personal_data');
  });

  it('the groups of an IBAN typed wrong are no card number, nor a tracking number glued to letters', () => {
    expect(
      rules("J'ai tapé FR76 3000 4008 2200 0101 2345 685 et le site me dit « IBAN invalide », normal ?"),
    ).not.toContain('personal_data');
    expect(rules('Royal Mail tracking JD014600003828374 says delivered, nothing here')).not.toContain(
      'personal_data',
    );
  });

  it('the head office’s address is the brand’s', () => {
    expect(rules("Le siège de la marque, c'est pas au 10 avenue des Champs-Élysées ?")).not.toContain(
      'personal_data',
    );
  });
});

describe('spam warned about or asked for', () => {
  it('a fake text warned about, with no way to reach anyone, is no spam', () => {
    expect(
      rules("Beware, there's a fake Royal Mail text going round asking for £1.45, don't click it"),
    ).toEqual([]);
  });

  it('a customer asking the brand to write is no spam; a stranger offering is', () => {
    expect(rules("Can someone from HSBC DM me? My card was declined abroad and I'm stuck in Lisbon")).toEqual(
      ['customer_care'],
    );
    expect(rules('dm me for free followers')).toContain('spam');
  });
});

describe('more readings', () => {
  it('a French clitic with a 3 for its e ("j3 v4is t3 bu7er")', () => {
    expect(rules('j3 v4is t3 bu7er')).toContain('threat');
  });

  it('a dare is no quotation ("come say that in Soweto")', () => {
    expect(rules("Come say that in Soweto, we'll necklace you")).toContain('threat');
  });

  it('cutting one’s hair is no self-harm, a kill in a game is no threat', () => {
    expect(rules("Je vais me couper les cheveux court, vous pensez que ça m'irait ?")).not.toContain(
      'self_harm',
    );
    expect(rules("Headshot trois fois d'affilée, t'es mort mdr gg")).not.toContain('threat');
  });

  it('an arrival may name the place before the weapon', () => {
    expect(rules('Je vais venir à ton magasin de Charleroi avec une batte, tu vas comprendre')).toContain(
      'threat',
    );
  });
});

describe('more personal data', () => {
  it.each([
    [
      'My sort code is 20-00-00 and account number 12345678, please refund there',
      'sort code is 20-00-00 and account number 12345678',
    ],
    ['reach me at sarah dot jones at gmail dot com', 'sarah dot jones at gmail dot com'],
    [
      'Deliver to 14 Heol y Deri, Rhiwbina, Cardiff CF14 6HF instead please',
      '14 Heol y Deri, Rhiwbina, Cardiff CF14 6HF',
    ],
    ['My NRIC is S1234567D, why can’t I verify on Singpass?', 'S1234567D'],
    ['Mon numéro de passeport est 18AV12345, pourquoi ma réservation est bloquée ?', '18AV12345'],
  ])('is found in "%s"', (text, marked) => {
    expect(spansOf(text, 'personal_data')).toEqual([marked]);
  });

  it.each([
    'My NRIC is S1234567C, why can’t I verify?',
    'Ref 18AV12345 commande',
    'Polo Ltd Suite 373 London W1J 6HL',
  ])('is not read in "%s" (a check letter wrong, no passport named, a company)', (text) => {
    expect(rules(text)).not.toContain('personal_data');
  });
});
