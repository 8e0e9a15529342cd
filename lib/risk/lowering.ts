/**
 * The cues that lower a finding: negation, reported or quoted abuse, condemnation, figures of speech, reclaimed
 * words, cheering expletives, refunds that came through, sport and games, apps or coins merely named. A lowered
 * finding stays in the explanation but counts for nothing in the verdict.
 */
import type { Category } from '../model';
import * as compile from './compile';
import type { Draft, ScanContext } from './context';
import * as context from './context';
import * as cues from './lexicon/cues';
import * as brandLowering from './lowering-brand';
import * as quotation from './quotes';

// Module-level copies: some loaders (tsx → CommonJS) compile import bindings to getters, read per scan here.
const CUE = compile.CUE;
const { crossesSentence, isNear, origStart, wordsBetween, wordsIn } = context;
const SPACE = 32;
const NEGATION_FILLERS = cues.NEGATION_FILLERS;
const EXPLETIVES = cues.EXPLETIVES;
const OTHER_SENSES = cues.OTHER_SENSES;
const SURNAMES = new Set(cues.SURNAMES);
const TITLES = new Set(cues.TITLES);
const NAME_LIKE_INSULT_LEADS = new Set(cues.NAME_LIKE_INSULT_LEADS);
const { isLoweredCare, isLoweredCrisis, isLoweredSpam } = brandLowering;
const quoteAround = quotation.quoteAround;

const NEGATABLE = new Set<Category>(['insult', 'hate', 'harassment', 'sexual', 'threat', 'self_harm']);
const REPORTABLE = new Set<Category>(['insult', 'hate', 'harassment', 'sexual', 'threat']);

/** True when a cue says the finding condemns, quotes, negates or jokes rather than commits. */
export function isLowered(ctx: ScanContext, draft: Draft, category: Category): boolean {
  if (draft.fStart < 0) return false;
  if (draft.source === 'term' && hasOtherSense(ctx, draft)) return true;
  if (category === 'crisis') return isLoweredCrisis(ctx, draft);
  if (category === 'spam') return isLoweredSpam(ctx, draft);
  if (category === 'customer_care') return isLoweredCare(ctx, draft);
  if (category === 'threat' && draft.source !== 'detector' && isAboutSport(ctx, draft)) return true;
  if (!NEGATABLE.has(category)) return false;
  const { folded } = ctx;
  // A slur stays one after a negation: "un conseiller français, pas un bougnoule".
  const negatable = !(category === 'hate' && draft.source === 'term');
  const negations = ctx.cues[CUE.negation]!;
  for (let k = 0; k < negations.size && negatable; k++) {
    const end = negations.end[k]!;
    // "I will not kill you": the negation inside the pattern; not for "… are not human", which is the attack.
    if (negations.start[k]! >= draft.fStart && end <= draft.fEnd) {
      // Not when the negation belongs to a stated phrase: "ne plus jamais me réveiller", "never walks again".
      if (
        draft.detector !== 'hate_statement' &&
        draft.source !== 'term' &&
        !isStatedPhrase(ctx, draft) &&
        !isInsideAct(ctx, negations.start[k]!, end)
      )
        return true;
      continue;
    }
    // "je te bute pas": French puts the negation after the verb.
    const after = negations.start[k]!;
    const acted = category === 'threat' || category === 'self_harm';
    if (
      acted &&
      draft.source === 'pattern' &&
      after >= draft.fEnd &&
      wordsBetween(folded, draft.fEnd, after) === 0
    )
      if (!crossesSentence(ctx, draft.fEnd, origStart(ctx, after))) return true;
    if (end > draft.fStart || wordsBetween(folded, end, draft.fStart) > 3) continue;
    if (crossesSentence(ctx, end, draft.start)) continue;
    if (wordsIn(folded, end, draft.fStart).every((w) => NEGATION_FILLERS.has(w))) return true;
  }
  if (category === 'self_harm') {
    const jokes = ctx.cues[CUE.joke]!;
    for (let k = 0; k < jokes.size; k++) {
      if (jokes.start[k]! >= draft.fEnd && wordsBetween(folded, draft.fEnd, jokes.start[k]!) <= 2)
        return true;
    }
    return false;
  }
  if (!REPORTABLE.has(category)) return false;
  if ((category === 'hate' || category === 'insult') && draft.source === 'term' && isReclaimed(ctx, draft))
    return true;
  if (category === 'insult' && draft.source === 'term' && isCheeringExpletive(ctx, draft)) return true;
  if (category === 'insult' && draft.source === 'term' && isSurname(ctx, draft)) return true;
  const reporting = ctx.cues[CUE.reporting]!;
  for (let k = 0; k < reporting.size; k++) {
    const end = reporting.end[k]!;
    if (end > draft.fStart || wordsBetween(folded, end, draft.fStart) > 6) continue;
    // "whoever wrote that caption is a moron", "come say that…": nobody is quoted.
    if (!isAfterWhoeverOrDare(ctx, reporting.start[k]!)) return true;
  }
  const condemnations = ctx.cues[CUE.condemnation]!;
  // "Les bougnoules dans vos pubs, ça suffit": after a slur, an outcry is the slur's own unless a verb of saying
  // says the slur is reported ("l'appeler bougnoule, c'est raciste").
  const slur = category === 'hate' && draft.source === 'term';
  for (let k = 0; k < condemnations.size && (!slur || ctx.cues[CUE.saying]!.size > 0); k++) {
    const start = condemnations.start[k]!;
    if (start >= draft.fEnd && wordsBetween(folded, draft.fEnd, start) <= 3) return true;
  }
  if (ctx.cues[CUE.saying]!.size === 0 && reporting.size === 0 && condemnations.size === 0) return false;
  // The words that report the quotation stand outside it: a tweet quoted whole ("\"I called my mom a bitch\"
  // lmao") reports nothing.
  const quote = quoteAround(ctx.text, draft.start, draft.end);
  return (
    quote !== null &&
    (hasCueOutside(ctx, CUE.saying, quote) ||
      hasCueOutside(ctx, CUE.reporting, quote) ||
      hasCueOutside(ctx, CUE.condemnation, quote))
  );
}

