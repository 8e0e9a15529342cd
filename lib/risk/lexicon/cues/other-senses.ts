/**
 * Words with an ordinary sense that the context gives away: "mon avocat était parfait" next to "guacamole" is
 * the fruit, "ma chatte vient d'avoir des chatons" is the cat, "on va les massacrer samedi" at the stadium is a
 * match. Part of the engine's grammar (lib/risk/lexicon/cues/index.ts).
 */

/** A word of a clause's list, and the words anywhere in the comment that show its ordinary sense. */
export const OTHER_SENSES: Readonly<Record<string, readonly string[]>> = {
  avocat: [
    'guacamole',
    'mur',
    'toast',
    'tartine',
    'salade',
    'noyau',
    'recette',
    'avocats murs',
    'presse agrumes',
  ],
  avocats: ['guacamole', 'murs', 'toast', 'salade', 'noyau', 'recette'],
  chatte: [
    'chatons',
    'chaton',
    'griffoir',
    'griffoirs',
    'croquettes',
    'litiere',
    'veto',
    'veterinaire',
    'miaule',
    'ronronne',
    'portee',
    'sterilisee',
    'pattee',
  ],
  intoxication: ['bien cuire', 'cuire', 'cuisson', 'a coeur', 'pour eviter', 'conseils', 'astuce'],
  'food poisoning': ['to avoid', 'avoid', 'tips', 'cook it through', 'how to prevent'],
  // Hot food that burns (a compliment), a battery that dies.
  'm a brule': ['piquant', 'piquante', 'epice', 'epicee', 'pimente', 'harissa', 'sauce piquante'],
  'burned my': ['spicy', 'hot sauce', 'wings', 'chili', 'chilli', 'jalapeno', 'peppers', 'curry'],
  suicidal: ['battery', 'my phone', 'printer', 'wifi', 'laptop'],
  clown: ['costume', 'halloween', 'cirque', 'circus', 'deguisement', 'la pub', 'kids range'],
  // Bread: "les bâtards et les ficelles".
  batards: ['baguettes', 'ficelles', 'boulangerie', 'pain', 'pains'],
  // A boycott of plastic, a campaign against scams: the brand is praised, not threatened.
  boycott: [
    'plastique',
    'plastiques',
    'plastic',
    'pailles',
    'straws',
    'single use',
    'usage unique',
    // History: "le boycott des JO de Moscou", "the Montgomery bus boycott".
    'jo',
    'olympics',
    'olympiques',
    'montgomery',
    'history',
    'histoire',
    'documentaire',
    'documentary',
    'essay',
    'apartheid',
  ],
  plaintes: ['chat', 'chien', 'miaule', 'miaulements'],
  andouille: ['guemene', 'vire', 'charcuterie', 'saucisse', 'regal', 'patates', 'lentilles'],
  scam: ['awareness', 'prevention', 'don t click', 'never click'],
  scams: ['awareness', 'prevention', 'don t click', 'never click'],
  arnaques: [
    'prevention contre',
    'sensibilisation',
    'campagne de prevention',
    'ne cliquez pas',
    'ne cliquez jamais',
  ],
};

/**
 * Sport, where "on va les massacrer", "we'll destroy them" and "kill it" are about a match.
 * Not "foot" ("sets foot on our street"), "final" ("final warning") nor "score" ("settle the score").
 */
export const SPORT = [
  'match',
  'matchs',
  'tournoi',
  'le foot',
  'au foot',
  'match de foot',
  'finale',
  'demi finale',
  'velodrome',
  'stade',
  'allez l om',
  'allez les bleus',
  'championnat',
  'derby',
  'tournament',
  'semi final',
  'the final',
  'playoffs',
  'stadium',
  'the match',
  'kick off',
  'kickoff',
  // Video games: "je vais te défoncer au prochain FIFA" is a challenge.
  'fifa',
  'fortnite',
  'warzone',
  'valorant',
  'mario kart',
  'en ranked',
  'in ranked',
  '1v1',
  'next game',
  'la prochaine partie',
  'headshot',
  'gg',
  'respawn',
  'killcam',
  'noob',
  'one shot',
];
