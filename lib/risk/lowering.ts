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

// Module-level copies: some loaders (tsx → CommonJS) compile import bindings to getters, read per scan here.
const CUE = compile.CUE;
const { crossesSentence, origStart, wordsBetween, wordsIn } = context;
const SPACE = 32;
const NEGATION_FILLERS = cues.NEGATION_FILLERS;
const EXPLETIVES = cues.EXPLETIVES;
const REFUND_WORDS = cues.REFUND_WORDS;
const SCAM_WORDS = cues.SCAM_WORDS;
const OTHER_SENSES = cues.OTHER_SENSES;
const NAMED_ONLY_SPAM = cues.NAMED_ONLY_SPAM;

const NEGATABLE = new Set<Category>(['insult', 'hate', 'harassment', 'sexual', 'threat', 'self_harm']);
const REPORTABLE = new Set<Category>(['insult', 'hate', 'harassment', 'sexual', 'threat']);

/** True when a cue says the finding condemns, quotes, negates or jokes rather than commits. */
export function isLowered(ctx: ScanContext, draft: Draft, category: Category): boolean {
  if (draft.fStart < 0) return false;
  if (draft.source === 'term' && hasOtherSense(ctx, draft)) return true;
  if (category === 'crisis')
    return (
      draft.source === 'term' &&
      (isSettledRefund(ctx, draft) || isDoubtedScam(ctx, draft) || isWarningAboutScammers(ctx, draft))
    );
  if (category === 'spam')
    return (draft.source === 'term' && isOnlyNamed(ctx, draft)) || isQuotedScam(ctx, draft);
  if (category === 'customer_care')
    return draft.source === 'term' ? isThanks(ctx, draft) || isSatisfied(ctx, draft) : isAdmiringWhere(ctx, draft);
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
      if (draft.detector !== 'hate_statement' && draft.source !== 'term' && !isStatedPhrase(ctx, draft))
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
  const reporting = ctx.cues[CUE.reporting]!;
  for (let k = 0; k < reporting.size; k++) {
    const end = reporting.end[k]!;
    if (end > draft.fStart || wordsBetween(folded, end, draft.fStart) > 6) continue;
    // "whoever wrote that caption is a moron": the writer is the one insulted, nobody is quoted.
    if (!isAfterWhoever(ctx, reporting.start[k]!)) return true;
  }
  const condemnations = ctx.cues[CUE.condemnation]!;
  // "Les bougnoules dans vos pubs, ça suffit": after a slur, an outcry is the slur's own unless a verb of saying
  // says the slur is reported ("l'appeler bougnoule, c'est raciste").
  const slur = category === 'hate' && draft.source === 'term';
  for (let k = 0; k < condemnations.size && (!slur || ctx.cues[CUE.saying]!.size > 0); k++) {
    const start = condemnations.start[k]!;
    if (start >= draft.fEnd && wordsBetween(folded, draft.fEnd, start) <= 3) return true;
  }
  const quotable = ctx.cues[CUE.saying]!.size > 0 || reporting.size > 0 || condemnations.size > 0;
  return quotable && isQuoted(ctx.text, draft.start, draft.end);
}

/** Whether the word right before folded offset `start` is "whoever" or "quiconque". */
function isAfterWhoever(ctx: ScanContext, start: number): boolean {
  const codes = ctx.folded.codes;
  let from = start - 1; // the space before the cue
  while (from > 0 && codes[from - 1] !== SPACE) from--;
  const word = wordsIn(ctx.folded, from, start - 1)[0];
  return word === 'whoever' || word === 'quiconque';
}

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

/** Whether the cue [start, end) stands within `words` words before or after the draft. */
function isNear(ctx: ScanContext, draft: Draft, start: number, end: number, words: number): boolean {
  const { folded } = ctx;
  if (start >= draft.fEnd) return wordsBetween(folded, draft.fEnd, start) <= words;
  return end <= draft.fStart && wordsBetween(folded, end, draft.fStart) <= words;
}

/** A refund word with a settled or calm cue within five words that nothing unsettles ("jamais reçu", "haven't received"). */
function isSettledRefund(ctx: ScanContext, draft: Draft): boolean {
  const settled = ctx.cues[CUE.refundSettled]!;
  if (settled.size === 0) return false;
  const { folded } = ctx;
  if (!REFUND_WORDS.has(wordsIn(folded, draft.fStart, draft.fEnd).join(' '))) return false;
  const negations = ctx.cues[CUE.refundUnsettled]!;
  for (let k = 0; k < settled.size; k++) {
    const start = settled.start[k]!;
    const end = settled.end[k]!;
    if (!isNear(ctx, draft, start, end, 5)) continue;
    let negated = false;
    for (let j = 0; j < negations.size && !negated; j++)
      negated = negations.end[j]! <= start && wordsBetween(folded, negations.end[j]!, start) <= 2;
    if (!negated) return true;
  }
  return false;
}

/** Detectors whose finding is evidence of spam beside a named app or coin: a way to pay or be contacted. */
const SPAM_EVIDENCE = new Set(['phone', 'email', 'link', 'offplatform', 'iban', 'card']);

