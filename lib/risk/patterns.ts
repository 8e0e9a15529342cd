/**
 * Pattern detectors: a cue family followed by another within a few words, or a cue that makes a finding on its
 * own. What lowers a finding is in lowering.ts.
 */
import type { Detector } from '../model';
import * as compile from './compile';
import type { ScanContext } from './context';
import * as context from './context';
import * as cues from './lexicon/cues';
import * as groupAttributes from './lexicon/group-attributes';
import * as minors from './minors';
import * as questions from './questions';

// Module-level copies: some loaders (tsx → CommonJS) compile import bindings to getters, read per scan here.
const CUE = compile.CUE;
const {
  addDraft,
  addFoldedDraft,
  crossesSentence,
  eachPair,
  origStart,
  startsWithWord,
  wordsBetween,
  wordsIn,
} = context;
const TARGET_DETERMINERS = cues.TARGET_DETERMINERS;
const STATEMENT_FILLERS = groupAttributes.STATEMENT_FILLERS;
const { addSexualisedMinors } = minors;
const { addQuestionToBrand } = questions;
const SHOT_ASIDES_AFTER = new Set(cues.SHOT_ASIDES_AFTER);
const SHOT_OTHER_SENSES = new Set(cues.SHOT_OTHER_SENSES);

/** Runs every pattern detector switched on by the charter. */
export function runPatterns(ctx: ScanContext): void {
  const on = ctx.compiled.on;
  if (on.threat) {
    eachPair(ctx, CUE.intent, CUE.violent, 3, addThreat);
    eachPair(ctx, CUE.intent, CUE.harmVerb, TARGETED_GAP, addThreatOnTarget);
    eachHit(ctx, CUE.harmNow, addThreatNow);
    eachPair(ctx, CUE.arrival, CUE.weapon, 6, addArmedArrival);
    eachPair(ctx, CUE.bodyHarm, CUE.bodyPart, 0, addBodilyHarm);
    addEach(ctx, CUE.statedThreat, 'threat');
  }
  if (on.self_harm) {
    eachPair(ctx, CUE.selfIntent, CUE.selfAct, 2, addSelfHarm);
    addEach(ctx, CUE.statedSelfHarm, 'self_harm');
    if (ctx.cues[CUE.ordinaryLeaving]!.size === 0) eachPair(ctx, CUE.farewell, CUE.lastWords, 6, addSelfHarm);
  }
  if (on.hate_statement) {
    eachPair(ctx, CUE.group, CUE.groupAfter, 3, addUnlessNegatedBetween);
    eachPair(ctx, CUE.groupBefore, CUE.group, 1, addHateStatement);
    eachPair(ctx, CUE.group, CUE.copula, 1, addGroupAttribute);
    eachPair(ctx, CUE.copula, CUE.group, 1, addAttributeOfGroup);
    if (ctx.text.includes('(((')) addEchoes(ctx);
  }
  if (on.harassment) {
    eachPair(ctx, CUE.addressee, CUE.degrading, 2, addHarassment);
    // "everyone go spam her DMs", "allez tous la tagger": a crowd sent after one person.
    eachPair(ctx, CUE.mobilising, CUE.pilingOn, 2, addCampaign);
    // "je l'attends à la fin de son service", "here's her LinkedIn": staff followed beyond the page.
    eachPair(ctx, CUE.arrival, CUE.afterWork, 4, addCampaign);
    eachPair(ctx, CUE.foundThem, CUE.theirAccount, 0, addCampaign);
    eachPair(ctx, CUE.doxFact, CUE.crowdCall, 12, addCampaign);
    // "t'as qu'à te jeter sous un train", "do us all a favour and jump off a bridge".
    eachPair(ctx, CUE.incitement, CUE.yourSelfHarm, 2, addCampaign);
    addEach(ctx, CUE.statedHarassment, 'harassment');
  }
  if (on.sexualised_minor) addSexualisedMinors(ctx);
  if (on.crisis) {
    eachPair(ctx, CUE.crisisIntent, CUE.crisisAct, 2, addCrisis);
    eachPair(ctx, CUE.find, CUE.contaminant, 2, addCrisis);
    eachPair(ctx, CUE.pressContact, CUE.newsroom, 2, addCrisis);
    // "ma vidéo sur votre service client a fait 2 millions de vues": unless it is praise ("my video of your new
    // store went viral, love you guys").
    if (ctx.cues[CUE.praise]!.size === 0) eachPair(ctx, CUE.exposure, CUE.viralReach, 12, addViralCrisis);
  }
  if (on.customer_care) {
    addQuestionToBrand(ctx);
    addEach(ctx, CUE.careNeed, 'customer_care');
  }
}

