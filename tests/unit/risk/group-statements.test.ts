import { scan } from '../support/starter-scan';

describe('statements about a protected group', () => {
  it.each([
    'All women are complete idiots.',
    'Why is it that all Jews are so greedy?',
    'Why are Muslims so violent?',
    'Immigrants are nothing but vermin.',
    'Trans people are disgusting.',
    'muslims r terrorists',
    'black ppl are animals',
    'Disabled people should be euthanized.',
    'Trans people should be put down.',
    'Gay people deserve to be beaten.',
    'I really hate black people.',
    'I fucking hate women.',
    'Les femmes sont toutes des idiotes.',
    'Les immigrés ne sont que de la vermine.',
    'Pourquoi les juifs sont-ils tous aussi radins ?',
    'Les personnes trans sont répugnantes.',
    'Les personnes handicapées sont un fardeau.',
    'Les handicapés devraient tous être éliminés.',
    'Les homosexuels devraient être enfermés.',
    'Je vais tuer le prochain musulman que je croise.',
  ])('flags "%s" as hate', (text) => {
    const verdict = scan(text);
    expect(verdict.rules).toContain('hate');
    expect(verdict.severity).toBe('critical');
  });

  it.each([
    // Negated, or the group is not what the attribute describes.
    'Trans people are not freaks.',
    "Women aren't stupid.",
    'Immigrants are less likely to commit crimes.',
    'Muslims are the victims of terrorists too.',
    'Women are targets of violent men.',
    'Women are sick of being underpaid.',
    'Les femmes ne sont pas des idiotes.',
    'Les immigrés ne sont pas plus violents que les autres.',
    'Les musulmans sont victimes de propos haineux.',
    'Les femmes sont la cible d’hommes violents.',
    // Counter-speech and quotation.
    'Statements like "immigrants are scum" are deeply hurtful.',
    'The idea that women are inferior is outdated.',
    'Dire que les gays sont des malades est homophobe.',
    // Neutral and positive mentions.
    'Gay people should be protected by law.',
    'Women should be paid the same as men.',
    'Refugees are fleeing violent wars.',
    'Les personnes handicapées doivent être respectées.',
    'Les femmes devraient être mieux payées.',
    'Mon meilleur ami est homo.',
    'Je suis gay et fier.',
    'My dogs are so lazy today.',
    'Les chats noirs sont trop mignons.',
  ])('leaves "%s" clean', (text) => {
    expect(scan(text).severity).toBe('none');
  });

  it('does not call abuse of a group that is not protected hate', () => {
    expect(scan('Politicians are criminals.').rules).not.toContain('hate');
    expect(scan('Ces chaussures sont des déchets.').rules).not.toContain('hate');
  });

  it('reads "thieves" said of a group as hate, and said to the brand as a crisis signal', () => {
    const aboutGroup = scan('Les arabes sont des voleurs');
    expect(aboutGroup.rules).toEqual(['hate']);
    expect(scan('Vous êtes des voleurs, rendez-moi mon argent').rules).toContain('crisis');
  });
});
