/**
 * What the starter charter gained in schema v7, by clause id: insults and sexual remarks of Swiss, Québec,
 * Irish and Nigerian comments, hateful phrases that carry no slur, food-safety and press crises. The starter
 * lists of this folder spread them, and the v7 upgrade adds them to stored starter charters (lib/seed/upgrades.ts).
 * Frozen: later additions get a list of their own.
 */
type ByLang = { fr: readonly string[]; en: readonly string[] };

export const ADDED_IN_V7 = {
  insult: {
    fr: ['bobet', 'zoba', 'bande de zoba', 'niaiseuse', 'niaiseux', 'vraie niaiseuse'],
    en: ['gobshite', 'eejit', 'ye eejit', 'werey', 'you mumu', 'this mumu', 'bloody fool', 'complete fool'],
  },
  sexual: {
    fr: [
      'j ai la trique',
      'jai la trique',
      'me donne la trique',
      'envie de les baiser',
      'son popotin',
      'la coucher ce soir',
      'fourrer ta blonde',
    ],
    en: [
      'dtf',
      'bend that model over',
      'make her scream',
      'inches of fun',
      'eat your pussy',
      'eat her pussy',
      'fancy a shag',
      'make we knack',
      'bobs and vagene',
      'show bobs',
      'her bikini pics',
    ],
  },
  hate: {
    fr: ['retournez au bled', 'retourne au bled', 'serpilliere sur la tete', 'serpillieres sur la tete'],
    en: ['hitler should have finished', 'finish what hitler started'],
  },
  crisis: {
    fr: ['ont rendu malades', 'failli s etouffer', 'bout de plastique dans'],
    en: [
      'got violently sick',
      'violently ill',
      'needs a recall',
      'liveline',
      'collapsed with him in it',
      'collapsed with her in it',
    ],
  },
} as const satisfies Record<string, ByLang>;

/** Allowed phrases gained in v7: a pudding and a shop that hold an insult. */
export const ALLOWED_ADDED_IN_V7 = {
  insult: {
    fr: [],
    en: ['spotted dick', 'dick s sporting goods', 'philip k dick'],
  },
} as const satisfies Record<string, ByLang>;
