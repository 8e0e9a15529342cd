import { lowered, rules } from '../support/starter-scan';

describe('threats at the people and places of a brand', () => {
  it.each([
    "I swear I'll punch that security guard if he stops me again",
    'Next time I will beat the shit out of your delivery guy',
    'je vais buter le livreur qui a jeté mon colis',
    'Someone should torch this store, honestly',
    "si j'ai pas mon remboursement je crame l'entrepôt",
    'Je débarque au siège demain avec une batte',
    "I'll be back with a knife, tell the manager",
    'Tes employés, tu vas voir ce qui va leur arriver',
    'On va aller brûler leur mosquée',
    'Je te croise dans la rue, je te plante',
    "I'm bringing my strap next time I'm in",
    'Tu vas voir ce qui arrive à ta voiture si tu supprimes encore mon com',
  ])('flags "%s" as a threat', (text) => {
    expect(rules(text)).toContain('threat');
  });

  it.each([
    "I'll shoot you an email with the order number",
    'je vais retrouver le livreur, il a dû se tromper de porte',
    'Je viens avec un couteau à pain, vous les affûtez en magasin ?',
    'We should kill it at the launch tomorrow!',
    "I've been following you since your first shop opened",
    'On les bute pas, on les respecte : bravo à l’équipe adverse',
    "I'll bring my knife skills to your cooking class",
  ])('leaves "%s" alone', (text) => {
    expect(rules(text)).not.toContain('threat');
  });
});

describe('hateful statements about a group, and their answers', () => {
  it.each([
    'les musulmans faut tous les expulser',
    'on devrait stériliser tous les arabes',
    'send all the migrants back where they came from',
    'women are too stupid to drive',
    'Why are Indians always so dirty?',
    'Il faudrait tous les gazer, ces migrants',
    'Jews run the media, wake up',
  ])('flags "%s" as hate', (text) => {
    expect(rules(text)).toContain('hate');
  });

  it.each([
    "Women are not too emotional to lead, my boss is a woman and she's amazing",
    'Quelqu’un a écrit plus haut que les noirs étaient des singes, c’est immonde, supprimez svp',
    'On est gouines et fières, et on adore votre collection',
  ])('does not count "%s" as hate', (text) => {
    expect(rules(text)).not.toContain('hate');
  });
});

describe('sexual remarks, harassment campaigns and self-harm in everyday words', () => {
  it.each([
    ['Quelle bombe au lit la vendeuse 😏', 'sexual'],
    ['Bet the girl in the ad gives great head', 'sexual'],
    ['Everyone flood her DMs until she deletes the post', 'harassment'],
    ['Je vais balancer ton adresse sur Twitter', 'harassment'],
    ['Je vais commenter sous tous tes posts jusqu’à ce que tu craques', 'harassment'],
    ['Ça fait trois jours que j’y pense : à quoi bon vivre ?', 'self_harm'],
    ["I don't want to wake up tomorrow", 'self_harm'],
    ['I burn myself with cigarettes when it gets too much', 'self_harm'],
    ["J'ai écrit des lettres à ma famille, voilà", 'self_harm'],
    ['honestly been thinking about unaliving myself', 'self_harm'],
    ['so tired of existing, nothing helps', 'self_harm'],
    ["J'ai envie de plus me réveiller", 'self_harm'],
    ['Signalez tous le compte de cette meuf, elle mérite pas d’exister', 'harassment'],
  ])('flags "%s" as %s', (text, rule) => {
    expect(rules(text)).toContain(rule);
  });

  it.each([
    'Send pics of your setup, we love seeing them',
    'Tag a friend, you know what to do!',
    'Allez lui dire bonjour au salon, elle vous attend au stand 3',
  ])('leaves the brand\'s own call to action "%s" alone', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('keeps a negation from reaching past a comma', () => {
    const text = 'Ça fait 3 jours que tu réponds pas, je vais pas te lâcher';
    expect(rules(text)).toContain('harassment');
    expect(rules('Je ne vais pas te lâcher, promis, on reste abonnés')).not.toContain('harassment');
  });
});

describe('words that only look like insults', () => {
  it.each([
    'Putain c’est trop bon ce nouveau burger',
    'Holy shit this is good',
    'Fucking finally, a restock!',
  ])('reads the cheering "%s" as an exclamation', (text) => {
    expect(rules(text)).not.toContain('insult');
    expect(lowered(text)).toContain('insult');
  });

  it.each([
    'Je suis trop con, j’ai commandé la mauvaise taille',
    "I'm such an idiot, I ordered the wrong size",
  ])('reads "%s" as the speaker laughing at themselves', (text) => {
    expect(rules(text)).not.toContain('insult');
  });

  it.each([
    'Pussy willow branches in the window display',
    'Blue tits visiting the bird feeder I bought from you',
    'Un pain bâtard et deux croissants',
    'The garden hoe I bought is still perfect',
    'Such a bad ass ad, well done',
    'Idiot proof setup, took me five minutes',
  ])('leaves "%s" alone', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it.each([
    ['Putain vous êtes des incapables', 'insult'],
    ['Holy shit, you people are idiots', 'insult'],
    ['T’es trop con toi', 'insult'],
  ])('still flags "%s"', (text, rule) => {
    expect(rules(text)).toContain(rule);
  });
});

describe('customer care without a question mark', () => {
  it.each([
    'mon code promo marche pas au moment de payer',
    'hey my promo code isn’t working at checkout',
    'toujours pas de réponse à mon MP de la semaine dernière...',
    'What size should I take, I’m usually between M and L',
    'il y a du gluten dedans ? mon fils est cœliaque',
  ])('flags "%s" as customer care', (text) => {
    expect(rules(text)).toContain('customer_care');
  });
});

describe('refunds that came through, and everyday words that hold a risky one', () => {
  it.each([
    'Mon remboursement est arrivé en 48h, merci beaucoup',
    'Refund landed this morning, thanks',
    "J'ai joué toute la nuit, je suis crevé mais content",
    'My lawyer friend swears by your cold brew',
  ])('leaves "%s" alone', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('reads a calm question about a refund as customer care, not a crisis', () => {
    const verdict = rules('How do I request a refund for a duplicate item?');
    expect(verdict).toContain('customer_care');
    expect(verdict).not.toContain('crisis');
  });

  it.each([
    "I still haven't received my refund",
    'Remboursement toujours pas reçu, je vais porter plainte',
    'No refund received after 3 weeks',
    'Je veux un remboursement immédiatement',
  ])('still reads "%s" as a crisis', (text) => {
    expect(rules(text)).toContain('crisis');
  });
});

describe('a crowd sent after one person', () => {
  it.each([
    'Everybody go flood his DMs, he deserves it',
    'Elle est nulle, allez tous la spammer',
    "Y'all ratio her into oblivion",
  ])('flags "%s" as harassment', (text) => {
    expect(rules(text)).toContain('harassment');
  });

  it.each(['Everyone tag your bestie below!', 'Everyone go report this fake account, it copies the brand'])(
    'leaves "%s" alone',
    (text) => {
      expect(rules(text)).not.toContain('harassment');
    },
  );
});

describe('threats to an airline and distress in slang', () => {
  it.each([
    ['Annulez encore mon vol et il y aura une bombe dans l’avion', 'threat'],
    ['Le livreur, je l’attends en bas avec une batte', 'threat'],
    ['Je me jette sous le prochain train si ça continue', 'self_harm'],
    ['jvais sauter du pont ce soir', 'self_harm'],
  ])('flags "%s" as %s', (text, rule) => {
    expect(rules(text)).toContain(rule);
  });
});
