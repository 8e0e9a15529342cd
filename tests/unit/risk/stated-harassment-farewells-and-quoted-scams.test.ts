import { lowered, rules, spansOf } from '../support/starter-scan';

describe('harassment stated whole', () => {
  it.each([
    "@clara.design je vais commenter chacun de tes posts jusqu'à ce que tu supprimes ton compte",
    "Blocked me? cute. I've got 15 alts, you'll never get rid of me",
    "Réponds à mes messages sinon j'envoie tes photos à tous tes abonnés",
    'Send me more pics or I share the ones I already have with all your followers',
    "Let's make this journalist's life hell, her Insta is linked in my bio, go",
    'Saw you at the gym yesterday with your little girl, hope you liked the note I left on your car',
    'I know which Tesco you work at Tom, see you on your shift 😉',
    "Found her personal FB and her mum's, sending them all the screenshots tonight",
  ])('is harassment: "%s"', (text) => {
    expect(rules(text)).toContain('harassment');
  });

  it('keeps a negation inside the phrase: "you\'ll never get rid of me" is the threat itself', () => {
    expect(lowered("you'll never get rid of me")).not.toContain('harassment');
  });

  it('leaves a life made hell by oneself, and a note on a customer’s car, alone', () => {
    expect(rules('This job made my life hell for two years, glad I left')).not.toContain('harassment');
    expect(rules('Someone scratched my car in your car park and left no note')).not.toContain('harassment');
  });
});

describe('threats stated whole', () => {
  it.each([
    ['Le prochain qui me ferme mon compte je le retrouve et je lui fais la peau', 'je lui fais la peau'],
    ["Votre youtubeur là, s'il met un pied à Marseille on le crève 🔪", 'on le crève'],
    ['si je le recroise je le tue, et j’attends des excuses de la direction', 'je le tue'],
    ['Mon poing dans ta gueule vendredi à la boutique, 18h', 'Mon poing dans ta gueule'],
    ["J'vas te casser les deux jambes mon tabarnak", 'te casser les deux jambes'],
    ["if I see him again I'll put him in the ground", 'put him in the ground'],
    ["There's going to be a bomb at your HQ on Monday. Not a joke.", "There's going to be a bomb"],
    [
      "I will personally make sure that streamer doesn't make it home after TwitchCon",
      "doesn't make it home",
    ],
    ['Ya gonna get ya head kicked in mate, mark my words', 'head kicked in'],
    ["ur lucky i don't know ur address yet 🔪", "lucky i don't know ur address"],
    ["Refund me or I swear I'll bring a bat to the Brixton branch tomorrow", "I'll bring a bat"],
  ])('is a threat: "%s"', (text, marked) => {
    expect(spansOf(text, 'threat')).toContain(marked);
  });

  it('reads someone named by a deed as a target: "someone should shoot whoever approved this ad"', () => {
    expect(rules('someone should shoot whoever approved this ad, and I might be that someone')).toContain(
      'threat',
    );
  });

  it('smashes a person, not a burger nor the competition', () => {
    expect(rules("I'm going to come to your Manchester store and smash the manager's face in")).toContain(
      'threat',
    );
    expect(rules("I'm gonna smash this burger")).toEqual([]);
    expect(rules("we're going to smash the competition this season")).toEqual([]);
  });

  it('lowers a threat quoted after "replied"', () => {
    const text =
      "Someone replied 'I will find you' to my daughter on your live, what are you doing about moderation?";
    expect(rules(text)).not.toContain('threat');
    expect(lowered(text)).toContain('threat');
  });
});

describe('a farewell', () => {
  it.each([
    "Adieu tout le monde, c'était mon dernier post. Prenez soin de vous",
    'Goodbye everyone. This is my last post. Thanks for the memories',
  ])('followed by last words is self-harm: "%s"', (text) => {
    expect(rules(text)).toContain('self_harm');
  });

  it.each([
    'This is my last post of the year, see you in January!',
    'Adieu tout le monde, je pars en vacances, à lundi !',
    'Goodbye everyone, this is my last post as your community manager, thanks for the memories',
  ])('is not self-harm when it leaves a year, a job or for a holiday: "%s"', (text) => {
    expect(rules(text)).not.toContain('self_harm');
  });

  it.each([
    "J'ai tout préparé, les cachets sont sur la table. Merci à ceux qui m'ont suivie",
    "Going to the bridge after work. Tell my mum I'm sorry",
    "Giving away all my stuff this week, won't need it where I'm going",
    "J'me suis encore fait du mal au bras, je mérite que ça",
    'jveu mourir srx jsuis fatiguée de tout',
  ])('told as plans or acts is self-harm: "%s"', (text) => {
    expect(rules(text)).toContain('self_harm');
  });
});

