/**
 * Harassment stated whole, which makes a finding with no other cue: a promise to follow someone everywhere
 * ("jusqu'à ce que tu supprimes ton compte", "you'll never get rid of me"), sextortion ("j'envoie tes photos à tous
 * tes abonnés"), a campaign to ruin someone's life, an obsessive watch over a person. Part of the engine's grammar;
 * the campaigns built from two cues (a crowd, then a target) are in aggression.ts and stalking.ts.
 */

const UNTIL_GONE = ['tu supprimes ton compte', 'tu quittes les reseaux', 'tu fermes ton compte'].flatMap(
  (end) => [`jusqu a ce que ${end}`, `jusqu a ce qu ${end.replace(/^tu /, 'elle ')}`],
);

export const STATED_HARASSMENT = [
  ...UNTIL_GONE,
  'until you delete your account',
  'until she deletes her account',
  'until he deletes his account',
  'until you quit',
  'of commenting until',
  'commenting until she',
  'commenting until he',
  'tu vas me voir partout',
  'vous allez me voir partout',
  'tu te debarrasseras jamais de moi',
  'tu te debarrasseras pas de moi',
  'you ll never get rid of me',
  'you will never get rid of me',
  'you can t get rid of me',
  'you cant get rid of me',
  'i ve got other accounts',
  'j ai d autres comptes',
  // Sextortion: pictures held over someone.
  'j envoie tes photos',
  'j envoie vos photos',
  'je balance tes photos',
  'je publie tes photos',
  'j envoie tes nudes',
  'je balance tes nudes',
  'send me more pics or',
  'i share the ones i already have',
  'i ll leak your',
  'leak your pics',
  'leak your nudes',
  'your nudes to',
  // A campaign to ruin a life.
  'make her life hell',
  'make his life hell',
  'make their life hell',
  'make your life hell',
  's life hell',
  'lui pourrir la vie',
  'te pourrir la vie',
  'vous pourrir la vie',
  'leur pourrir la vie',
  // Watched, and told so.
  'i can see you re online',
  'i can see youre online',
  'je vois que t es en ligne',
  'je vois que tu es en ligne',
  'je vous suis de pres',
  'je te suis de pres',
  'note i left on your car',
  'i left on your car',
  'mot sur ta voiture',
  'mot sur votre voiture',
  'see you on your shift',
  'i know which store you work',
  'i know which shop you work',
  'je sais dans quel magasin tu',
  'je sais dans quelle boutique tu',
  'coming daily to your profile',
];
