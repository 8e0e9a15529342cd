/**
 * Who and what a threat against a brand aims at: its staff, named by their job ("the delivery guy", "la
 * caissière", "le CM"), and its places. Part of the engine's grammar (lib/risk/lexicon/cues/index.ts).
 * Only the nouns are listed: the determiners before them ("that", "your", "tous vos") are checked word by
 * word, which keeps the matcher a quarter smaller than listing every "determiner noun" pair.
 */

const STAFF_ROLES_EN = [
  'driver',
  'delivery guy',
  'delivery driver',
  'delivery man',
  'courier',
  'cashier',
  'security guard',
  'guard',
  'manager',
  'store manager',
  'cm',
  'community manager',
  'social media guy',
  'social media girl',
  'social media manager',
  'admin',
  'intern',
  'ceo',
  'owner',
  'waiter',
  'waitress',
  'employee',
  'employees',
  'staff',
  'workers',
  'guy',
  'girl',
  'woman',
  'clerk',
  'salesman',
  'saleswoman',
  'customer service guy',
  'customer service girl',
  'bloke at the counter',
  'guy at the counter',
  'bloke behind the counter',
  'guy behind the counter',
  'girl at the counter',
  'lady at the counter',
  'person at the counter',
  'gate agent',
  'security guy',
  'security guys',
  'train driver',
  'bus driver',
  'ticket inspector',
  'regional manager',
];

const STAFF_ROLES_FR = [
  'livreur',
  'livreuse',
  'gerant',
  'gerante',
  'caissier',
  'caissiere',
  'vendeur',
  'vendeuse',
  'vigile',
  'agent de securite',
  'cm',
  'community manager',
  'stagiaire',
  'patron',
  'patronne',
  'pdg',
  'directeur',
  'directrice',
  'serveur',
  'serveuse',
  'conseiller',
  'conseillere',
  'responsable',
  'mec',
  'meuf',
  'type',
  'mec a la caisse',
  'gars a la caisse',
  'mec au comptoir',
  'gars au comptoir',
  'meuf a la caisse',
];
const STAFF_PLURALS_FR = [
  'employes',
  'salaries',
  'vendeurs',
  'livreurs',
  'caissieres',
  'caissiers',
  'conseillers',
];

const PLACE_NOUNS_EN = [
  'store',
  'stores',
  'shop',
  'shops',
  'warehouse',
  'office',
  'offices',
  'headquarters',
  'hq',
  'factory',
  'restaurant',
  'restaurants',
  'place',
  'house',
  'car',
  'building',
  'depot',
  'bus depot',
  'glass doors',
];

const PLACE_NOUNS_FR = [
  'magasin',
  'boutique',
  'entrepot',
  'agence',
  'siege',
  'usine',
  'restaurant',
  'resto',
  'voiture',
  'maison',
  'bureau',
];
const PLACE_PLURALS_FR = [
  'magasins',
  'boutiques',
  'locaux',
  'bureaux',
  'restaurants',
  'restos',
  'usines',
  'agences',
];

const PLACES_OF_WORSHIP = ['mosque', 'synagogue', 'church', 'mosquee', 'eglise'];

/** Someone named by a deed: "someone should shoot whoever approved this ad". */
const NAMED_BY_DEED = ['whoever', 'quiconque', 'the person who', 'the guy who', 'celui qui', 'celle qui'];

/** Staff and places, by their nouns alone. */
export const TARGETS = [
  ...STAFF_ROLES_EN,
  ...STAFF_ROLES_FR,
  ...STAFF_PLURALS_FR,
  ...PLACE_NOUNS_EN,
  ...PLACE_NOUNS_FR,
  ...PLACE_PLURALS_FR,
  ...PLACES_OF_WORSHIP,
  ...NAMED_BY_DEED,
];

/** The words that may stand before a target: "that security guard", "tous vos magasins", "leur mosquée". */
export const TARGET_DETERMINERS = new Set(
  (
    'the that this your ur ya those these all every their ' +
    'le la l ce cette cet votre ton ta les vos tes ces tous toutes leur leurs prochain prochaine next'
  ).split(' '),
);
