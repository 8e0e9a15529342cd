/**
 * Frequent words that tell French from English, and words that are ordinary in the other language.
 * Part of the engine's grammar (lib/risk/lexicon/cues/index.ts), not the brand's words: not user-editable.
 */

/** Frequent words that tell French from English (ambiguous ones such as "a", "on", "me" left out). */
export const STOPWORDS_FR = (
  'le la les de des du un une et est pas je tu il elle nous vous ils elles que qui quoi ce cette ces mon mes tes ' +
  'ses dans sur avec mais donc ne tres c j qu au aux ca suis sont ont fait faire comme tout tous bien merci ' +
  'bonjour oui rien quand comment pourquoi parce vraiment trop aussi encore deja jamais toujours chez sans ' +
  'apres avant ici voila alors moi toi lui leur leurs etre avoir peut faut veux va vais mdr ptdr wesh bah ' +
  'votre vos notre nos cet quel quelle etait sais fais dit ai y'
).split(' ');

export const STOPWORDS_EN = (
  'the and is are was were you your i it this that to of in for with have has had not what so my he she they ' +
  'we them his her be been do does did don can will would should just if at from by all about how when where ' +
  'why who there their out up get got like know one no yes now want love good really im u ur lol go going ' +
  'gonna people because than then some any more time make see think only very much also here too an its ' +
  're ll ve isn didn doesn'
).split(' ');

/** English words that are French charter terms: those terms only count in French text. */
export const COLLIDE_EN = [
  'con',
  'cons',
  'bite',
  'bites',
  'mongol',
  'mongols',
  'sale',
  'sales',
  'pine',
  'tg',
];
/** French words that are English charter terms: those terms only count in English text. */
export const COLLIDE_FR = [
  'retard',
  'retards',
  'retarde',
  'retardes',
  'tard',
  'fat',
  'cum',
  'dates',
  // "il est homo" is plain colloquial French.
  'homo',
  'homos',
];
