import { scan } from '../support/starter-scan';

/** Aggression in French chats between teenagers: sms spellings, "ta mère", body shaming, exclusion, fights. */
describe('French teenage chats', () => {
  it.each([
    ['insult', 'sa race'],
    ['insult', 'jte baise ta mère'],
    ['insult', 'ta mère la grosse'],
    ['insult', 'ta mère est tellement grosse qu’elle a son propre code postal'],
    ['insult', 'sale baleine'],
    ['insult', 'grosse truie'],
    ['insult', 'yo mama so fat she broke the scale'],
    ['harassment', 't moche'],
    ['harassment', 't trop moche mdr'],
    ['harassment', 'tes trop nulle'],
    ['harassment', 'personne ne veut de toi ici'],
    ['harassment', 'dégage du groupe personne veut de toi'],
    ['harassment', 'on veut plus de toi dans le groupe'],
    ['harassment', "t'as pas d'amis"],
    ['harassment', 'tout le monde se moque de toi'],
    ['harassment', 'tu devrais te tuer'],
    ['harassment', 'tu ressembles à rien'],
    ['harassment', 'Nobody wants you here.'],
    ['threat', 'je vais te casser les dents'],
    ['threat', 'tu vas te faire démonter'],
    ['threat', 'jvais te démonter'],
    ['threat', 'on va tous te taper demain'],
    ['threat', 'jte defonce'],
    ['threat', 'on va te régler ton compte'],
  ])('%s: "%s"', (rule, text) => {
    expect(scan(text).rules).toContain(rule);
  });

  it.each([
    'ta mère m’a dit de te rappeler',
    'ta mère est trop gentille',
    'tes grosses baskets sont stylées',
    'la grosse baleine à bosse était magnifique',
    'une grosse dinde pour Noël',
    'des boules de graisse pour les oiseaux',
    'un gros tas de linge',
    'la race de mon chien c’est berger allemand',
    'je vais me taper une bonne série',
    'je vais taper mon exposé ce soir',
    'on va les exploser au foot',
    'Omega-3 fatty acids are good for you.',
    'Nobody loves you more than your mum.',
  ])('leaves "%s" clean', (text) => {
    expect(scan(text).severity).toBe('none');
  });
});
