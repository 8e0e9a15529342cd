/**
 * A child described sexually: a minor (an age under 18, or a word for a child) within a few words of a sexualising
 * remark ("that 13 yr old in the ad is hot af", "great body for 11", "une gamine de 12 ans bien foutue"). Neither
 * half is sexual content alone, so neither is a clause term. Part of the engine's grammar
 * (lib/risk/lexicon/cues/index.ts).
 */

const AGES = Array.from({ length: 17 }, (_, k) => String(k + 1));

/** How an age is written after its number, in English ("13 yr old", "13yo", "13-year-old") and French. */
const AGE_FORMS_EN = [
  ' year old',
  ' year olds',
  '-year-old',
  ' years old',
  ' yr old',
  ' yrs old',
  ' yo',
  'yo',
  ' y o',
  ' y/o',
];

/** Only after "de", "à" or "que" ("une fille de 13 ans", "à 12 ans", "elle a que 14 ans"): "depuis 13 ans" is a span. */
const AGE_FORMS_FR = [' ans', 'ans', ' piges', ' balais'];
const AGE_LEADS_FR = ['de ', 'a ', 'que ', 'qu a '];

/** Someone's age stated outright: "she's 13", "he is 15". */
const STATED_AGE_LEADS = ['she s ', 'shes ', 'she is ', 'he s ', 'hes ', 'he is ', 'aged ', 'only '];

/** Also an age, but only right after the remark: "great body for 11" ("for 11 euros" is a price). */
export const FOR_AGE_LEAD = 'for ';

/** After "for 11", words that make it a price or a span of time. */
export const AMOUNT_UNITS = [
  'euro',
  'euros',
  'eur',
  'quid',
  'pound',
  'pounds',
  'bucks',
  'dollars',
  'usd',
  'gbp',
  'k',
  'percent',
  'pc',
  'min',
  'mins',
  'minutes',
  'hours',
  'hrs',
  'days',
  'weeks',
  'months',
  'years',
  'yrs',
  'items',
  'pieces',
  'people',
];

/** Words for a child or a teenager. No plain "kid" or "enfant": "the kids think your ad is sexy" is a parent. */
const MINOR_WORDS = [
  'little girl',
  'little girls',
  'little boy',
  'school girl',
  'schoolgirl',
  'schoolgirls',
  'underage',
  'under age',
  'a minor',
  'preteen',
  'pre teen',
  'tween',
  'middle schooler',
  'in middle school',
  'in 7th grade',
  'in 8th grade',
  'fillette',
  'fillettes',
  'gamine',
  'gamines',
  'une petite de',
  'collegienne',
  'collegiennes',
  'au college',
  'en 6eme',
  'en 5eme',
  'en 4eme',
  'ecoliere',
  'ecolieres',
  'mineure',
  'mineures',
  'une mineure',
  'adolescente',
  'une ado',
  'la petite de',
  'kid in your',
  'kid in the',
  'kids in your',
  'kids in the',
  'girl in your back to school',
  'girls in your back to school',
];

export const MINORS: readonly string[] = [
  ...AGES.flatMap((age) => AGE_FORMS_EN.map((form) => age + form)),
  ...AGES.flatMap((age) => AGE_LEADS_FR.flatMap((lead) => AGE_FORMS_FR.map((form) => lead + age + form))),
  ...AGES.flatMap((age) => STATED_AGE_LEADS.map((lead) => lead + age)),
  ...AGES.map((age) => FOR_AGE_LEAD + age),
  ...MINOR_WORDS,
];

/**
 * Remarks that make a person a sexual object. Only forms about a person: "so hot" is also the weather, "bonne" also
 * good at maths (see ASIDE_AFTER).
 */
export const SEXUALISING = [
  'sexy',
  'so sexy',
  'hot af',
  'hot asf',
  'hottie',
  'shes hot',
  'she s hot',
  'she is hot',
  'she s so hot',
  'shes so hot',
  'is hot af',
  'looks hot',
  'looking hot',
  'lookin hot',
  'smoking hot',
  'smokin hot',
  'thicc',
  'thick af',
  'great body',
  'nice body',
  'hot body',
  'banging body',
  'bangin body',
  'rocking body',
  'body is banging',
  'nice legs',
  'nice ass',
  'nice tits',
  'nice boobs',
  'fine af',
  'fine as hell',
  'would smash',
  'i d smash',
  'id smash',
  'would bang',
  'i d bang',
  'i d hit that',
  'id hit that',
  'would hit that',
  'wifey material',
  'send pics',
  'send me pics',
  'send nudes',
  'nudes',
  'her snap',
  'her snapchat',
  'fuckable',
  'well developed',
  'mature for her age',
  'turns me on',
  'turned on',
  'bandante',
  'bandant',
  'je bande',
  'elle est bonne',
  'trop bonne',
  'grave bonne',
  'bien foutue',
  'bien roulee',
  'bien formee',
  'bien gaulee',
  'jolies formes',
  'belles formes',
  'elle est chaude',
  'chaudasse',
  'bonnasse',
  'je la baise',
  'je la baiserais',
  'je la prendrais',
  'je me la ferais',
  'je me la tape',
  'je me la taperais',
  'elle est canon',
  'trop canon',
  'quelle bombe',
  'une bombe',
  'beau cul',
  'joli cul',
  'belles fesses',
  'ses seins',
  'ses fesses',
  'envoie des photos',
  'envoie moi des photos',
  'son snap',
  'excitante',
  'm excite',
  'bien bonne',
  'bien bonnes',
  'trop bonnes',
  'sont bonnes',
  'deja des formes',
  'elle a des formes',
  'a deja des formes',
  'des formes miam',
  'in a couple years',
  'in a couple of years',
  'in a few years',
  'will be legal',
  'be legal soon',
  'legal in',
  'bientot majeure',
  'majeure dans',
];

/**
 * After these remarks, a word that turns them into a skill, a place or the weather: "bonne en maths", "trop canon
 * au foot", "hot in this coat".
 */
export const ASIDE_AFTER: Readonly<Record<string, readonly string[]>> = {
  bonne: ['en', 'a', 'au', 'aux', 'pour', 'dans', 'nouvelle', 'journee', 'soiree', 'annee'],
  canon: ['en', 'a', 'au', 'aux', 'pour', 'dans'],
  chaude: ['en', 'a', 'au', 'aux', 'pour', 'dans', 'avec', 'sous'],
  hot: ['in', 'at', 'with', 'under', 'outside', 'today'],
  bombe: ['de', 'd', 'a', 'atomique', 'lacrymogene'],
};

/** Before an age, words that make it the speaker's own child or past self: "my 13 year old thinks your ad is sexy". */
export const OWN_BEFORE_AGE = [
  'my',
  'ma',
  'mon',
  'mes',
  'our',
  'notre',
  'nos',
  'was',
  'were',
  'avais',
  'etais',
];

/** After an age, words that make it the speaker's past self: "à 13 ans je trouvais ce chanteur sexy". */
export const OWN_AFTER_AGE = ['j', 'je', 'i'];

/** Between a minor and a remark, verbs that make the minor the one who judges: "les ados de 15 ans trouvent ce mec sexy". */
export const MINOR_JUDGING = [
  'think',
  'thinks',
  'thought',
  'find',
  'finds',
  'found',
  'say',
  'says',
  'said',
  'call',
  'calls',
  'love',
  'loves',
  'like',
  'likes',
  'want',
  'wants',
  'trouve',
  'trouvent',
  'trouvait',
  'trouvaient',
  'disent',
  'dit',
  'adore',
  'adorent',
  'veut',
  'veulent',
  'kiffe',
  'kiffent',
];
