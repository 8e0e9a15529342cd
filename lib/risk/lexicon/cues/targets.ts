/**
 * Who and what a threat against a brand aims at: its staff, named by their job ("the delivery guy", "la
 * caissière", "le CM"), and its places. Part of the engine's grammar (lib/risk/lexicon/cues/index.ts).
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
  'boss',
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
];
const DETERMINERS_EN = ['the', 'that', 'this', 'your', 'ur', 'ya', 'those', 'these', 'all your'];

/** Someone who works for the brand, as a threat would name them. */
export const STAFF_EN = DETERMINERS_EN.flatMap((det) => STAFF_ROLES_EN.map((role) => `${det} ${role}`));

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

/** The same in French: "le livreur", "votre caissière", "vos employés". */
export const STAFF_FR = [
  ...['le', 'la', 'l', 'ce', 'cette', 'cet', 'votre', 'ton', 'ta'].flatMap((det) =>
    STAFF_ROLES_FR.map((role) => `${det} ${role}`),
  ),
  ...['les', 'vos', 'tes', 'ces', 'tous vos', 'tous les'].flatMap((det) =>
    STAFF_PLURALS_FR.map((role) => `${det} ${role}`),
  ),
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
];

/** The brand's places (and a few others a threat names), with their determiner. */
export const PLACES_EN = [
  ...['your', 'ur', 'the', 'this', 'that', 'every', 'all your'].flatMap((det) =>
    PLACE_NOUNS_EN.map((place) => `${det} ${place}`),
  ),
  'the mosque',
  'the synagogue',
  'the church',
  'every mosque',
  'that mosque',
  'their mosque',
  'that synagogue',
  'every synagogue',
  'every church',
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

export const PLACES_FR = [
  ...['votre', 'ta', 'ton', 'le', 'la', 'l', 'ce', 'cette'].flatMap((det) =>
    PLACE_NOUNS_FR.map((place) => `${det} ${place}`),
  ),
  ...['vos', 'tes', 'les', 'tous vos', 'toutes vos'].flatMap((det) =>
    PLACE_PLURALS_FR.map((place) => `${det} ${place}`),
  ),
  'la mosquee',
  'leur mosquee',
  'cette mosquee',
  'la synagogue',
  'leur synagogue',
  'l eglise',
];
