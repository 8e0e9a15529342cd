import { lowered, rules } from '../support/starter-scan';

describe('bodily harm promised to someone', () => {
  it.each([
    "I'm going to find the driver who kicked my parcel and break his jaw",
    'Le gérant de la filiale, je l’attends au parking et je lui pète les genoux',
    'je vais te casser les jambes sale rat',
    'Mate I’ll come down to the Penrith store and glass the manager',
    'I will come to your Gurgaon office and beat your manager black and blue, mark my words',
    "If my refund isn't here by Friday I'm torching your shop",
    'Tu mérites une balle entre les deux yeux toi',
    'There’s a bomb in the Oxford Street store. You’ve got an hour.',
    'watch ur back @mike_support, i know where u park',
    'jvai t tuer tkt pa jsé ou tu habit',
  ])('flags "%s" as a threat', (text) => {
    expect(rules(text)).toContain('threat');
  });

  it.each([
    'I broke my leg skiing, so the return is late, sorry',
    'Pas besoin de te casser la tête, le tuto est super clair',
    'Tu vas te casser la gueule avec ces talons, mais ils sont trop beaux',
    'Tu vas te casser les dents sur ce puzzle 1000 pièces',
    "I'll be at the store tomorrow. Shoot the manager an email about the returns desk",
    'We will beat your competitors prices, guaranteed',
    'Je viens armé de patience pour le Black Friday',
  ])('leaves "%s" alone', (text) => {
    expect(rules(text)).not.toContain('threat');
  });

  it('reads a threat at a match as sport, unless it names a person', () => {
    expect(rules("On va les massacrer samedi au Vélodrome ⚽🔥 Allez l'OM")).not.toContain('threat');
    expect(lowered("On va les massacrer samedi au Vélodrome ⚽🔥 Allez l'OM")).toContain('threat');
    expect(rules("After the match I'll break his jaw, the steward who threw me out")).toContain('threat');
    expect(
      rules(
        'if he ever sets foot on our street again I’ll put him in hospital, and I want the complaint escalated',
      ),
    ).toContain('threat');
  });
});

describe('staff followed beyond the page', () => {
  it.each([
    'La petite brune de la caisse 3, dites-lui que je l’attends à la fin de son service',
    'The blonde cashier should give me her number, tell her I’ll be waiting by her car',
    "Here's her LinkedIn, her work email and her mum's Facebook. Let her know what we think",
    'Son vrai nom c’est Mélanie, elle habite Roubaix, voilà son Insta perso @mel.garnier59',
    'Je vous suis depuis le début. Mais la CM, je l’ai retrouvée sur Insta, je vais lui écrire tous les jours',
    'Whoever runs this page, I found your personal Instagram and your boyfriend’s',
  ])('flags "%s" as harassment', (text) => {
    expect(rules(text)).toContain('harassment');
  });

  it.each([
    'Je passe récupérer ma commande à la sortie du boulot, c’est ouvert jusqu’à quelle heure ?',
    "I'll come by after work to pick up my order",
    'I found her on Insta, she’d be perfect for your next collab',
    'Voilà son avis sur votre Insta, elle a adoré le produit',
  ])('leaves "%s" alone', (text) => {
    expect(rules(text)).not.toContain('harassment');
  });
});

describe('words whose ordinary sense the comment gives away', () => {
  it('lowers "avocat" among fruit and "chatte" among kittens, not on their own', () => {
    expect(rules('Mon avocat était parfait, guacamole réussi grâce à votre presse-agrumes')).not.toContain(
      'crisis',
    );
    expect(rules('Mon avocat va vous contacter lundi')).toContain('crisis');
    expect(rules("Ma chatte vient d'avoir 4 chatons, vous vendez des griffoirs ?")).not.toContain('sexual');
  });

  it('reads a scam that was not one as settled, and a scam as a crisis', () => {
    expect(rules('Not a scam at all, parcel arrived in 2 days, people need to chill')).not.toContain(
      'crisis',
    );
    expect(rules('Je croyais à une arnaque vu le prix, mais non, reçu en 48h et nickel !')).not.toContain(
      'crisis',
    );
    expect(rules('This shop is a scam, never got my parcel')).toContain('crisis');
  });

  it('allows the pudding and the shop that hold an insult', () => {
    expect(rules('Spotted dick and custard on the café menu, proper British')).toEqual([]);
    expect(rules("Dick's Sporting Goods had it cheaper fyi")).toEqual([]);
    expect(rules('Whoever runs this page is a complete gobshite')).toContain('insult');
  });
});

describe('distress and hate told in more ways', () => {
  it.each([
    'Je vais me donner la mort, la vie n’a plus de sens pour moi',
    'j’en peux plus de tout ça, je pense sérieusement à en finir ce soir',
    'I relapsed and cut again last night. 43 days clean gone',
    'kms fr, nothing’s getting better',
    'Stockpiled my pills, tonight’s the night',
  ])('flags "%s" as self-harm', (text) => {
    expect(rules(text)).toContain('self_harm');
  });

  it.each([
    'Les noirs ça reste des singes, mettez tous les mannequins que vous voulez',
    'Les juifs contrôlent vos banques et vos médias, ouvrez les yeux',
    'Faudrait renvoyer ces migrants par bateaux entiers',
    'Igbos are all thieves, never hire them',
    'These lower caste people are dirty by birth',
  ])('flags "%s" as hate', (text) => {
    expect(rules(text)).toContain('hate');
  });

  it.each([
    'Dehors les clients mécontents ? Non, écoutez-les !',
    'Il faut renvoyer ces colis abîmés au fournisseur',
    'I drove 300 kms to get to your Geelong store',
  ])('leaves "%s" alone', (text) => {
    expect(rules(text)).toEqual([]);
  });
});
