/**
 * Threats that the intent-then-act pattern of aggression.ts cannot list one by one: an act against the
 * brand's staff or places ("I'll punch that security guard", "je vais buter le livreur", "someone should burn
 * this store"), told in the present, and coming armed. Threats stated whole are in stated-threats.ts. Part of the
 * engine's grammar.
 */
import { ROUGH_FR, VIOLENT_EN, VIOLENT_FR } from './aggression';

/** Setting fire to or wrecking a place. */
const WRECK_EN = ['burn', 'burn down', 'torch', 'set fire to', 'smash up', 'trash', 'blow up', 'firebomb'];
const WRECK_FR = [
  'bruler',
  'cramer',
  'mettre le feu a',
  'foutre le feu a',
  'incendier',
  'saccager',
  'faire sauter',
  'exploser',
];

/**
 * Verbs of harm that, after an intent ("I'll", "je vais", "someone should") and right before a target, make a
 * threat. "retrouver" is left out: "je vais retrouver le livreur" is a customer looking for their parcel.
 */
export const HARM_VERBS = [
  'egorger',
  'shoot up',
  'foutre le feu a',
  'foute le feu a',
  'mettre le feu a',
  'mette le feu a',
  ...VIOLENT_EN,
  'shoot',
  // Only ever before a person or a place here: "beat the manager", "glass the bouncer" (UK and Australian slang).
  'beat',
  'glass',
  'bottle',
  'deck',
  'smash',
  ...WRECK_EN,
  ...VIOLENT_FR,
  ...ROUGH_FR.filter((verb) => verb !== 'retrouver'),
  ...WRECK_FR,
];

/** The act told in the present, which in French says the plan ("si j'ai pas mon remboursement je crame l'entrepôt"). */
export const HARM_NOW = ['je', 'on', 'j vais', 'jvais'].flatMap((subject) =>
  [
    'crame',
    'brule',
    'fous le feu a',
    'fout le feu a',
    'mets le feu a',
    'met le feu a',
    'fais sauter',
    'fait sauter',
    'saccage',
    'bute',
    'tue',
    'tabasse',
    'defonce',
    'plante',
    'egorge',
  ].map((verb) => `${subject} ${verb}`),
);

/**
 * The English plan in the present: "if my refund isn't here by Friday I'm torching your shop", "I'm driving to
 * the store and flattening the bloke at the counter".
 */
export const HARM_NOW_EN = ['i m', 'im', 'we re', 'were', 'and'].flatMap((subject) =>
  [
    'torching',
    'burning down',
    'burning',
    'smashing up',
    'trashing',
    'shooting up',
    'blowing up',
    'stabbing',
    'shooting',
    'punching',
    'flattening',
  ].map((verb) => `${subject} ${verb}`),
);

/** Turning up somewhere… */
export const ARRIVALS = [
  'je ramene',
  'j ramene',
  'je reviens avec',
  'i m waiting for him',
  'waiting for him outside',
  'waiting for you outside',
  'je debarque',
  'on debarque',
  'je vais debarquer',
  'on va debarquer',
  'je viens',
  'on vient',
  'je vais venir',
  'on va venir',
  'je passe',
  'on passe',
  'je vais passer',
  'on va passer',
  'je reviens',
  'je reviendrai',
  'i ll come',
  'i ll come back',
  'i ll show up',
  'i m showing up',
  'i m coming',
  'im coming',
  'we re coming',
  'i ll be there',
  'i ll be back',
  'we ll be there',
  'i ll pay a visit',
  'i ll visit',
  'i m bringing',
  'im bringing',
  'i ll bring',
  'bringing my',
  'je ramene',
  'je vais ramener',
  'je serai devant',
  'i ll drive down',
  'i ll come down',
  'je l attends',
  'je t attends',
  'je vous attends',
  'i ll be waiting',
  'je passerai te voir',
  'je passerai la voir',
  'i ll wait for you',
  'i ll be waiting outside',
  'je t attendrai',
  'je l attendrai',
  'on viendra',
  'je m en viens',
  'i ll be outside',
  'waiting outside',
  'je serai la',
  'i will come',
  'i will be there',
  'i will show up',
  'i will visit',
  'i ll be waiting with',
  'une petite surprise dans',
  'surprise dans votre',
  'petite surprise dans',
];

/** …armed. */
export const WEAPONS = [
  ...['avec une', 'avec ma'].flatMap((det) =>
    ['batte', 'batte de baseball', 'arme', 'barre de fer', 'hache', 'machette', 'kalach'].map(
      (w) => `${det} ${w}`,
    ),
  ),
  ...['avec un', 'avec mon'].flatMap((det) =>
    ['couteau', 'flingue', 'fusil', 'pistolet', 'gun'].map((w) => `${det} ${w}`),
  ),
  ...['with a', 'with my', 'with an'].flatMap((det) =>
    ['bat', 'baseball bat', 'knife', 'gun', 'machete', 'axe', 'crowbar', 'rifle', 'shotgun', 'weapon'].map(
      (w) => `${det} ${w}`,
    ),
  ),
  // "I'll bring a bat to the Brixton branch": after an arrival only.
  ...['a bat', 'a baseball bat', 'a machete', 'a crowbar', 'a shotgun', 'a knife', 'a gun'],
  'my piece',
  'un bidon d essence',
  'un jerrican d essence',
  'un cocktail molotov',
  'le fusil',
  'the shotgun',
  'my strap',
  'my gun',
  'tout cramer',
  'tout bruler',
  'tout saccager',
  'arme jusqu aux dents',
  'armed to the teeth',
  'armes',
  'armed',
  'tooled up',
  'je casse tout',
  'tout casser',
  'casser tout',
  'smash every',
  'smash everything',
  'smash the place',
  'wreck the place',
  'burn it down',
  'burn the place down',
  'set it on fire',
  'with a hurley',
  'with my hurley',
  'with a panga',
  'with my panga',
  'with a cricket bat',
  'with a golf club',
  'fait boum',
  'go boom',
  'goes boom',
  'avec un gourdin',
  'avec une matraque',
  'barres de fer',
  'des barres',
  'iron bars',
  'an iron bar',
  'des battes',
  'battes de baseball',
];

/** Kitchen and pocket knives, which a customer may well bring to a shop: not weapons. */
export const TOOLS = [
  ...['a pain', 'de cuisine', 'a beurre', 'suisse', 'a huitres', 'a fromage', 'de poche'].map(
    (use) => `avec un couteau ${use}`,
  ),
  // "je viens armé de patience".
  'arme de',
  'armes de',
  'armed with',
];
