import { lowered, rules, spansOf } from '../support/starter-scan';

describe('counter-speech that quotes the insult it condemns', () => {
  it.each([
    'Quelqu\'un plus haut a traité la CM de "connasse". Franchement c\'est indigne, elle fait juste son boulot',
    'Someone above called the CM a "stupid b*tch". Not okay. She\'s been answering us all night, show some respect.',
  ])('is lowered: "%s"', (text) => {
    expect(rules(text)).not.toContain('insult');
    expect(lowered(text)).toContain('insult');
  });

  it('lowers a negated insult of a team', () => {
    expect(rules('Rough night for the lads but no need to call them idiots, they gave everything')).toEqual(
      [],
    );
  });
});

describe('pursuit of the community manager', () => {
  it.each([
    '@Julie_CM je vais commenter chacune de tes publications jusqu’à ce que tu démissionnes. Tous les jours.',
    '@Priya_CM you muted me so I made 6 new accounts. You’ll be seeing me under every post for months 🙂',
    'Emma I’ve screenshotted every reply you’ve ever made. Gonna post one a day with your full name until HR notices 🙂',
    'hey @Tom_support, blocked me on X? found your Insta and your Facebook too. can’t hide from me 😘',
    'On a trouvé le LinkedIn du stagiaire qui a fait la pub, allez tous lui dire ce que vous en pensez 👇',
  ])('is harassment: "%s"', (text) => {
    expect(rules(text)).toContain('harassment');
  });

  it.each([
    'Taguer la marque sous chaque post ne sert à rien les gars, envoyez plutôt un mail au service conso',
    'Tu vas me répondre oui ou non ? 😂 (à mon frère qui m’a toujours pas rendu ma manette)',
  ])('leaves fans talking among themselves alone: "%s"', (text) => {
    expect(rules(text)).not.toContain('harassment');
  });
});

describe('threats without a weapon word', () => {
  it.each([
    'Si mon fils reste une nuit de plus à l’hôpital, le patron de la laiterie ne verra pas la fin du mois',
    'On connaît la plaque de la voiture du directeur d’agence. Il a intérêt à regarder sous sa voiture le matin.',
    'I know where your regional manager parks. Monday morning he gets what’s coming.',
    'Your Auckland office has nice glass doors. Shame if a brick went through them tonight.',
    'gonna k!ll the next gate agent who tells me to be patient',
    'i’ll stаb the next security guy who touches me at that store',
  ])('is a threat: "%s"', (text) => {
    expect(rules(text)).toContain('threat');
  });

  it('leaves a fan’s sport banter alone', () => {
    expect(rules('On va les écraser samedi, le Stade Rennais va prendre cher 💪')).not.toContain('threat');
  });
});

describe('hostile statements about groups', () => {
  it.each([
    'the Jews own every bank so no surprise they froze our accounts on a Friday',
    'Of course the app crashed, you replaced your engineers with cheap Indians who can’t code',
    'Go back to Nigeria, nobody wants your kind running customer support in London',
    'Normal que l’appli plante, vous avez embauché que des Arabes au service client',
  ])('is hate: "%s"', (text) => {
    expect(rules(text)).toContain('hate');
  });

  it('does not read a group named in passing as hate', () => {
    expect(rules('y’a que des rebeus chez moi ce soir, on regarde le match')).not.toContain('hate');
  });
});

describe('self-harm told through its preparations', () => {
  it.each([
    'Been saving up my sleeping tablets for a week. I’ve got enough now.',
    'Updated my will and left the dog with my sister. Thanks for nothing, your support team.',
    'my family would be better off with the insurance money than with me',
    'J’ai mis de côté toutes mes boîtes de somnifères, ce soir c’est fini',
    'Je suis un poids pour tout le monde, bientôt vous serez débarrassés de moi',
  ])('is self-harm: "%s"', (text) => {
    expect(rules(text)).toContain('self_harm');
  });
});

describe('identity numbers in their printed forms', () => {
  it('finds a Swiss AVS number and a Belgian national number', () => {
    expect(spansOf('Numéro AVS 756.4821.3390.13, votre agent me le demande', 'personal_data')).toEqual([
      '756.4821.3390.13',
    ]);
    expect(spansOf('Mon numéro national 85.07.30-033.28, demandé au tel', 'personal_data')).toEqual([
      '85.07.30-033.28',
    ]);
  });
});

describe('questions and crises of a product recall', () => {
  it('reads a customer asking whether their model is recalled as care, no crisis of its own', () => {
    expect(rules('Is the PowerBrick 30W part of the recall or just the 65W? bought mine in Jan')).toContain(
      'customer_care',
    );
  });

  it.each([
    'The wheel popped off your toy tractor and my 2yo had it in his mouth. Small parts, 12m+ on the box. Recall it.',
    'Filed with the ACCC this morning. Taking money for a service you never delivered is illegal.',
    'That clip of your gate agent shoving a pensioner is on 3M views. The whole of TikTok is watching how you handle this 👀',
  ])('is a crisis: "%s"', (text) => {
    expect(rules(text)).toContain('crisis');
  });
});
