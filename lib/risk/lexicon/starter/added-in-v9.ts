/**
 * What the starter charter gained in schema v9, by clause id: Québécois and British insults, body shaming,
 * sexual remarks that ask minors for pictures or sexualise a mouth or feet, sexual, racist and insulting emoji
 * (a charter may list emoji from v9 on, see fold-chars.ts), recovery and fake-collab scams, and crises of
 * products that melted or nearly set a home on fire. The starter lists of this folder spread them, and
 * the v9 upgrade adds them to stored starter charters (lib/seed/upgrades.ts). Frozen: later additions get a list
 * of their own.
 */
type ByLang = { fr: readonly string[]; en: readonly string[] };

/** Emoji read the same in both languages: listed in both, as a term of one language only counts in it. */
const SEXUAL_EMOJI = ['🍆💦', '🍑💦', '👅💦', '🍆🍑', '👅🍑', '🍆👅'];
/** Monkeys and bananas thrown at a person: the racist abuse of football feeds. */
const DEHUMANISING_EMOJI = ['🐒🍌', '🍌🐒', '🐵🍌', '🍌🐵', '🦍🍌', '🍌🦍', '🐒🐒', '🐵🐵', '🦍🦍'];
const INSULTING_EMOJI = ['🖕', '🤡🤡'];

export const ADDED_IN_V9 = {
  insult: {
    fr: [
      'espece de cave',
      'gros cave',
      'maudit cave',
      'tabarnak de cave',
      'nez de toucan',
      ...INSULTING_EMOJI,
    ],
    en: [
      'dumb as rocks',
      'dumb as a rock',
      'face only a mother could love',
      'thumb with a wig',
      ...INSULTING_EMOJI,
    ],
  },
  hate: { fr: DEHUMANISING_EMOJI, en: DEHUMANISING_EMOJI },
  sexual: {
    fr: [
      'lecher tes pieds',
      'lecher vos pieds',
      'envoie une photo en maillot',
      'envoie moi une photo en maillot',
      'envoie une photo en bikini',
      'photo en sous vetements',
      'faite pour autre chose que parler',
      'faite pour autre chose que de parler',
      'plan a trois',
      ...SEXUAL_EMOJI,
    ],
    en: [
      'lick your feet',
      'pic in your swimsuit',
      'pic in your bikini',
      'pic in your underwear',
      'made for something other than talking',
      'great in bed',
      'threesome',
      ...SEXUAL_EMOJI,
    ],
  },
  spam: {
    fr: [
      'recuperer mes bitcoins',
      'recupere mes bitcoins',
      'recuperer mes fonds',
      'recupere mes fonds',
      'devenir ambassadrice',
      'devenir ambassadeur',
    ],
    en: [
      'recover my bitcoin',
      'recovered my bitcoin',
      'recover my funds',
      'recovered my funds',
      'want to be a brand ambassador',
      'wanna be a brand ambassador',
    ],
  },
  crisis: {
    fr: ['rappelconso', 'failli prendre feu', 'failli mettre le feu', 'chargeur a fondu', 'batterie a fondu'],
    en: [
      'bedroom on fire',
      'kitchen on fire',
      'flat on fire',
      'apartment on fire',
      'nearly caught fire',
      'almost caught fire',
      'charger melted',
      'battery melted',
    ],
  },
} as const satisfies Record<string, ByLang>;

/** Allowed phrases gained in v9: a film title. */
export const ALLOWED_ADDED_IN_V9 = {
  insult: {
    fr: ['diner de cons'],
    en: [],
  },
} as const satisfies Record<string, ByLang>;