describe('a scam quoted to warn about it', () => {
  it.each([
    "Attention à ceux qui écrivent « contactez-moi sur WhatsApp » sous ce post, c'est des arnaqueurs, ne répondez pas",
    "Heads up: anyone replying 'DM me on Telegram' under this post is a scammer, don't engage",
  ])('is neither spam nor a crisis: "%s"', (text) => {
    expect(rules(text)).toEqual([]);
    expect(lowered(text)).toEqual(expect.arrayContaining(['spam', 'crisis']));
  });

  it('still makes spam unquoted, and scammers named to the brand are still a crisis', () => {
    expect(rules('DM me on Telegram for easy money signals')).toContain('spam');
    expect(rules('vous êtes des arnaqueurs')).toContain('crisis');
  });
});

describe('customer talk', () => {
  it('"customer service" and "last week" are no spam cues together', () => {
    expect(rules('Best customer service ever, they sorted me out in minutes last week')).not.toContain(
      'spam',
    );
    expect(
      rules('Is there an official WhatsApp number for customer support? Email is so slow'),
    ).not.toContain('spam');
  });

  it('an order number after "#" is no SMS short code', () => {
    expect(rules('ur support team is useless af. still no refund for order #88213')).not.toContain('spam');
  });

  it.each([
    "slt jsp si c normal mais l'appli crash a chaque fois que j'ouvre le panier",
    "Allo ? Y'a quelqu'un ? Colis bloqué en point relais depuis 10 jours 🙄",
    'Been on hold for 45 mins, is anyone actually answering the phones today?',
  ])('needs care: "%s"', (text) => {
    expect(rules(text)).toContain('customer_care');
  });

  it('a fault owned ("quelle connerie de ma part") insults no one', () => {
    expect(rules("Quelle connerie de ma part, j'ai oublié de valider mon panier avant minuit 🙈")).toEqual(
      [],
    );
  });
});

describe('hostile statements and the press', () => {
  it.each([
    'Les juifs contrôlent encore les médias, ça se voit dans votre casting',
    "Jews run this company, that's why the prices are insane 🤑",
    'Maudits immigrants, y viennent voler nos jobs pis vivre sur le BS, dehors',
    'Aboriginals are just lazy dole bludgers, no offence',
    'Une femme ingénieure ? lol les femmes ont pas le cerveau pour ça',
  ])('is hate: "%s"', (text) => {
    expect(rules(text)).toContain('hate');
  });

  it('names a group without hostility', () => {
    expect(rules('First Nations artists made this collection, love it')).toEqual([]);
  });

  it('reads "je témoigne dans « Capital »" as the press', () => {
    expect(rules('Je vous préviens, je témoigne dans « Capital » la semaine prochaine')).toContain('crisis');
  });

  it('reads a phishing domain as a link', () => {
    expect(
      spansOf(
        'Your page will be disabled for copyright violation. Appeal here: meta-support-appeal.help',
        'spam',
      ),
    ).toContain('meta-support-appeal.help');
  });
});

describe('words in their other sense', () => {
  it.each([
    'Votre campagne de prévention contre les arnaques pour les seniors est super utile',
    'Le boycott des sacs plastiques, enfin ! Bravo pour le passage au papier',
    "Love that you're running a scam-awareness campaign for older customers",
  ])('is no crisis: "%s"', (text) => {
    expect(rules(text)).toEqual([]);
    expect(lowered(text)).toContain('crisis');
  });

  it('still reads a boycott of the brand as one', () => {
    expect(rules('this is a scam, boycott this brand')).toContain('crisis');
  });

  it('a place asked about with praise needs no care, a customer asking where their order is does', () => {
    expect(rules("Magnifique photo, c'est où ?")).toEqual([]);
    expect(rules('Where was this photo taken? Gorgeous')).toEqual([]);
    expect(rules('Where is my order? great service...')).toContain('customer_care');
  });
});

describe('British bank details', () => {
  it('marks a sort code and its account number as personal data, with no spam', () => {
    const text = 'Sort code 20-00-00, account 55779911, pls refund there';
    expect(spansOf(text, 'personal_data')).toEqual(['Sort code 20-00-00, account 55779911']);
    expect(rules(text)).not.toContain('spam');
  });

  it('needs the words "sort code"', () => {
    expect(rules('Order 20-00-00 was sorted, thanks')).toEqual([]);
  });
});
