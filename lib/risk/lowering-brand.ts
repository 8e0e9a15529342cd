/**
 * The lowering cues of the brand's own clauses: a refund that came through, a scam doubted or warned about, an
 * app or coin merely named, a team thanked, a problem told as solved. The cues of abuse are in lowering.ts.
 */
import * as compile from './compile';
import type { Draft, ScanContext } from './context';
import * as context from './context';
import * as cues from './lexicon/cues';
import * as quotation from './quotes';

// Module-level copies: some loaders (tsx → CommonJS) compile import bindings to getters, read per scan here.
const CUE = compile.CUE;
const { isNear, wordsBetween, wordsIn } = context;
const isQuoted = quotation.isQuoted;
const SPACE = 32;
const REFUND_WORDS = cues.REFUND_WORDS;
const RECALL_WORDS = cues.RECALL_WORDS;
const SCAM_WORDS = cues.SCAM_WORDS;
const NAMED_ONLY_SPAM = cues.NAMED_ONLY_SPAM;

/** A crisis word that a settled refund, a doubt or a warning about scammers lowers. */
export function isLoweredCrisis(ctx: ScanContext, draft: Draft): boolean {
  return (
    draft.source === 'term' &&
    (isSettledRefund(ctx, draft) ||
      isDoubtedScam(ctx, draft) ||
      isWarningAboutScammers(ctx, draft) ||
      isViralPraise(ctx, draft) ||
      isHandledRecall(ctx, draft))
  );
}

/** "Saw the recall notice, took the batch back, full refund no questions. Well handled." */
function isHandledRecall(ctx: ScanContext, draft: Draft): boolean {
  return (
    ctx.cues[CUE.praise]!.size > 0 &&
    ctx.cues[CUE.refundSettled]!.size > 0 &&
    RECALL_WORDS.has(wordsIn(ctx.folded, draft.fStart, draft.fEnd).join(' '))
  );
}

/** "Your Christmas ad is going viral, well deserved": going viral is the brand's success when praise comes with it. */
function isViralPraise(ctx: ScanContext, draft: Draft): boolean {
  return ctx.cues[CUE.praise]!.size > 0 && wordsIn(ctx.folded, draft.fStart, draft.fEnd).includes('viral');
}

/** A spam word merely named, or quoted to warn about it. */
export function isLoweredSpam(ctx: ScanContext, draft: Draft): boolean {
  if (draft.source === 'term' && (isOnlyNamed(ctx, draft) || isAskingToBeWritten(ctx, draft))) return true;
  return isQuotedScam(ctx, draft);
}

/** "Can someone from HSBC DM me? My card was declined": a customer asking the brand to write, with a question or a need. */
function isAskingToBeWritten(ctx: ScanContext, draft: Draft): boolean {
  if (!WRITE_TO_ME.has(wordsIn(ctx.folded, draft.fStart, draft.fEnd).join(' '))) return false;
  if (!ctx.text.includes('?') && ctx.cues[CUE.careNeed]!.size === 0) return false;
  const { folded } = ctx;
  let from = draft.fStart - 1;
  for (let spaces = 0; from > 0; from--) if (folded.codes[from - 1] === SPACE && ++spaces === 5) break;
  const before = wordsIn(folded, Math.max(0, from), draft.fStart);
  for (let k = 0; k + 1 < before.length; k++) if (ASKING.has(`${before[k]} ${before[k + 1]}`)) return true;
  return false;
}

const WRITE_TO_ME = new Set([
  'dm me',
  'pm me',
  'inbox me',
  'message me',
  'dm moi',
  'mp moi',
  'envoie moi un message',
]);
const ASKING = new Set([
  'can someone',
  'could someone',
  'can you',
  'could you',
  'can u',
  'someone from',
  'pouvez vous',
  'pourriez vous',
  'quelqu un',
]);

/** A care word of a team thanked or a problem solved; a question about a place admired. */
export function isLoweredCare(ctx: ScanContext, draft: Draft): boolean {
  return draft.source === 'term'
    ? isThanks(ctx, draft) || isSatisfied(ctx, draft)
    : isAdmiringWhere(ctx, draft);
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
  if (
    hasHandleAfter(ctx.text, draft.end) ||
    isInHandle(ctx.text, draft.start) ||
    isAskedFor(ctx, draft) ||
    HANDLE_ON_APP.test(ctx.text)
  )
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
/** A handle given with the app to find it on, anywhere: "contactez-la sur Insta @recovery.laurence", "check @x on IG". */
const APPS =
  '(?:insta(?:gram)?|ig|telegram|tg|whats ?app|snap(?:chat)?|tiktok|twitter|facebook|fb|hangouts?|signal|wechat|discord)';
const HANDLE_ON_APP = new RegExp(
  `\\b(?:on|sur|via)\\s+${APPS}\\s*:?\\s*@[\\w.]{3,}|@[\\w.]{3,}\\s+(?:on|sur)\\s+${APPS}\\b`,
  'i',
);

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
  if (satisfied.size === 0 || ctx.cues[CUE.careNeed]!.size > 0 || ctx.cues[CUE.negation]!.size > 0)
    return false;
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
