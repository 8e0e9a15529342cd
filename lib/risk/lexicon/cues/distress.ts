/**
 * Self-harm told as a fact rather than a wish ("I burn myself with cigarettes", "j'ai écrit des lettres à ma
 * famille"): no intent-then-act pair to find. Part of the engine's grammar (lib/risk/lexicon/cues/index.ts).
 */
export const STATED_SELF_HARM = [
  'i burn myself',
  'i ve been burning myself',
  'i ve been cutting',
  'i still cut',
  'letters to my family',
  'letters to my kids',
  'letters to my parents',
  'my goodbye letter',
  'my goodbye letters',
  'my suicide letter',
  'lettres a ma famille',
  'lettres pour ma famille',
  'lettres a mes enfants',
  'lettres a mes parents',
  'ma lettre d adieu',
  'mes lettres d adieu',
  'mes derniers mots',
  'my last words',
  'je me brule avec',
  'je me coupe les veines',
  'je m ouvre les veines',
  'je me taillade',
  'je me frappe la tete contre',
];