function eachHit(
  ctx: ScanContext,
  family: number,
  onHit: (ctx: ScanContext, start: number, end: number) => void,
): void {
  const hits = ctx.cues[family]!;
  for (let k = 0; k < hits.size; k++) onHit(ctx, hits.start[k]!, hits.end[k]!);
}

/** A cue family that makes a finding on its own: one draft per hit. */
function addEach(ctx: ScanContext, family: number, detector: Detector): void {
  const hits = ctx.cues[family]!;
  for (let k = 0; k < hits.size; k++) addFoldedDraft(ctx, detector, hits.start[k]!, hits.end[k]!);
}

// One pattern finding spans from the first cue's start to the second cue's end.
function addThreat(ctx: ScanContext, aStart: number, _aEnd: number, bStart: number, bEnd: number): void {
  if (startsWithWord(ctx, bStart, 'shoot ') && isCameraOrMailShot(ctx, bEnd)) return;
  addFoldedDraft(ctx, 'threat', aStart, bEnd);
}

/** "I'll shoot you an email", "we'll shoot you for the lookbook": a camera or a mailbox, no gun. */
function isCameraOrMailShot(ctx: ScanContext, end: number): boolean {
  const next = wordsIn(ctx.folded, end, Math.min(ctx.folded.length, end + 12))[0];
  if (next !== undefined && SHOT_ASIDES_AFTER.has(next)) return true;
  return wordsIn(ctx.folded, 0, ctx.folded.length).some((word) => SHOT_OTHER_SENSES.has(word));
}

/**
 * The intent may stand further from an act with a target than from a bare one: "I'll come down to the Penrith
 * store and glass the manager". Not across a sentence, though.
 */
const TARGETED_GAP = 8;
const BARE_GAP = 3;

/** "I'll punch | that security guard": the act touches its target, staff or a place, or a determiner or two do. */
function addThreatOnTarget(
  ctx: ScanContext,
  aStart: number,
  aEnd: number,
  bStart: number,
  bEnd: number,
): void {
  if (wordsBetween(ctx.folded, aEnd, bStart) > BARE_GAP && crossesSentence(ctx, aEnd, origStart(ctx, bStart)))
    return;
  const targetEnd = targetAfter(ctx, bEnd);
  if (targetEnd >= 0) addFoldedDraft(ctx, 'threat', aStart, targetEnd);
}

/** "je crame | l'entrepôt": an act in the present, then its target. */
function addThreatNow(ctx: ScanContext, aStart: number, aEnd: number): void {
  const targetEnd = targetAfter(ctx, aEnd);
  if (targetEnd >= 0) addFoldedDraft(ctx, 'threat', aStart, targetEnd);
}

/** The end of a target that starts after `from` with at most two determiners between, or -1. */
function targetAfter(ctx: ScanContext, from: number): number {
  const targets = ctx.cues[CUE.target]!;
  for (let k = 0; k < targets.size; k++) {
    const targetStart = targets.start[k]!;
    if (targetStart < from || wordsBetween(ctx.folded, from, targetStart) > 2) continue;
    if (wordsIn(ctx.folded, from, targetStart).every((w) => TARGET_DETERMINERS.has(w)))
      return targets.end[k]!;
  }
  return -1;
}

/** "je débarque avec une batte"; not "je viens avec un couteau à pain". */
function addArmedArrival(
  ctx: ScanContext,
  aStart: number,
  _aEnd: number,
  bStart: number,
  bEnd: number,
): void {
  const tools = ctx.cues[CUE.tool]!;
  for (let k = 0; k < tools.size; k++) if (tools.start[k] === bStart) return;
  addFoldedDraft(ctx, 'threat', aStart, bEnd);
}