function hasCueOutside(ctx: ScanContext, cue: number, quote: { open: number; close: number }): boolean {
  const hits = ctx.cues[cue]!;
  for (let k = 0; k < hits.size; k++) {
    const start = origStart(ctx, hits.start[k]!);
    if (start < quote.open || start > quote.close) return true;
  }
  return false;
}

/**
 * Whether the word right before folded offset `start` is "whoever" or "quiconque" (the writer is insulted), or
 * "come" or "viens" ("come say that in Soweto": a dare, nobody is quoted).
 */
function isAfterWhoeverOrDare(ctx: ScanContext, start: number): boolean {
  const codes = ctx.folded.codes;
  let from = start - 1; // the space before the cue
  while (from > 0 && codes[from - 1] !== SPACE) from--;
  const word = wordsIn(ctx.folded, from, start - 1)[0];
  return word !== undefined && NOT_REPORTING.has(word);
}

const NOT_REPORTING = new Set(['whoever', 'quiconque', 'come', 'viens', 'venez']);

/** A finding that is exactly one stated threat, self-harm or harassment phrase. */
function isStatedPhrase(ctx: ScanContext, draft: Draft): boolean {
  for (const family of STATED_FAMILIES) {
    const stated = ctx.cues[family]!;
    for (let k = 0; k < stated.size; k++)
      if (stated.start[k] === draft.fStart && stated.end[k] === draft.fEnd) return true;
  }
  return false;
}

const STATED_FAMILIES = [CUE.statedThreat, CUE.statedSelfHarm, CUE.statedHarassment];

/** A negation that is part of the act itself: "dormir et pas me réveiller", "never wake up". */
function isInsideAct(ctx: ScanContext, start: number, end: number): boolean {
  for (const family of ACT_FAMILIES) {
    const acts = ctx.cues[family]!;
    for (let k = 0; k < acts.size; k++) if (acts.start[k]! <= start && acts.end[k]! >= end) return true;
  }
  return false;
}

const ACT_FAMILIES = [CUE.selfAct, CUE.violent];

/** A word (or a word of the phrase) whose ordinary sense the comment gives away elsewhere ("avocat" with "guacamole"). */
function hasOtherSense(ctx: ScanContext, draft: Draft): boolean {
  const senses = ctx.cues[CUE.otherSense]!;
  if (senses.size === 0) return false;
  const words = wordsIn(ctx.folded, draft.fStart, draft.fEnd);
  for (const word of [words.join(' '), ...words]) {
    const contexts = OTHER_SENSES[word];
    if (!contexts) continue;
    for (let k = 0; k < senses.size; k++)
      if (contexts.includes(wordsIn(ctx.folded, senses.start[k]!, senses.end[k]!).join(' '))) return true;
  }
  return false;
}

/**
 * "on va les massacrer samedi au tournoi": a match within eight words, and no person or place in the threat. A
 * threat word or a stated threat ("je vais te défoncer au prochain FIFA") only when it is the comment's one threat
 * and the game follows it in the same sentence: "we know where you live. Lose us the derby…" stays a threat.
 */
