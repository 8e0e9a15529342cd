/**
 * What the starter charter gained in schema v11, by clause id: Antillean and Nigerian insults, a Traveller slur,
 * racist jibes about food and headscarves, sexism sent back to the kitchen, sexual solicitation and remarks to staff,
 * burns from an exploding product, consumer bodies of Belgium and Australia. The starter lists of this folder spread them, and the v11 upgrade adds them to stored
 * starter charters (lib/seed/upgrades.ts). Frozen: later additions get a list of their own.
 */
type ByLang = { fr: readonly string[]; en: readonly string[] };

export const ADDED_IN_V11 = {
  insult: {
    fr: ['kouyon', 'kouyons', 'bande de kouyons'],
    en: ['you people are mumu', 'are mumu', 'pillock', 'complete pillock'],
  },
  hate: {
    fr: [
      'retournez a la cuisine',
      'les femmes a la cuisine',
      'torchons sur la tete',
      'torchon sur la tete',
      'on est plus chez nous',
      'rentrez en afrique',
      'retourne en afrique',
      'reubes',
      'sale reube',
    ],
    en: [
      'gypo',
      'gypos',
      'curry smelling',
      'women belong in the kitchen',
      'back in the kitchen',
      'keep those people out of sight',
      'keep them out of sight',
      'nobody wants your kind',
      'your kind',
      'people like that are a burden',
      'your lot ruin everything',
    ],
  },
  sexual: {
    fr: [
      'photos hot',
      'mes photos hot',
      'videos hot',
      'je lui ferais bien des trucs',
      'lui ferais des trucs',
    ],
    en: [
      'hot singles',
      'how much for a night with',
      'combien pour une nuit avec',
      'send your nude',
      'send your nude pic',
      'nude pic',
      'i wan knack',
      'knack am',
      'watch her in the showers',
      'i d root her',
      'root her any day',
      'bend that air hostess over',
      'what i d do with that',
      'making me hard',
      'tie me up in the',
      'make you moan',
      'an ass i d grab',
      'pic of you in the shower',
      'keep her up all night',
      'what are you wearing rn',
      'what r u wearing',
      'a proper freak',
      'freak in the sheets',
    ],
  },
  crisis: {
    fr: [
      'test achats',
      'a ete saisie',
      's est etouffe avec',
      'retire de la vente immediatement',
      'doit etre retire de la vente',
      'brulures au second degre',
      'brulure au second degre',
      'brulures au 2e degre',
    ],
    en: [
      'consumer affairs',
      'second degree burns',
      'third degree burns',
      'exploded and',
      'investigating you',
      'filed with the accc',
      'complaint lodged with',
      'i want compensation',
      'recall it',
      'small parts',
      'choked on the',
      'solicitor involved',
      'investigation into you',
    ],
  },
} as const satisfies Record<string, ByLang>;

/**
 * Allowed phrases gained in v11: a customer writing to the brand in private is no spam; a famous safety campaign,
 * a wine, a film quote and a customer calling themselves a fool are no insult; a Brighton street is no slur.
 */
export const ALLOWED_ADDED_IN_V11 = {
  spam: {
    fr: [
      'je vous ecris en mp',
      'je vous ecris en dm',
      'je vous envoie un mp',
      'je vous ai envoye un mp',
      'je vous ai ecrit en mp',
      'je vous contacte en mp',
    ],
    en: ['i ve sent you a dm', 'sent you a dm with my order', 'i ll send you a dm with my order'],
  },
  insult: {
    fr: [
      'quel con je suis',
      'quelle conne je suis',
      'que je suis con',
      'que je suis conne',
      'les cons ca ose tout',
    ],
    en: ['dumb ways to die', 'fat bastard chardonnay', 'fat bastard wine', 'dumb and dumber'],
  },
  hate: {
    fr: [],
    en: ['dyke road'],
  },
} as const satisfies Record<string, ByLang>;