/**
 * "Vous avez un WhatsApp officiel ?", "Bitcoin fell again": an app, a coin or a contest named (NAMED_ONLY_SPAM)
 * with no other spam finding, no named word of another kind, no contact, link, money or bank detail, and no
 * handle right after it ("on Telegram @recovery_pro").
 */
function isOnlyNamed(ctx: ScanContext, draft: Draft): boolean {
  const kind = NAMED_ONLY_SPAM.get(wordsIn(ctx.folded, draft.fStart, draft.fEnd).join(' '));
  if (kind === undefined || ctx.money > 0) return false;
  if (hasHandleAfter(ctx.text, draft.end) || isInHandle(ctx.text, draft.start) || isAskedFor(ctx, draft))
    return false;
  const { clauses } = ctx.compiled;
  for (const other of ctx.drafts) {
    if (other.detector !== undefined && SPAM_EVIDENCE.has(other.detector)) return false;
    if (other.source !== 'term' || clauses[other.clause]!.category !== 'spam') continue;
    if (NAMED_ONLY_SPAM.get(wordsIn(ctx.folded, other.fStart, other.fEnd).join(' ')) !== kind) return false;
  }
  return true;
}

/** Inside an "@handle" ("@crypto_mike_fx"): a way to be contacted. */
function isInHandle(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && /[\p{L}\p{N}_.]/u.test(text[k]!)) k--;
  return k >= 0 && text[k] === '@';
}

/** Where to write or what to join, right before the app: "contacte-moi sur WhatsApp", "join my Telegram". */
const CONTACT_ME_ON = new Set(
  (
    'moi sur,moi par,lui sur,nous sur,me on,me via,him on,her on,us on,' +
    'join my,join our,rejoins mon,rejoins ma,rejoins notre,rejoignez mon,rejoignez ma,rejoignez notre'
  ).split(','),
);

/**
 * Whether the two words before the named app are one of CONTACT_ME_ON, or a word to write or call stands a few
 * words before "sur", "on" or "via" right before it ("contactez Mme Sophie sur WhatsApp").
 */
function isAskedFor(ctx: ScanContext, draft: Draft): boolean {
  const { folded } = ctx;
  let from = draft.fStart - 1;
  for (let spaces = 0; from > 0; from--) if (folded.codes[from - 1] === SPACE && ++spaces === 4) break;
  const before = wordsIn(folded, Math.max(0, from), draft.fStart);
  if (CONTACT_ME_ON.has(before.slice(-2).join(' '))) return true;
  return ON.has(before.at(-1) ?? '') && before.some((word) => CONTACT_VERBS.has(word));
}

const ON = new Set(['sur', 'on', 'via', 'par']);
const CONTACT_VERBS = new Set(
  'contacte contactez contacter ecris ecrivez ecrire appelle appelez contact message text write call add ajoute ajoutez'.split(
    ' ',
  ),
);

/** An "@handle" within a few characters after `end` ("Telegram @x", "Telegram : @x"). */
function hasHandleAfter(text: string, end: number): boolean {
  const at = text.indexOf('@', end);
  return at >= 0 && at - end <= 4 && at + 1 < text.length && /[\p{L}\p{N}_]/u.test(text[at + 1]!);
}

/** "pas une arnaque", "not a scam at all", "je croyais à une arnaque": a scam word right after a doubt. */
function isDoubtedScam(ctx: ScanContext, draft: Draft): boolean {
  const doubts = ctx.cues[CUE.scamDoubt]!;
  if (doubts.size === 0) return false;
  if (!SCAM_WORDS.has(wordsIn(ctx.folded, draft.fStart, draft.fEnd).join(' '))) return false;
  for (let k = 0; k < doubts.size; k++)
    if (doubts.end[k]! <= draft.fStart && wordsBetween(ctx.folded, doubts.end[k]!, draft.fStart) === 0)
      return true;
  return false;
}

/**
 * "Anyone replying 'DM me on Telegram' under this post is a scammer": a scam quoted to warn about it. The spam inside
 * quotes, with a word naming scams or scammers, or a verb of saying, in the comment.
 */
function isQuotedScam(ctx: ScanContext, draft: Draft): boolean {
  const warned = ctx.cues[CUE.saying]!.size > 0 || ctx.cues[CUE.reporting]!.size > 0 || namesScams(ctx);
  return warned && isQuoted(ctx.text, draft.start, draft.end);
}

/** "… c'est des arnaqueurs": the scammers are those the comment quotes, not the brand. */
function isWarningAboutScammers(ctx: ScanContext, draft: Draft): boolean {
  let quotedSpam = false;
  for (const other of ctx.drafts)
    if (
      ctx.compiled.clauses[other.clause]!.category === 'spam' &&
      isQuoted(ctx.text, other.start, other.end)
    ) {
      quotedSpam = true;
      break;
    }
  return quotedSpam && isScamWord(ctx, draft);
}

