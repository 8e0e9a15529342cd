/**
 * What the starter charter gained in schema v10, by clause id: Belgian, Indian and Nigerian insults, disability
 * and racist slurs in the singular, explicit remarks about staff and strangers, and crises that spread (a clip all
 * over social media) or hurt a child (button batteries, anaphylaxis), and the Belgian food-safety agency. The
 * starter lists of this folder spread them, and the v10 upgrade adds them to stored starter charters
 * (lib/seed/upgrades.ts). Frozen: later additions get a list of their own.
 */
type ByLang = { fr: readonly string[]; en: readonly string[] };

export const ADDED_IN_V10 = {
  insult: {
    fr: ['baraki', 'sale baraki', 'espece de baraki'],
    en: ['chutiya', 'na mumu', 'olodo', 'doos', 'what a doos'],
  },
  hate: {
    fr: [
      'mongolien',
      'mongolienne',
      'ces mongoliens',
      'sale macaque',
      'retourne dans ta brousse',
      'retournez dans votre brousse',
    ],
    en: ['bloody abos', 'dirty abos', 'abo scum'],
  },
  sexual: {
    fr: [
      'prendre par derriere',
      'matez le cul',
      'mater son cul',
      'viens on fait l amour',
      'bien formee pour son age',
      'je lui ferais bien autre chose',
      '🍑🍑',
    ],
    en: [
      'without dress',
      'video call without clothes',
      'get her on her knees',
      'on her knees for me',
      'well developed for her age',
      'your bumbum',
      '🍑🍑',
    ],
  },
  crisis: {
    fr: ['afsca', 'partout sur twitter', 'partout sur tiktok', 'partout sur les reseaux'],
    en: [
      'all over twitter',
      'all over tiktok',
      'all over social media',
      'anaphylaxis',
      'button battery',
      'in a&e',
      'will hear about this',
      'consumer court',
      'file a case',
      'file case',
    ],
  },
} as const satisfies Record<string, ByLang>;

/** Allowed phrases gained in v10: a rhetorical question is no request for help. */
export const ALLOWED_ADDED_IN_V10 = {
  customer_care: {
    fr: ['c est moi ou', 'y a que moi qui'],
    en: ['is it just me', 'am i the only one who'],
  },
} as const satisfies Record<string, ByLang>;
