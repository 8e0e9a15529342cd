import { isValidIban, passesLuhn } from '@/lib/risk/detectors';
import { isValidNir } from '@/lib/risk/identity-numbers';
import { scan, spansOf } from '../support/starter-scan';

describe('personal data', () => {
  it.each([
    ['an email', 'écrivez-moi : jean.dupont+sav@gmail.com merci', 'jean.dupont+sav@gmail.com'],
    ['a spelled-out email', 'contact: jean [at] gmail [dot] com', 'jean [at] gmail [dot] com'],
    ['an email after a leading @mention', '@brand write to jane.doe@gmail.com', 'jane.doe@gmail.com'],
    ['a French mobile', 'appelez le 06 12 34 56 78 svp', '06 12 34 56 78'],
    ['a French mobile with dots', 'mon num 06.12.34.56.78', '06.12.34.56.78'],
    ['a French number in international form', 'tel +33 6 12 34 56 78', '+33 6 12 34 56 78'],
    ['a UK number', 'ring me on +44 20 7946 0958', '+44 20 7946 0958'],
    ['an E.164 number', 'whatsapp +14155552671', '+14155552671'],
    ['a US number', 'call (415) 555-2671 today', '(415) 555-2671'],
    ['a valid IBAN', 'IBAN : FR76 3000 6000 0112 3456 7890 189 merci', 'FR76 3000 6000 0112 3456 7890 189'],
    ['a compact IBAN', 'virement sur GB82WEST12345698765432', 'GB82WEST12345698765432'],
    ['an IBAN followed by a word', 'mon IBAN BE68 5390 0754 7034 merci', 'BE68 5390 0754 7034'],
    ['a Belgian mobile', 'Mon GSM : 0475/28.16.93, rappelez après 17h', '0475/28.16.93'],
    ['a number with its area code in brackets', 'Call me on +1 (415) 555-0132 please', '+1 (415) 555-0132'],
    [
      'an email spelled with [point]',
      'écrivez à marie.leroy [at] orange [point] fr',
      'marie.leroy [at] orange [point] fr',
    ],
    ['a card number (Luhn)', 'ma carte 4111 1111 1111 1111 exp 12/27', '4111 1111 1111 1111'],
    ['a card number with dashes', 'card 5500-0000-0000-0004', '5500-0000-0000-0004'],
    ['a French street address', 'livrez au 12 rue de la Paix, 75002 Paris', '12 rue de la Paix'],
    ['an English street address', 'I live at 221 Baker Street, London', '221 Baker Street'],
    ['an English address with a letter', 'send it to 221B Baker Street please', '221B Baker Street'],
    [
      'a French social security number',
      'mon numéro de sécu : 1 85 05 78 006 084 91',
      '1 85 05 78 006 084 91',
    ],
    ['a compact NIR', 'NIR 185057800608491 pour le dossier', '185057800608491'],
    ['a NIR born in Corsica', 'sécu 2 69 05 2A 123 456 88', '2 69 05 2A 123 456 88'],
    ['a US social security number', 'my SSN is 123-45-6789, fix my account', '123-45-6789'],
    ['a UK National Insurance number', 'NI number AB 12 34 56 C', 'AB 12 34 56 C'],
  ])('finds %s', (_name, text, expected) => {
    expect(spansOf(text, 'personal_data')).toContain(expected);
    expect(scan(text).severity).toBe('high');
  });

  it.each([
    ['an IBAN with a wrong checksum', 'FR76 3000 6000 0112 3456 7890 188'],
    ['a card number failing Luhn', '4111 1111 1111 1112'],
    ['a date', 'le 2024-03-15 à 10:30'],
    ['a price', 'ça coûte 1 299,99 € chez vous'],
    ['an order number', 'commande n° 123456'],
    ['a year and a score', 'en 2019 ils ont gagné 3-1'],
    ['a NIR whose key does not match', 'sécu 1 85 05 78 006 084 92'],
    ['a fifteen-digit order number', 'commande 185057800608437 bloquée'],
    ['a number shaped like an SSN that was never issued', 'dossier 666-12-3456'],
    ['an ISO date', 'né le 1985-05-12'],
    ['a date and a time', 'rdv le 05/12/2024 14:30 en agence'],
  ])('leaves %s alone', (_name, text) => {
    expect(scan(text).rules).not.toContain('personal_data');
  });

  it('names the identity number as what was found', () => {
    const finding = scan('mon numéro de sécu : 1 85 05 78 006 084 91').findings[0];
    expect(finding).toMatchObject({ rule: 'personal_data', detector: 'id_number' });
  });

  it('does not count an identity number as a way to be contacted (no spam)', () => {
    expect(scan('Gagnez un cadeau ! mon SSN 123-45-6789').rules).not.toContain('spam');
  });

  it('checks IBANs, cards and French social security numbers by their checksums', () => {
    expect(isValidNir('1 85 05 78 006 084 91')).toBe(true);
    expect(isValidNir('2 69 05 2B 123 456 88')).toBe(false);
    expect(isValidIban('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(isValidIban('DE89 3704 0044 0532 0130 01')).toBe(false);
    expect(isValidIban('FR76 3000 6000 0112 3456 7890 18')).toBe(false);
    expect(passesLuhn('4012888888881881')).toBe(true);
    expect(passesLuhn('4012888888881882')).toBe(false);
    expect(passesLuhn('0000000000000000')).toBe(false);
  });
});

describe('spam and scams', () => {
  it.each([
    ['a link', 'Regardez ça https://example.com/promo', 'https://example.com/promo'],
    ['a bare domain', 'go to cheap-deals.shop now', 'cheap-deals.shop'],
    ['a shortener', 'gratuit ici bit.ly/3xYz', 'bit.ly/3xYz'],
    ['WhatsApp contact', 'Contacte-moi sur WhatsApp', 'WhatsApp'],
    ['Telegram', 'join my telegram for signals', 'telegram'],
    ['DM me', 'DM me for a collab', 'DM me'],
    ['private message in French', 'écris-moi en privé pour plus d’infos', 'écris-moi en privé'],
    ['crypto', 'Investissez dans le bitcoin avec moi', 'bitcoin'],
    ['easy money', 'easy money from home', 'easy money'],
  ])('finds %s', (_name, text, expected) => {
    expect(spansOf(text, 'spam')).toContain(expected);
    expect(scan(text).severity).toBe('medium');
  });

  it('adds up weak cues: money, a short code, "win", "call"', () => {
    const text = 'WIN a £1000 prize! Call 09061701461 or text WIN to 87121';
    expect(scan(text).rules).toContain('spam');
    expect(scan('gagne 500€ par jour depuis chez toi, clique vite').rules).toContain('spam');
  });

  it('does not call one weak cue spam', () => {
    expect(scan('Are you free tonight?').rules).not.toContain('spam');
    expect(scan('I will call you later').rules).not.toContain('spam');
    expect(scan('Merci pour le cadeau !').rules).not.toContain('spam');
  });

  it('does not count the domain of an email as a link', () => {
    expect(scan('écrivez à julie.martin@marque.fr').rules).toEqual(['personal_data']);
  });

  it("reads a company role mailbox as nobody's address and no way to reach a scammer", () => {
    expect(scan('Vous pouvez écrire à serviceclient@maboutique.fr, ils répondent en 24h').rules).toEqual([]);
    expect(scan('You can reach the help desk at support@brightbox-store.com').rules).toEqual([]);
    expect(scan('write to sav@marque.fr or to my own julie.martin@gmail.com').rules).toEqual([
      'personal_data',
    ]);
  });
});

describe('phrase patterns', () => {
  it.each([
    ['threat', 'je vais te tuer', 'critical'],
    ['threat', 'on sait où tu habites', 'critical'],
    ['threat', "I'm going to find you and kill you", 'critical'],
    ['threat', 'I will fucking kill you', 'critical'],
    ['threat', "you're dead", 'critical'],
    ['threat', 'je vais vraiment te défoncer', 'critical'],
    ['self_harm', 'je veux mourir', 'critical'],
    ['self_harm', "j'ai envie d'en finir", 'critical'],
    ['self_harm', 'I want to kill myself', 'critical'],
    ['self_harm', 'i just want to die', 'critical'],
    ['self_harm', "Je me sens tellement seul, plus rien n'a de sens", 'critical'],
    ['self_harm', "I can't go on like this anymore", 'critical'],
    ['threat', 'we will come for you', 'critical'],
    ['spam', 'Envoyez-moi votre RIB en message privé', 'medium'],
    ['spam', 'Send me your card details to claim your prize', 'medium'],
    ['insult', 'sale chien', 'high'],
    ['harassment', 'You should be raped.', 'high'],
    ['harassment', 'Tu mérites de crever.', 'high'],
    ['hate', 'Go back to where you came from.', 'critical'],
    ['hate', 'Old people should just die already.', 'critical'],
    ['hate', 'I wish all gay people would disappear.', 'critical'],
    ['crisis', "I'm sending this to the press.", 'high'],
    ['crisis', 'Je vais envoyer ça à la presse.', 'high'],
    ['crisis', 'C’est une arnaque, remboursez-moi', 'high'],
    ['crisis', 'je vais porter plainte et contacter la presse', 'high'],
    ['crisis', 'My son got food poisoning from your burger', 'high'],
    ['crisis', "j'ai trouvé un morceau de verre dans le yaourt", 'high'],
    ['crisis', 'Boycott this brand', 'high'],
    ['crisis', 'my lawyer will hear about this', 'high'],
    ['customer_care', 'Où est ma commande ?', 'low'],
    ['customer_care', 'toujours pas reçu mon colis', 'low'],
    ['customer_care', 'How do I change my address?', 'low'],
    ['customer_care', "My order hasn't arrived", 'low'],
    ['customer_care', 'can you help me please', 'low'],
    ['customer_care', 'Vous livrez en Belgique ?', 'low'],
    ['hate', 'Muslims are animals', 'critical'],
    ['hate', 'immigrants should be deported', 'critical'],
    ['hate', 'les juifs ne sont pas des humains', 'critical'],
    ['hate', 'les arabes sont tous des voleurs', 'critical'],
    ['hate', 'I hate gay people', 'critical'],
    ['hate', 'death to all immigrants', 'critical'],
    ['hate', 'Les femmes sont inférieures aux hommes.', 'critical'],
    ['hate', 'Il faut tuer tous les arabes.', 'critical'],
    ['hate', 'Shoot all the immigrants.', 'critical'],
    ['hate', 'I think women are inferior.', 'critical'],
    ['harassment', 'you are so ugly', 'high'],
    ['harassment', "t'es vraiment moche", 'high'],
    ['harassment', 'kill yourself', 'high'],
    ['harassment', 'personne ne t’aime', 'high'],
    ['threat', "I'm going to burn your store down.", 'critical'],
    ['threat', 'Meet me outside and I will smash your face in.', 'critical'],
    ['threat', 'On va mettre le feu à votre magasin.', 'critical'],
    ['crisis', 'Le chargeur a pris feu dans la chambre de ma fille.', 'high'],
    ['crisis', 'The battery exploded in my hand.', 'high'],
    ['crisis', 'Je veux être remboursé immédiatement.', 'high'],
    ['crisis', 'Never buying from you again.', 'high'],
    ['crisis', 'J’ai contacté BFM TV et Le Parisien.', 'high'],
    ['crisis', "I've contacted the BBC about this.", 'high'],
    ['customer_care', 'Hi, is this available in size M?', 'low'],
    ['customer_care', 'Le magasin de Lyon est ouvert dimanche ?', 'low'],
    ['spam', 'Viens voir mon profil 😘', 'medium'],
  ])('%s: "%s"', (rule, text, severity) => {
    const verdict = scan(text);
    expect(verdict.rules).toContain(rule);
    expect(verdict.severity).toBe(severity);
  });

  it.each([
    'je vais te tuer ce dessert est trop bon'.replace('te tuer', 'tuer le game'),
    "I'll shoot you an email tomorrow",
    'ce gâteau va me tuer tellement il est bon',
    'Muslims are welcome here',
    'women are amazing',
    'les femmes sont formidables',
    "I don't hate anyone",
    'Merci, super service !',
    'Il faut tuer le temps avant le concert.',
    "Je vais passer chez toi ce soir pour l'apéro",
    'I went back to where I came from for the holidays.',
    'Old people are wonderful storytellers.',
    'My son is autistic and doing great at school.',
    // A mention of the press is not a threat to go to it.
    'The media control the narrative.',
    'Les médias en parlent depuis hier.',
    // The statement is rejected, not made.
    "I don't think women are inferior.",
    'Je ne pense pas que les femmes sont inférieures.',
    "Dire que les femmes sont inférieures, c'est du sexisme.",
    // Naming a newsroom is not taking the story to it; a hurt player is not an unsafe product.
    'I saw your ad on CNN last night.',
    'Vu sur BFM ce matin, bravo !',
    'Mbappé est blessé.',
    "I'm never buying any other brand!",
    'Go kill it at your interview!',
  ])('stays clean: "%s"', (text) => {
    expect(scan(text).severity).toBe('none');
  });
});

describe('shouting', () => {
  it('flags a long text in capitals, low', () => {
    const text = 'JE SUIS TRÈS EN COLÈRE CONTRE VOUS';
    expect(scan(text).rules).toEqual(['shouting']);
    expect(scan(text).severity).toBe('low');
  });

  it('leaves short capitals and acronyms alone', () => {
    expect(scan('OK MERCI').rules).not.toContain('shouting');
    expect(scan('The SNCF and the RATP are on strike today in Paris').rules).not.toContain('shouting');
  });
});
