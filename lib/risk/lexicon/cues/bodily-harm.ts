/**
 * Bodily harm promised to someone: an act on a body part that is theirs ("break his jaw", "smash your face",
 * "je lui pète les genoux", "te casser les dents"). Needs no intent before it: nobody breaks someone else's jaw
 * by accident in a comment. Only other people's bodies count ("I broke my leg", "je me suis cassé les dents sur
 * ce puzzle" stay clean), and idioms that name no body part ("break a leg", "casser les pieds") are left out.
 * Part of the engine's grammar (lib/risk/lexicon/cues/index.ts).
 */

const ACTS_EN = [
  'break',
  'smash',
  'snap',
  'bust',
  'crack',
  'cave in',
  'kick in',
  'bash in',
  'rip off',
  'knock out',
  'beat in',
  'punch in',
  'slit',
  'slash',
  'cut off',
];
const WHOSE_EN = ['his', 'her', 'your', 'ur', 'ya', 'their', 'yo'];

const ACTS_FR = [
  'pete',
  'peter',
  'peterai',
  'casse',
  'casser',
  'casserai',
  'eclate',
  'eclater',
  'eclaterai',
  'defonce',
  'defoncer',
  'defoncerai',
  'brise',
  'briser',
  'briserai',
  'explose',
  'exploser',
  'arrache',
  'arracher',
  'fracasse',
  'fracasser',
  'ouvre',
  'ouvrir',
];
/** Whom the French act is done to: "je lui pète", "te casser", "vous éclater". */
const WHOM_FR = ['lui', 'te', 't', 'leur', 'vous', 'jlui', 'jte', 'jvous'];

/** "break his", "je lui pète", "te casser". */
export const BODY_HARM_ACTS = [
  ...ACTS_EN.flatMap((act) => WHOSE_EN.map((whose) => `${act} ${whose}`)),
  ...ACTS_FR.flatMap((act) => WHOM_FR.map((whom) => `${whom} ${act}`)),
  // "casser ses dents à…": the possessive rather than the pronoun.
  ...['casser', 'peter', 'eclater', 'defoncer', 'briser'].flatMap((act) =>
    ['ses', 'tes', 'sa', 'ta', 'son', 'ton', 'leurs'].map((whose) => `${act} ${whose}`),
  ),
];

/** …then the body part, right after ("break his | jaw", "je lui pète | les genoux"). */
export const BODY_PARTS = [
  ...[
    'jaw',
    'legs',
    'leg',
    'knees',
    'kneecaps',
    'neck',
    'face',
    'skull',
    'teeth',
    'nose',
    'arms',
    'arm',
    'ribs',
    'head',
    'fingers',
    'spine',
    'throat',
    'head in',
    'face in',
    'both legs',
    'both arms',
    'both knees',
  ],
  ...['genoux', 'jambes', 'dents', 'bras', 'cotes', 'doigts', 'rotules'].flatMap((part) => [
    part,
    `les ${part}`,
    `les deux ${part}`,
  ]),
  ...['gueule', 'yeule', 'tete', 'machoire', 'gorge'].flatMap((part) => [
    part,
    `la ${part}`,
    `sa ${part}`,
    `ta ${part}`,
  ]),
  ...['crane', 'nez'].flatMap((part) => [part, `le ${part}`]),
];

/**
 * Idioms built the same way: "pas besoin de te casser la tête" (rack your brains), "te casser les dents" (fail).
 * Reflexive only: "je vais lui casser les dents" is the act itself.
 */
export const BODY_IDIOMS = ['te', 'vous', 't'].flatMap((whom) =>
  ['casse', 'casser', 'casserai'].flatMap((act) => [`${whom} ${act} la tete`, `${whom} ${act} les dents`]),
);

/**
 * Subjects that make it the listener's own body: "tu vas te casser la gueule avec ces talons", "you'll break
 * your neck on those stairs" are warnings, not threats.
 */
export const OWN_BODY_SUBJECTS = [
  'tu vas',
  'tu risques de',
  'tu vas finir par',
  'vous allez',
  'vous risquez de',
  'you ll',
  'you will',
  'u ll',
  'you re going to',
  'you re gonna',
  'you could',
  'you might',
  'you can',
  'don t',
  'dont',
];
