import { lowered, rules, spansOf } from '../support/starter-scan';

describe('a child or teenager described sexually', () => {
  it.each([
    ['that 13 yr old in the ad is hot af', '13 yr old in the ad is hot af'],
    ['the 14yo in the video is fine af ngl', '14yo in the video is fine af'],
    ['great body for 11, more pics', 'great body for 11'],
    [
      "The girl in this back-to-school ad can't be more than 13 and she's already hot 😍",
      "more than 13 and she's already hot",
    ],
    ["she's 15 and sexy af 🥵", "she's 15 and sexy"],
    ['une gamine de 12 ans bien foutue comme ça 🥵', 'gamine de 12 ans bien foutue'],
    ['elle a que 14 ans et elle est déjà bien formée', 'que 14 ans et elle est déjà bien formée'],
    ['la petite collégienne de la pub est trop bandante', 'collégienne de la pub est trop bandante'],
    [
      'La petite de 12 ans dans votre pub de maillots de bain est trop sexy',
      'La petite de 12 ans dans votre pub de maillots de bain est trop sexy',
    ],
  ])('marks the minor and the remark about them: "%s"', (text, marked) => {
    expect(rules(text)).toContain('sexual');
    expect(spansOf(text, 'sexual')).toContain(marked);
  });

  it.each([
    'My 13 year old thinks your new ad is sexy, she wants the jacket',
    'ma fille de 12 ans est trop bonne en maths grâce à vos cahiers',
    'à 13 ans je trouvais ce chanteur sexy, nostalgie',
    'Client depuis 13 ans, votre nouvelle pub est sexy',
    'Les ados de 15 ans trouvent ce mec sexy, bien joué le casting',
    'Great body for 11 euros, this lotion is a steal',
    'My 12 year old gets so hot in this coat, do you have a lighter one?',
  ])('leaves a parent, a memory, a span of years, a price or the weather alone: "%s"', (text) => {
    expect(rules(text)).not.toContain('sexual');
  });

  it('lowers the remark when the comment condemns it or denies it', () => {
    expect(lowered('stop sexualising a 13 year old, calling her sexy is disgusting')).toContain('sexual');
    expect(rules("He's 12, he is not sexy, what is wrong with you")).not.toContain('sexual');
  });
});
