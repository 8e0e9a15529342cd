import { lowered, rules } from '../support/starter-scan';

describe('distress said indirectly', () => {
  it.each([
    'J’ai mis de côté toutes mes boîtes de médocs, ce week-end j’en finis',
    'Si je disparais demain personne le remarquera de toute façon',
    'moi je veux juste plus exister 🥀🖤',
    'Je suis tellement tired of everything, j’ai plus envie d’être là du tout',
    "I've been saving up my pills. This weekend I'm done.",
    'this debt is crushing me, I don’t see a way out except not being here anymore',
    'i don’t wanna be alive anymore 🥀',
    'Nobody would notice if I disappeared, so why keep trying',
  ])('reads "%s" as self-harm', (text) => {
    expect(rules(text)).toContain('self_harm');
  });

  it.each([
    'J’en finis avec ce dossier ce soir, promis',
    'I was an idiot and ordered the wrong size 🤦 can I swap it?',
  ])('leaves "%s" without self-harm nor insult', (text) => {
    expect(rules(text)).not.toContain('self_harm');
    expect(rules(text)).not.toContain('insult');
  });
});

describe('threats and campaigns against staff', () => {
  it.each([
    ['Le livreur, si je le croise, je lui casse les dents', 'threat'],
    ['Tu supprimes encore mon com et je t’égorge', 'threat'],
    ['La prochaine fois je ramène un couteau et on verra si la caissière rigole encore', 'threat'],
    ['Would be a shame if your warehouse caught fire tonight 🔥', 'threat'],
    ['Tell the manager to check under his car before he drives home', 'threat'],
    ['Tout le monde va signaler le compte de @marie_lpt, elle mérite pas d’être là', 'harassment'],
    ['Post her employer in the replies, let’s get her fired', 'harassment'],
    ['Keep reporting her account until it’s gone, boys. Raid at 9pm.', 'harassment'],
  ])('flags "%s" as %s', (text, rule) => {
    expect(rules(text)).toContain(rule);
  });

  it.each([
    'Tu vas te casser les dents sur ce puzzle 1000 pièces',
    'Je te suis depuis le début, ta chaîne m’a tout appris 🙏',
    'Keep up the good work, let’s get this to 10k followers',
  ])('leaves "%s" alone', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('hostile statements about a group', () => {
  it.each([
    '@Carrefour arrêtez d’embaucher des migrants, ils n’ont rien à faire chez nous',
    'Les juifs contrôlent toutes ces marques, réveillez-vous',
    'Les femmes au volant, aucune cervelle 🤣 #pubvoiture',
    'disabled people are a drain on society, why is one in your ad',
  ])('reads "%s" as hate', (text) => {
    expect(rules(text)).toContain('hate');
  });
});

describe('a brand’s own words', () => {
  it.each([
    'Bonjour, pouvez-vous nous écrire en message privé avec votre numéro de commande ? 🙂 Léa',
    'Reminder: we’ll never ask for your card details in DMs. Report any account pretending to be us 🙏',
  ])('are not spam: "%s"', (text) => {
    expect(rules(text)).not.toContain('spam');
  });

  it('reads a film title as no crisis, and a regulator seized as one', () => {
    expect(rules('J’ai revu « Arnaque, crime et botanique » hier soir, toujours aussi culte 😂')).toEqual([]);
    expect(rules('C’est fait, 5 fois. EDIT : j’ai saisi la CNIL pour la fuite de mes données.')).toContain(
      'crisis',
    );
  });

  it('asks for help when a customer asks about opening hours or a colour', () => {
    expect(rules('Vous ouvrez le dimanche à Lille ?')).toContain('customer_care');
    expect(rules('@AmericanAir my bag didn’t make the connection in DFW, who do I talk to?')).toContain(
      'customer_care',
    );
  });

  it('keeps what it lowered in the explanation', () => {
    expect(lowered('I was such an idiot, ordered two of the same hoodie')).toContain('insult');
  });
});
