/**
 * A complaint that went viral: the customer's own video or post about the brand, and its reach ("ma vidéo sur
 * votre service client a fait 2 millions de vues", "my video of your staff went viral, people are tagging you
 * everywhere"). "going viral" alone is also praise, and praise nearby lowers it (patterns.ts). Part of the engine's
 * grammar (lib/risk/lexicon/cues/index.ts).
 */

/** The customer's own account of what happened, or the crowd pointing at the brand. */
export const EXPOSURES = [
  'my video',
  'my vid',
  'my tiktok',
  'my post',
  'my review',
  'my thread',
  'my clip',
  'my story',
  'the video of your',
  'the clip of your',
  'ma video',
  'ma vid',
  'mon tiktok',
  'mon post',
  'mon avis',
  'mon thread',
  'ma story',
  'la video de votre',
  'la video de ton',
  'la video sur votre',
  'people are tagging you',
  'everyone is tagging you',
  'everyone s tagging you',
  'tout le monde vous tague',
  'tout le monde vous identifie',
  'that clip of your',
  'the whole of tiktok',
];

/** Its reach. "views" and "vues" count only after a number ("2.3M views", "40 000 vues"; patterns.ts). */
export const VIRAL_REACH = [
  'views',
  'vues',
  'went viral',
  'gone viral',
  'going viral',
  'is viral',
  'blowing up',
  'blew up',
  'views on tiktok',
  'views on twitter',
  'views on x',
  'tagging you everywhere',
  'est devenue virale',
  'devenue virale',
  'a fait le buzz',
  'fait le buzz',
  'fait le tour des reseaux',
  'fait le tour de tiktok',
  'de vues sur tiktok',
  'vues sur tiktok',
  'partages',
  'vous tague partout',
  'is watching how you handle',
  'whole of tiktok is watching',
];