/** "break his | jaw", "je lui pète | les genoux"; not an idiom, nor the listener's own body ("tu vas te casser la gueule"). */
function addBodilyHarm(ctx: ScanContext, aStart: number, aEnd: number, _bStart: number, bEnd: number): void {
  const idioms = ctx.cues[CUE.bodyIdiom]!;
  for (let k = 0; k < idioms.size; k++) if (idioms.start[k]! <= aStart && idioms.end[k]! >= aEnd) return;
  const subjects = ctx.cues[CUE.ownBody]!;
  for (let k = 0; k < subjects.size; k++) {
    const end = subjects.end[k]!;
    if (end <= aStart && wordsBetween(ctx.folded, end, aStart) <= 1) return;
  }
  addFoldedDraft(ctx, 'threat', aStart, bEnd);
}

function addSelfHarm(ctx: ScanContext, aStart: number, _aEnd: number, _bStart: number, bEnd: number): void {
  addFoldedDraft(ctx, 'self_harm', aStart, bEnd);
}

function addHateStatement(
  ctx: ScanContext,
  aStart: number,
  _aEnd: number,
  _bStart: number,
  bEnd: number,
): void {
  addFoldedDraft(ctx, 'hate_statement', aStart, bEnd);
}

/**
 * "women are too emotional" is an attack, "women are not too emotional to lead" answers one: a negation between
 * the group and the predicate turns it round ("… are not human" holds its negation inside the predicate).
 */
function addUnlessNegatedBetween(
  ctx: ScanContext,
  aStart: number,
  aEnd: number,
  bStart: number,
  bEnd: number,
): void {
  const negations = ctx.cues[CUE.negation]!;
  for (let k = 0; k < negations.size; k++)
    if (negations.start[k]! >= aEnd && negations.end[k]! <= bStart) return;
  addFoldedDraft(ctx, 'hate_statement', aStart, bEnd);
}

/** "women are (all complete) idiots": the attribute within three words of the copula, with only fillers between. */
function addGroupAttribute(
  ctx: ScanContext,
  aStart: number,
  aEnd: number,
  bStart: number,
  bEnd: number,
): void {
  addAttribute(ctx, aStart, aEnd, bStart, bEnd, 3);
}

/** "why are women so stupid": the attribute touches the group or follows it by two fillers ("always so"). */
function addAttributeOfGroup(
  ctx: ScanContext,
  aStart: number,
  aEnd: number,
  bStart: number,
  bEnd: number,
): void {
  addAttribute(ctx, aStart, aEnd, bStart, bEnd, 2);
}

function addAttribute(
  ctx: ScanContext,
  aStart: number,
  aEnd: number,
  bStart: number,
  bEnd: number,
  maxGap: number,
): void {
  if (!onlyFillers(ctx, aEnd, bStart)) return;
  const attributes = ctx.cues[CUE.attribute]!;
  for (let k = 0; k < attributes.size; k++) {
    const attributeStart = attributes.start[k]!;
    if (attributeStart < bEnd || wordsBetween(ctx.folded, bEnd, attributeStart) > maxGap) continue;
    if (!onlyFillers(ctx, bEnd, attributeStart)) continue;
    addFoldedDraft(ctx, 'hate_statement', aStart, attributes.end[k]!);
    return;
  }
}

function onlyFillers(ctx: ScanContext, from: number, to: number): boolean {
  return wordsIn(ctx.folded, from, to).every((w) => STATEMENT_FILLERS.has(w));
}

function addHarassment(ctx: ScanContext, aStart: number, aEnd: number, bStart: number, bEnd: number): void {
  // Bare "you" must touch the insult ("you idiot"); "you are", "t'es" may take an adverb or two.
  const bare = aEnd - aStart === 3 && ctx.folded.codes[aStart] === 121; // 'y'
  if (bare && wordsBetween(ctx.folded, aEnd, bStart) > 0) return;
  addFoldedDraft(ctx, 'harassment', aStart, bEnd);
}