function namesScams(ctx: ScanContext): boolean {
  for (const other of ctx.drafts) if (other.source === 'term' && isScamWord(ctx, other)) return true;
  return false;
}

function isScamWord(ctx: ScanContext, draft: Draft): boolean {
  const words = wordsIn(ctx.folded, draft.fStart, draft.fEnd).join(' ');
  return SCAM_WORDS.has(words) || SCAMMERS.has(words);
}

const SCAMMERS = new Set([
  'arnaqueur',
  'arnaqueurs',
  'arnaqueuse',
  'escroc',
  'escrocs',
  'scammer',
  'scammers',
]);

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

/**
 * "Merci à Sarah du service client", "thanks Dan from customer service": a team thanked, not a customer needing
 * help (no need for help nor question in the comment).
 */
function isThanks(ctx: ScanContext, draft: Draft): boolean {
  const praise = ctx.cues[CUE.praise]!;
  if (praise.size === 0 || ctx.cues[CUE.careNeed]!.size > 0 || ctx.text.includes('?')) return false;
  for (let k = 0; k < praise.size; k++) {
    const end = praise.end[k]!;
    if (!THANKS.has(wordsIn(ctx.folded, praise.start[k]!, end).join(' '))) continue;
    // "Merci de me répondre" asks for something.
    const next = wordsIn(ctx.folded, end, Math.min(ctx.folded.length, end + 4))[0];
    if (next !== 'de' && next !== 'd' && isNear(ctx, draft, praise.start[k]!, end, 4)) return true;
  }
  return false;
}

const THANKS = new Set(['merci', 'thanks', 'thank you']);

/** A care word near a problem told as solved (SATISFIED), with no question, need nor negation anywhere. */
function isSatisfied(ctx: ScanContext, draft: Draft): boolean {
  const satisfied = ctx.cues[CUE.satisfied]!;
  if (satisfied.size === 0 || ctx.cues[CUE.careNeed]!.size > 0 || ctx.cues[CUE.negation]!.size > 0) return false;
  if (ctx.text.includes('?') || BUT.test(ctx.text)) return false;
  for (let k = 0; k < satisfied.size; k++)
    if (isNear(ctx, draft, satisfied.start[k]!, satisfied.end[k]!, 6)) return true;
  return false;
}

/** "Sorted in minutes, but now my refund is missing": a turn says the story goes on. */
const BUT = /\b(?:but|mais|however|cependant|sauf que|except)\b/i;

/** "Magnifique photo, c'est où ?", "Where was this taken? Gorgeous": a place asked about with praise needs no care. */
function isAdmiringWhere(ctx: ScanContext, draft: Draft): boolean {
  if (ctx.cues[CUE.praise]!.size === 0 || ctx.cues[CUE.careNeed]!.size > 0) return false;
  return WHERE.has(wordsIn(ctx.folded, draft.fStart, draft.fEnd).join(' '));
}

const WHERE = new Set([
  'where',
  'where was',
  'where is this',
  'where s this',
  'c est ou',
  'ou c est',
  'c etait ou',
]);

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

/**
 * Inside quotation marks on the same line ("…", « … », 'x' hugging the word, or a 'quoted phrase' whose single
 * quotes stand apart from words, so that an apostrophe in "l'arabe" or "don't" is never read as one).
 */
function isQuoted(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  if ((before === APOSTROPHE || before === LEFT_SINGLE) && (after === APOSTROPHE || after === RIGHT_SINGLE))
    return true;
  let open = 0;
  for (let k = start - 1; k >= Math.max(0, start - 120); k--) {
    const c = text.charCodeAt(k);
    if (c === NEWLINE) break;
    if (isQuoteMark(c)) {
      open = DOUBLE;
      break;
    }
    if (isSingleQuote(c) && !isWordChar(text.charCodeAt(k - 1))) {
      open = SINGLE;
      break;
    }
  }
  if (open === 0) return false;
  for (let k = end; k < Math.min(text.length, end + 120); k++) {
    const c = text.charCodeAt(k);
    if (c === NEWLINE) return false;
    if (open === DOUBLE ? isQuoteMark(c) : isSingleQuote(c) && !isWordChar(text.charCodeAt(k + 1)))
      return true;
  }
  return false;
}

const DOUBLE = 1;
const SINGLE = 2;

function isSingleQuote(c: number): boolean {
  return c === APOSTROPHE || c === LEFT_SINGLE || c === RIGHT_SINGLE;
}

/** A letter or digit (any script), on which an apostrophe leans: "l'arabe", "don't". NaN (out of range) is not. */
function isWordChar(c: number): boolean {
  if (Number.isNaN(c)) return false;
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}

const APOSTROPHE = 0x27;
const LEFT_SINGLE = 0x2018;
const RIGHT_SINGLE = 0x2019;
const NEWLINE = 10;

/** One of QUOTES, by code: this runs over up to 240 characters per finding. */
function isQuoteMark(c: number): boolean {
  return c === 0x22 || (c >= 0x201c && c <= 0x201f) || c === 0xab || c === 0xbb;
}
