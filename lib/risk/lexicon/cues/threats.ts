/**
 * Threats that the intent-then-act pattern of aggression.ts cannot list one by one: an act against the
 * brand's staff or places ("I'll punch that security guard", "je vais buter le livreur", "someone should burn
 * this store"), coming armed, and threats that need no intent before them. Part of the engine's grammar.
 */
import { ROUGH_FR, VIOLENT_EN, VIOLENT_FR } from './aggression';
import { PLACES_EN, PLACES_FR, STAFF_EN, STAFF_FR } from './targets';

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
  ...VIOLENT_EN,
  'shoot',
  ...WRECK_EN,
  ...VIOLENT_FR,
  ...ROUGH_FR.filter((verb) => verb !== 'retrouver'),
  ...WRECK_FR,
];

/** Whom or what a threat against a brand aims at. */
export const TARGETS = [...STAFF_EN, ...STAFF_FR, ...PLACES_EN, ...PLACES_FR];

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

/** Turning up somewhere… */
export const ARRIVALS = [
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
  'my piece',
  'my strap',
  'my gun',
  'tout cramer',
  'tout bruler',
  'tout saccager',
  'arme jusqu aux dents',
  'armed to the teeth',
];

/** Kitchen and pocket knives, which a customer may well bring to a shop: not weapons. */
export const TOOLS = ['a pain', 'de cuisine', 'a beurre', 'suisse', 'a huitres', 'a fromage', 'de poche'].map(
  (use) => `avec un couteau ${use}`,
);

/** Threats that need no intent before them. */
export const STATED_THREATS = [
  'watch what happens to',
  'see what happens to',
  'wait and see what happens to',
  'ce qui va leur arriver',
  'ce qui va lui arriver',
  'ce qui va vous arriver',
  'ce qui va arriver a',
  'ce qui vous attend',
  'what s coming to you',
  'what s coming for you',
  'you ll get what s coming',
  'je vous attends a la sortie',
  'on vous attend a la sortie',
  'followed you home',
  'followed her home',
  'followed him home',
  'follow you home',
  'follow her home',
  'follow him home',
  'je te suis depuis',
  'je la suis depuis',
  'je le suis depuis',
  'suivi jusque chez',
  'suivie jusque chez',
  'suivi jusqu chez',
  'suivie jusqu chez',
  'il est mort quand je',
  'elle est morte quand je',
  't es mort quand je',
  'you re dead when i',
  'he s dead when i',
  'she s dead when i',
  'je te bute',
  'je te tue',
  'je te plante',
  'je te egorge',
  'je te refais le portrait',
  'je te casse la gueule',
  'je te pete la gueule',
  'je te defonce',
  'je te eclate la tete',
  'je te creve',
  'je lui bute',
  'je lui tue',
  'je lui plante',
  'je lui egorge',
  'je lui refais le portrait',
  'je lui casse la gueule',
  'je lui pete la gueule',
  'je lui defonce',
  'je lui eclate la tete',
  'je lui creve',
  'je vous bute',
  'je vous tue',
  'je vous plante',
  'je vous egorge',
  'je vous refais le portrait',
  'je vous casse la gueule',
  'je vous pete la gueule',
  'je vous defonce',
  'je vous eclate la tete',
  'je vous creve',
  'je le bute',
  'je le egorge',
  'je la bute',
  'je la egorge',
  'je les bute',
  'je les egorge',
  'on te bute',
  'on te tue',
  'on te plante',
  'on te egorge',
  'on te refais le portrait',
  'on te casse la gueule',
  'on te pete la gueule',
  'on te defonce',
  'on te eclate la tete',
  'on te creve',
  'on lui bute',
  'on lui tue',
  'on lui plante',
  'on lui egorge',
  'on lui refais le portrait',
  'on lui casse la gueule',
  'on lui pete la gueule',
  'on lui defonce',
  'on lui eclate la tete',
  'on lui creve',
  'on vous bute',
  'on vous tue',
  'on vous plante',
  'on vous egorge',
  'on vous refais le portrait',
  'on vous casse la gueule',
  'on vous pete la gueule',
  'on vous defonce',
  'on vous eclate la tete',
  'on vous creve',
  'on le bute',
  'on le egorge',
  'on la bute',
  'on la egorge',
  'on les bute',
  'on les egorge',
  'tu vas voir ce qui arrive a',
  'vous allez voir ce qui arrive a',
  'fais gaffe en rentrant',
  'faites gaffe en rentrant',
  'fais attention en rentrant',
  'l attends a la sortie',
  'les attends a la sortie',
  'watch yourself on the way home',
  'better pray i don t catch',
  'better pray i dont catch',
  'eating through a straw',
  'won t be standing by',
  'wont be standing by',
];
