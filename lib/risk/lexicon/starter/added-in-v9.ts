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
      'esti de cave',
      'estie de cave',
      'nez de toucan',
      'une incapable',
      'des clochards',
      'bande de clochards',
      ...INSULTING_EMOJI,
    ],
    en: [
      'dumb as rocks',
      'dumb as a rock',
      'face only a mother could love',
      'thumb with a wig',
      'most useless person',
      'absolute fannies',
      'bunch of fannies',
      'proper doos',
      ...INSULTING_EMOJI,
    ],
  },
  hate: {
    fr: ['macaques', 'racaille arabe', ...DEHUMANISING_EMOJI],
    en: [
      'chamar',
      'chamars',
      'kaffir',
      'kaffirs',
      'batty bwoy',
      'batty man',
      'chi chi man',
      ...DEHUMANISING_EMOJI,
    ],
  },
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
      'qu elle me suce',
      'tu suces pour',
      'montre nous tes seins',
      'elle est bien formee',
      'tu dois bien sucer',
      'tenue legere exigee',
      'filme toi en string',
      'lecherais partout',
      'photo a poil',
      'videos hot sans censure',
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
      'rock hard',
      'bend the cashier over',
      'ruin her all night',
      'lick every inch',
      'she looks ready',
      'make i knack',
      'fuckable',
      'in my hotel room first',
      'tutorial topless',
      'mi wah ride it',
      'wanna sext',
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
      'marabout puissant',
      'grand marabout',
      'marabout africain',
      'retour de l etre aime',
      'retour affectif',
    ],
    en: [
      'recover my bitcoin',
      'recovered my bitcoin',
      'recover my funds',
      'recovered my funds',
      'want to be a brand ambassador',
      'wanna be a brand ambassador',
      'dm our official support',
      'for an instant refund',
      'consignment box',
      'i am a us soldier',
      'message me on hangouts',
      'your login and password',
      'send us your password',
    ],
  },
  crisis: {
    fr: [
      'rappelconso',
      'failli prendre feu',
      'failli mettre le feu',
      'chargeur a fondu',
      'batterie a fondu',
      'protection du consommateur',
      'arcep',
      'y a t il un rappel',
    ],
    en: [
      'bedroom on fire',
      'kitchen on fire',
      'flat on fire',
      'apartment on fire',
      'nearly caught fire',
      'almost caught fire',
      'charger melted',
      'battery melted',
      'room on fire',
      'nearly set my',
      'almost set my',
      'ofgem',
      'ofcom',
      'the ombud',
      'is there a recall',
    ],
  },
} as const satisfies Record<string, ByLang>;

/** Allowed phrases gained in v9: titles (films, shows), slang praise, and help asked to choose a product. */
export const ALLOWED_ADDED_IN_V9 = {
  insult: {
    fr: ['diner de cons', 'guignols de l info', 'les guignols'],
    en: ['stupid good', 'dumb money', 'dick whittington'],
  },
  crisis: {
    fr: ['film l arnaque'],
    en: ['scam free'],
  },
  customer_care: {
    fr: ['aidez moi a choisir', 'aide moi a choisir', 'aidez moi a me decider'],
    en: ['help me choose', 'help me pick', 'help me decide'],
  },
} as const satisfies Record<string, ByLang>;
