import { lowered, rules, scan } from '../support/starter-scan';

describe('a team thanked', () => {
  it.each([
    'Merci à Sarah du service client qui m’a rappelé 3 fois pour suivre mon dossier 🙏',
    'Huge thanks to Priya in customer service who called me back three times',
  ])('needs no care: "%s"', (text) => {
    expect(rules(text)).not.toContain('customer_care');
    expect(lowered(text)).toContain('customer_care');
  });

  it('still reads a request that starts with "merci de", or asks a question, as one', () => {
    expect(rules('merci de me répondre, service client injoignable')).toContain('customer_care');
    expect(rules('Thanks, but can customer service call me back?')).toContain('customer_care');
  });
});

describe('what a negation or a match does not excuse', () => {
  it('keeps a slur after "pas un"', () => {
    expect(rules('je veux parler a un conseiller français pas a un bougnoule')).toContain('hate');
  });

  it('keeps a stated threat before a derby, and lowers a challenge at a game', () => {
    expect(rules("ref, we know where you live. lose us the derby and you'll regret it")).toContain('threat');
    expect(rules('Je vais te défoncer au prochain FIFA frérot 😂🎮')).not.toContain('threat');
  });
});

describe('comments that carry two risks', () => {
  it.each([
    [
      'vos conseillers sont des abrutis finis, 4 fois que j’explique mon pb. qqn peut regarder mon dossier svp',
      ['insult', 'customer_care'],
    ],
    [
      'mon mail c’est marie.dupont78@gmail.com, je reçois toujours pas mes factures',
      ['personal_data', 'customer_care'],
    ],
    [
      'my SSN is 536-22-8714, your form keeps rejecting it, what am I doing wrong',
      ['personal_data', 'customer_care'],
    ],
  ])('"%s" names both', (text, expected) => {
    expect(rules(text)).toEqual(expect.arrayContaining(expected));
  });

  it('does not read five digits of a card number as an SMS short code', () => {
    const verdict = scan('charged on my amex 3739 442086 09287 even though I cancelled in january');
    expect(verdict.rules).toContain('personal_data');
    expect(verdict.rules).not.toContain('spam');
  });
});

describe('threats, scams and distress of this round', () => {
  it.each([
    ['je connais l’adresse de l’agence et je vais venir régler ça au couteau 🔪', 'threat'],
    ['Mme la maire on sait dans quelle école vont vos enfants, pensez-y avant le vote', 'threat'],
    ['your days are numbered @ref 💀🔪', 'threat'],
    ['je vais égorger le prochain conseiller qui me met en attente 40 min', 'threat'],
    ['Rejoignez mon groupe, 20% garanti par mois, contactez Mme Sophie sur WhatsApp', 'spam'],
    ['votre banque m’a refusé le prêt, j’ai acheté des médicaments pour tout prendre d’un coup', 'self_harm'],
    ['the bank turned down my loan, lost everything, I’ve got the pills ready', 'self_harm'],
    ['found glass in the baby food jar I bought from you, reporting it to the FSA', 'crisis'],
  ])('flags "%s" as %s', (text, rule) => {
    expect(rules(text)).toContain(rule);
  });

  it.each([
    'the clown 🤡 costume from the kids range is perfect for halloween, my son loves it',
    'the wonky veg boxes aren’t a rip-off at all, they’re brilliant',
    'Le film Arnaques, crimes et botanique est génial, merci de l’avoir ajouté 🍿',
  ])('leaves "%s" alone', (text) => {
    expect(rules(text)).toEqual([]);
  });
});