/** A campaign against one person (a dogpile, staff followed off the page), from the first cue to the second's end. */
function addCampaign(ctx: ScanContext, aStart: number, _aEnd: number, _bStart: number, bEnd: number): void {
  addFoldedDraft(ctx, 'harassment', aStart, bEnd);
}

function addCrisis(ctx: ScanContext, aStart: number, _aEnd: number, _bStart: number, bEnd: number): void {
  addFoldedDraft(ctx, 'crisis', aStart, bEnd);
}

/** "views" and "vues" only after a count of thousands: "2.3M views", "40 000 vues", "2 millions de vues". */
function addViralCrisis(ctx: ScanContext, aStart: number, aEnd: number, bStart: number, bEnd: number): void {
  const reach = wordsIn(ctx.folded, bStart, bEnd);
  if (reach.length === 1 && (reach[0] === 'views' || reach[0] === 'vues')) {
    const before = wordsIn(ctx.folded, Math.max(0, bStart - 16), bStart).slice(-2);
    const count = before[1] === 'de' || before[1] === 'of' ? before[0] : before[1];
    if (count === undefined || !VIEW_COUNT.test(count)) return;
  }
  addCrisis(ctx, aStart, aEnd, bStart, bEnd);
}

const VIEW_COUNT = /^(?:\d+[km]|\d*000|\d{4,}|millions?|k|m)$/;

export interface SpamEvidence {
  strong: boolean;
  contacts: number;
}

/**
 * Weak spam cues ("free", "call", "win", a sum of money, a short code): one alone is ordinary talk; two
 * different ones with a link or a phone number, or three, make spam. Adds a draft per cue when they do.
 */
export function scoreSpam(
  ctx: ScanContext,
  evidence: SpamEvidence,
  money: { start: number; end: number }[],
): void {
  if (!ctx.compiled.on.offplatform) return;
  const cues = ctx.cues[CUE.spamCue]!;
  if (cues.size + money.length + evidence.contacts < 2) return;
  // "Beware, a fake text asks for £1.45, don't click": weak cues of a scam warned about, with no way to reach anyone.
  if (!evidence.strong && evidence.contacts === 0 && ctx.cues[CUE.scamWarning]!.size > 0) return;
  let distinct = 0;
  for (let k = 0; k < cues.size; k++) {
    if (isCareTalk(ctx, cues.start[k]!, cues.end[k]!)) continue;
    let seen = false;
    for (let j = 0; j < k && !seen; j++) seen = cues.entry[j] === cues.entry[k];
    if (!seen) distinct++;
  }
  const score = distinct + money.length + evidence.contacts;
  const spam = score >= 3 || (score >= 2 && (evidence.strong || evidence.contacts > 0 || money.length > 0));
  if (!spam) return;
  for (let k = 0; k < cues.size; k++)
    if (!isCareTalk(ctx, cues.start[k]!, cues.end[k]!))
      addFoldedDraft(ctx, 'offplatform', cues.start[k]!, cues.end[k]!);
  for (const span of money) addDraft(ctx, 'offplatform', 'detector', span.start, span.end);
}

const CARE_TALK = new Set(['customer', 'service', 'support']);

/**
 * Whether folded [start, end) lies inside a customer-care term: "customer service", "support client" are a
 * customer's words, though "customer" and "service" are spam cues in SMS ("call customer service on 0800…").
 */
function isCareTalk(ctx: ScanContext, start: number, end: number): boolean {
  for (const draft of ctx.drafts)
    if (
      draft.source === 'term' &&
      draft.fStart <= start &&
      end <= draft.fEnd &&
      ctx.compiled.clauses[draft.clause]!.category === 'customer_care'
    )
      return CARE_TALK.has(wordsIn(ctx.folded, start, end).join(' '));
  return false;
}

/** The antisemitic "echo" that marks a name or a pronoun as Jewish: "(((they))) own this brand". */
const ECHO = /\(\(\(\s*[^()\n]{1,40}?\s*\)\)\)/g;

function addEchoes(ctx: ScanContext): void {
  ECHO.lastIndex = 0;
  for (let match = ECHO.exec(ctx.text); match !== null; match = ECHO.exec(ctx.text))
    addDraft(ctx, 'hate_statement', 'pattern', match.index, match.index + match[0].length);
}
