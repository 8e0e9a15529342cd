/**
 * What the starter charter gained in schema v8, by clause id: sexual remarks about staff, the "great
 * replacement" without a slur, harassment that follows someone across accounts or to their employer, the
 * scams of recovery "experts", sugar daddies and fake suspensions, and crises of recalls, burns and regulators.
 * The starter lists of this folder spread them, and the v8 upgrade adds them to stored starter charters
 * (lib/seed/upgrades.ts). Frozen: later additions get a list of their own.
 */
type ByLang = { fr: readonly string[]; en: readonly string[] };

export const ADDED_IN_V8 = {
  insult: {
    fr: [],
    en: ['what a slag', 'you slag', 'dirty slag', 'little slag'],
  },
  sexual: {
    fr: [
      'la prendre sur le',
      'te prendre sur le',
      'cul d enfer',
      'beaux seins',
      'taille de soutif',
      'taille de soutien gorge',
    ],
    en: ['freak in bed', 'bra size', 'something big for you'],
  },
  hate: {
    fr: ['remigration', 'grand remplacement', 'nous remplacent', 'remplacent les vrais francais'],
    en: ['great replacement', 'are replacing us', 'replacing us one'],
  },
  harassment: {
    fr: [
      'comptes pour te suivre',
      'un raid sur sa chaine',
      'on l insulte dans le chat',
      'couche pour avoir',
      'a son patron et a sa mere',
    ],
    en: [
      'keep making accounts',
      'still be here watching you',
      'your employer will see',
      'i know you moved to',
      'do what you want with that',
      'slept her way',
      'slept his way',
    ],
  },
  spam: {
    fr: [
      'sugar daddy',
      'hacker ethique',
      'recuperer vos fonds',
      'je recupere les comptes',
      'paiement en carte cadeau',
      'liberte financiere',
    ],
    en: [
      'sugar daddy',
      'asset recovery',
      'fund recovery',
      'recovery expert',
      'peacekeeping mission',
      'account has been suspended',
      'update your billing',
      'financial freedom',
    ],
  },
  crisis: {
    fr: ['rappeler ce modele', 'brulures chimiques', 'brulure chimique', 'service de presse', 'mediateur'],
    en: [
      'recall these',
      'recall this product',
      'chemical burns',
      'chemical burn',
      'press office',
      'i m a reporter',
      'financial ombudsman',
      'ombudsman',
      'scorched the',
      'full compensation',
    ],
  },
} as const satisfies Record<string, ByLang>;
