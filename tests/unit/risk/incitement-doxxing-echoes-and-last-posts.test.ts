import { lowered, rules, spansOf } from '../support/starter-scan';

describe('harassment', () => {
  it.each([
    "t'as qu'à te j3ter sous un tr4in, ça rendrait service à tout le monde",
    'do us all a favour and hang yourself',
    'tu devrais te pendre avec ton câble de chargeur',
  ])('tells someone to harm themselves: "%s"', (text) => {
    expect(rules(text)).toContain('harassment');
  });

  it('leaves the idiom and its negation alone', () => {
    expect(rules('tu vas pas te tuer à la tâche quand même, repose-toi')).not.toContain('harassment');
  });

  it.each([
    [
      'Le CM s’appelle Julien Martin, il habite à Villeurbanne, à vous de jouer 😉',
      's’appelle Julien Martin, il habite à Villeurbanne, à vous de jouer',
    ],
    [
      "The mod's real name is Daniel Price, works at the Tesco in Leeds, you know what to do lads",
      'real name is Daniel Price, works at the Tesco in Leeds, you know what to do',
    ],
  ])(
    'marks a doxxing call, from where someone lives or works to the crowd sent there: "%s"',
    (text, marked) => {
      expect(spansOf(text, 'harassment')).toEqual([marked]);
    },
  );

  it('does not read a customer naming a helpful employee as doxxing', () => {
    expect(rules('Sarah works at the Tesco in Leeds and she was lovely, thank her from me')).not.toContain(
      'harassment',
    );
  });

  it.each([
    'Allez les gars, on spamme tous le compte de @lea.drw jusqu’à ce qu’elle supprime son compte 😈',
    'Je vais te suivre sur toutes tes plateformes, tu vas jamais avoir la paix',
    "I've made 20 accounts and I'll be in your comments every single day, you'll never be free of me.",
  ])('reads pursuit stated outright: "%s"', (text) => {
    expect(rules(text)).toContain('harassment');
  });
});

describe('hate', () => {
  it('marks the antisemitic echo around a name or pronoun', () => {
    expect(spansOf('(((they))) own this brand, wake up people', 'hate')).toEqual(['(((they)))']);
    expect(rules('Great deal (2 for 1) (valid till Sunday)')).toEqual([]);
  });
});

describe('quoted abuse', () => {
  it('is reported when the words that report it stand outside the quotation marks', () => {
    const text = "Someone in the replies called my mum a 'stupid cow' – can you please remove that?";
    expect(rules(text)).not.toContain('insult');
    expect(lowered(text)).toContain('insult');
  });

  it('is not, when a whole tweet stands in quotation marks', () => {
    expect(rules('"I called my mom a bitch" lmao')).toContain('insult');
  });
});

describe('self-harm', () => {
  it.each([
    'Ce soir c’est la dernière fois que je poste ici. Merci à ceux qui m’ont aimé. Adieu.',
    'Thanks for all the laughs over the years. This is my last post. Look after my dog.',
  ])('reads a goodbye followed by last words: "%s"', (text) => {
    expect(rules(text)).toContain('self_harm');
  });

  it('keeps a goodbye about a job or a holiday ordinary', () => {
    expect(
      rules('This is my last post as your community manager, look after my plants, love you all'),
    ).toEqual([]);
  });

  it.each([
    'jpp de cette vie jveu juste dormir et pas me réveiller',
    'Failed my boards again, I’m going to jump from the terrace tonight',
    'Everyone would be better off if I wasn’t around',
    'Je me fais vomir après chaque repas depuis des mois',
    'Day 6 of eating under 300 cals, I need to see my ribs before the wedding',
  ])('reads the plan or the act, even when the act holds its own negation: "%s"', (text) => {
    expect(rules(text)).toContain('self_harm');
  });

  it('still reads a negated plan as no plan', () => {
    expect(rules('je vais pas me tuer pour un colis, faut relativiser')).not.toContain('self_harm');
  });
});

describe('threats', () => {
  it.each([
    ["Tell the tow truck bloke if he touches my ute again I'll flatten him", "I'll flatten him"],
    ['If I catch that your agent again, I go beat am mercilessly', 'I go beat am'],
    ['Si je te pogne dans le stationnement, je te câlisse une volée', 'te câlisse une volée'],
    [
      'I will come to your Bangalore office and burn it down if my refund is not processed',
      'I will come to your Bangalore office and burn it down',
    ],
  ])('marks "%s"', (text, marked) => {
    expect(spansOf(text, 'threat')).toContain(marked);
  });

  it('leaves a promise to win alone', () => {
    expect(rules("I'll beat you to it, see you at the sale")).toEqual([]);
  });
});

