import { rules } from '../support/starter-scan';

describe('harassment of staff', () => {
  it.each([
    "La CM s'appelle Julie Martin, elle est sur Insta en @julie.m.officiel, allez lui dire ce que vous pensez 😈",
    "The girl running this account is called Amy Hughes, she's on Insta as @amyh_ldn. Go tell her what you think 👀",
    "@Sarah_CM je vais commenter chaque post jusqu'à ce que tu répondes. Chaque. Post.",
    "Je te retrouve sur tous tes réseaux, tu peux bloquer autant que tu veux, j'ai 6 comptes 😘",
    'I made 4 new accounts after you blocked me. Try again sweetheart 🙂',
    "reply. reply to me. I know you're reading this. I can see the 'seen'.",
    'saw you at the Tesco Extra in Bury last night, you looked tired babe, you should smile more 😘',
    "Hey @jess_in_support, nice holiday pics from Tenerife on your private account. Bet your bf doesn't know",
    'lets all flood the comments on her personal page, she needs to learn her place',
    "Toi la grosse moche qui répond aux messages, t'as pas de vie ? va te cacher",
  ])('is harassment: "%s"', (text) => {
    expect(rules(text)).toContain('harassment');
  });

  it.each([
    'Sarah from support is called back every time I ring, she is lovely, tell her thanks from me',
    'Je vous ai bloqué par erreur, comment je vous débloque ?',
    'Your models should smile more in the ads, the new campaign looks a bit grim 😅',
  ])('leaves ordinary talk about staff and blocking alone: "%s"', (text) => {
    expect(rules(text)).not.toContain('harassment');
  });
});

describe('threats', () => {
  it.each([
    "Le prochain conseiller qui me raccroche au nez je l'égorge",
    'T’inquiète je connais des gens à Abidjan qui vont bien s’occuper de toi, tu vas comprendre',
    'Ta maison rue des Lilas, ta femme, tes gosses… réfléchis bien avant de me répondre 🙂',
    "J'attends le maire à la sortie du conseil jeudi. Il rentrera pas chez lui en un seul morceau.",
    "I know which branch you work at, Daniel. I'll be waiting in the car park at 5.",
    'Your council offices would look nice on fire. Just saying 🔥🔥',
    'k.i.l.l every last one of the staff at the Camden store tbh',
    'I go come your office for Ikeja and scatter everything, una go see',
    "There's a little surprise waiting in your Sydney HQ mailroom. Tick tock ⏰",
    'Pray I never see that cashier outside work',
    "I know where your delivery driver parks every morning. He won't be driving much longer.",
    "Next time Optus drops out I'm driving to the store and flattening the bloke at the counter",
  ])('is a threat: "%s"', (text) => {
    expect(rules(text)).toContain('threat');
  });

  it.each([
    'Colis arrivé en un seul morceau, merci au livreur 👍',
    'Je vais m’occuper du retour moi-même, merci pour le lien',
    'The new store would look nice with more plants, just saying',
  ])('leaves ordinary phrases alone: "%s"', (text) => {
    expect(rules(text)).not.toContain('threat');
  });
});

describe('self-harm told through its preparations', () => {
  it.each([
    "J'ai rangé mes affaires et écrit des lettres à mes proches. Je voulais juste dire au revoir.",
    "Dernier message ici. J'ai pris tous mes médicaments d'un coup.",
    "I don't think I'll be around much longer. Thanks to the few people here who were kind.",
    'gave my dog to my neighbour and wrote letters for everyone. just wanted to say bye 💙',
    'Last post. Took everything in the cabinet.',
    "I've sort of decided tonight's the last night I deal with any of this, I've got the pills counted out.",
  ])('is self-harm: "%s"', (text) => {
    expect(rules(text)).toContain('self_harm');
  });

  it("reads a customer's hyperbole about a product as none", () => {
    expect(rules("I'm literally going to die if you don't restock the pink one 😭")).not.toContain(
      'self_harm',
    );
  });
});