function isAboutSport(ctx: ScanContext, draft: Draft): boolean {
  const sport = ctx.cues[CUE.sport]!;
  if (sport.size === 0) return false;
  // "on vous attend à la sortie du stade avec des barres de fer": a weapon anywhere is no game.
  if (ctx.cues[CUE.weapon]!.size > 0) return false;
  for (const family of [CUE.target, CUE.bodyPart]) {
    const named = ctx.cues[family]!;
    for (let k = 0; k < named.size; k++)
      if (named.start[k]! >= draft.fStart && named.end[k]! <= draft.fEnd) return false;
  }
  const said = draft.source === 'term' || isStatedPhrase(ctx, draft);
  if (said && hasOtherThreat(ctx, draft)) return false;
  for (let k = 0; k < sport.size; k++) {
    const start = sport.start[k]!;
    if (!said) {
      if (isNear(ctx, draft, start, sport.end[k]!, 8)) return true;
    } else if (
      start >= draft.fEnd &&
      wordsBetween(ctx.folded, draft.fEnd, start) <= 3 &&
      !crossesSentence(ctx, draft.fEnd, origStart(ctx, start))
    )
      return true;
  }
  return false;
}

/** Whether the comment holds a threat besides `draft` (one that does not overlap it). */
function hasOtherThreat(ctx: ScanContext, draft: Draft): boolean {
  for (const other of ctx.drafts)
    if (
      ctx.compiled.clauses[other.clause]!.category === 'threat' &&
      (other.end <= draft.start || other.start >= draft.end)
    )
      return true;
  return false;
}

/**
 * An expletive ("putain", "holy shit") with praise within four words, before or after it, or right beside a match
 * or a game ("putain de match").
 */
function isCheeringExpletive(ctx: ScanContext, draft: Draft): boolean {
  const praise = ctx.cues[CUE.praise]!;
  if (praise.size === 0 && ctx.cues[CUE.sport]!.size === 0) return false;
  const { folded } = ctx;
  if (!EXPLETIVES.has(wordsIn(folded, draft.fStart, draft.fEnd).join(' '))) return false;
  for (let k = 0; k < praise.size; k++) {
    const start = praise.start[k]!;
    const end = praise.end[k]!;
    if (isNear(ctx, draft, start, end, 4)) return true;
  }
  const sport = ctx.cues[CUE.sport]!;
  for (let k = 0; k < sport.size; k++) if (isNear(ctx, draft, sport.start[k]!, sport.end[k]!, 0)) return true;
  return false;
}

/**
 * "Merci à Mme Conard pour son accueil", "Bernard Conard, chef de rayon": one of the surnames that are also insults,
 * capitalised, right after a title or a first name. "M. Connard" is no one's name: a nickname, still an insult.
 */
function isSurname(ctx: ScanContext, draft: Draft): boolean {
  const { text } = ctx;
  const first = text.charCodeAt(draft.start);
  if (first < 65 || first > 90) return false;
  if (!SURNAMES.has(wordsIn(ctx.folded, draft.fStart, draft.fEnd).join(' '))) return false;
  if (text.slice(draft.start + 1, draft.end) !== text.slice(draft.start + 1, draft.end).toLowerCase())
    return false;
  const before = /(?:^|[\s(])(\p{Lu}\p{Ll}*)\.? $/u.exec(
    text.slice(Math.max(0, draft.start - 16), draft.start),
  );
  if (before === null) return false;
  // After a title or a first name ("Mme Conard", "Bernard Conard"); not after a capitalised insult ("Sale Conard").
  return (
    TITLES.has(before[1]!) || (before[1]!.length > 2 && !NAME_LIKE_INSULT_LEADS.has(before[1]!.toLowerCase()))
  );
}

/** A slur (or, for insults, a word like "idiot") the speaker uses of themselves: a reclaiming cue just before it (a word may stand between), or after it. */
function isReclaimed(ctx: ScanContext, draft: Draft): boolean {
  const { folded } = ctx;
  const before = ctx.cues[CUE.reclaimBefore]!;
  for (let k = 0; k < before.size; k++) {
    const end = before.end[k]!;
    if (end <= draft.fStart && wordsBetween(folded, end, draft.fStart) <= 1) return true;
  }
  const after = ctx.cues[CUE.reclaimAfter]!;
  for (let k = 0; k < after.size; k++) {
    const start = after.start[k]!;
    if (start >= draft.fEnd && wordsBetween(folded, draft.fEnd, start) === 0) return true;
  }
  return false;
}