describe('crisis', () => {
  it.each([
    "J'ai signalé votre produit, il y avait du verre dans le pot de pâte à tartiner",
    "A dead mouse baked into my sourdough this morning? I've sent the photos to the local paper.",
    'Découvrir que vos couches contiennent des traces de pesticides, c’est fini.',
  ])('reads a contaminant found or the press told: "%s"', (text) => {
    expect(rules(text)).toContain('crisis');
  });
});

describe('customer care', () => {
  it.each([
    'Kindly do the needful, my refund for order 40213 is pending since 15 days',
    'Bonjour, le paiement par Twint ne passe pas sur votre site, vous pouvez regarder ?',
    'Is the 65W charger compatible with the older model, the one from 2021?',
    'Hi lads, my loyalty points vanished after the app update, any chance you could sort it?',
  ])('reads a need with no word of help: "%s"', (text) => {
    expect(rules(text)).toContain('customer_care');
  });
});

describe('other senses', () => {
  it.each([
    'Cut my own fringe during lockdown, never again 😂',
    'Je crève de faim, vivement la pause déj',
    'Cleaned it with Spic and Span and the stain came right out',
    'My cock crowed at 5am again, anyone else keep chickens? 🐓',
    'Binge-watched the Netflix doc about the Fyre Festival scam, unreal',
    'I work from home and your noise-cancelling headphones are a lifesaver',
  ])('are read from the rest of the comment: "%s"', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('spam', () => {
  it('counts a handle given with its app, anywhere in the comment', () => {
    expect(
      rules(
        "J'ai récupéré mes 3 BTC perdus grâce à Mme Laurence, hackeuse certifiée, contactez-la sur Insta @recovery.laurence",
      ),
    ).toContain('spam');
    expect(rules('Bitcoin fell again today, glad I sold in March')).toEqual([]);
  });
});

describe('questions to the brand', () => {
  it('do not count a rhetorical "ou quoi ?"', () => {
    expect(rules("t'es aveugle ou quoi ? c'était écrit en gros")).toEqual([]);
    expect(rules('Bonjour, la taille 38 taille grand ou petit ?')).toContain('customer_care');
  });

  it('reads a rhetorical "is it just me" as none', () => {
    expect(rules('Is it just me or is the new ad absolutely hilarious?')).toEqual([]);
  });
});

describe('a brand’s own careers site', () => {
  it.each([
    'Nous recrutons ! 15 postes en CDI dans nos magasins de Lyon. Candidatures sur carrieres.carrefour.fr',
    "We're hiring! Customer Assistants at our Glasgow stores. Apply through tesco-careers.com",
  ])('is no spam link: "%s"', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('does not excuse a job scam', () => {
    expect(rules('Work from home, earn 500€/day, apply at amazon-jobs.xyz')).toContain('spam');
  });
});

describe('a customer asking whether a text is a scam', () => {
  it.each([
    "J'ai reçu un SMS qui me demande 1,99€ pour un colis La Poste, c'est vous ? Le lien a l'air bizarre",
    'Got a text saying Royal Mail wants £1.45 for redelivery, is this legit? The link looks dodgy',
  ])('is not spam: "%s"', (text) => {
    expect(rules(text)).not.toContain('spam');
  });
});

describe('blackmail and bodily harm', () => {
  it.each([
    "J'ai des captures de tes DM, si tu me réponds pas avant ce soir je les envoie à ton mec et à ta boîte",
    "I've got screenshots of your DMs mate, reply by 6pm or they go to your wife and your employer",
  ])('reads a threat to expose someone as harassment: "%s"', (text) => {
    expect(rules(text)).toContain('harassment');
  });

  it.each([
    ['jte jure si jtrouve le livreur jlui defonce sa tête', 'jlui defonce sa tête'],
    [
      'si vous coupez encore le courant, je m’en vais vous péter la yeule au bureau de Laval',
      'vous péter la yeule',
    ],
  ])('marks the harm to a body part: "%s"', (text, marked) => {
    expect(spansOf(text, 'threat')).toContain(marked);
  });

  it('leaves a fan hugging a star alone', () => {
    expect(rules('Je vais me pendre à ton cou quand tu viendras en dédicace à Lille 😍')).toEqual([]);
  });
});
