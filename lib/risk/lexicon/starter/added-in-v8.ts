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
      'je la mettrais bien dans mon lit',
      'chaude au lit',
      'tu suces pour combien',
      'string sous ton uniforme',
    ],
    en: [
      'freak in bed',
      'bra size',
      'something big for you',
      'pics without the',
      'anything under that dress',
      'what i d do to you',
    ],
  },
  hate: {
    fr: [
      'remigration',
      'grand remplacement',
      'nous remplacent',
      'remplacent les vrais francais',
      'renvoyez les tous en afrique',
      'renvoyez les en afrique',
    ],
    en: ['great replacement', 'are replacing us', 'replacing us one', 'should all go back to'],
  },
  harassment: {
    fr: [
      'comptes pour te suivre',
      'un raid sur sa chaine',
      'on l insulte dans le chat',
      'couche pour avoir',
      'a son patron et a sa mere',
      'je vais les envoyer a ton employeur',
      'je vous laisse la trouver',
      'je vous laisse le trouver',
      'on connait ton college',
      'creez des faux comptes',
      'j ai retrouve la plaque',
    ],
    en: [
      'keep making accounts',
      'still be here watching you',
      'your employer will see',
      'i know you moved to',
      'do what you want with that',
      'slept her way',
      'slept his way',
      'your wife is going to love',
      'screenshotting all your',
      'home address is literally',
      'post her employer',
      'post his employer',
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
      'abonnement netflix a vie',
      'promos secretes',
      'viens voir mes photos',
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
      'support team here',
      'official support here',
      'one of our winners',
      'be our brand ambassador',
      'unlock your funds',
    ],
  },
  crisis: {
    fr: [
      'rappeler ce modele',
      'brulures chimiques',
      'brulure chimique',
      'service de presse',
      'mediateur',
      'saisi la cnil',
      'la cnil',
      'notre conseil prendra contact',
      'recueillir votre reaction',
    ],
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
      'reported you to the ftc',
      'the ftc',
      'small claims court',
      'small claims',
      'product safety investigation',
      'suspending all orders',
    ],
  },
} as const satisfies Record<string, ByLang>;

/** Allowed phrases gained in v8: a film title, and a brand's own warnings and requests. */
export const ALLOWED_ADDED_IN_V8 = {
  crisis: {
    fr: ['arnaque crime et botanique'],
    en: [],
  },
  spam: {
    fr: ['nous ecrire en message prive', 'nous contacter en message prive'],
    en: ['never ask for your card details', 'never ask for your bank details'],
  },
} as const satisfies Record<string, ByLang>;
