/**
 * A child or teenager described sexually: a minor (an age under 18, or a word for a child) within a few words of a
 * sexualising remark, in either order. Its vocabulary is lib/risk/lexicon/cues/minors.ts.
 */
import * as compile from './compile';
import type { ScanContext } from './context';
import * as context from './context';
import * as cues from './lexicon/cues';

// Module-level copies: some loaders (tsx → CommonJS) compile import bindings to getters, read per scan here.
const CUE = compile.CUE;
const { addFoldedDraft, eachPair, origEnd, startsWithWord, wordsBetween, wordsIn } = context;
const { ASIDE_AFTER, FOR_AGE_LEAD } = cues;
const OWN_BEFORE_AGE = new Set(cues.OWN_BEFORE_AGE);
const OWN_AFTER_AGE = new Set(cues.OWN_AFTER_AGE);
const AMOUNT_UNITS = new Set(cues.AMOUNT_UNITS);
const MINOR_JUDGING = new Set(cues.MINOR_JUDGING);

/** "that 13 yr old in the ad is hot af": the minor, then the remark, a few words on. */
const MINOR_FIRST_GAP = 10;
/** "great body for a 12 year old": the remark, then the minor. */
const REMARK_FIRST_GAP = 4;

export function addSexualisedMinors(ctx: ScanContext): void {
  eachPair(ctx, CUE.minor, CUE.sexualising, MINOR_FIRST_GAP, addMinorThenRemark);
  eachPair(ctx, CUE.sexualising, CUE.minor, REMARK_FIRST_GAP, addRemarkThenMinor);
}

function addMinorThenRemark(
  ctx: ScanContext,
  aStart: number,
  aEnd: number,
  bStart: number,
  bEnd: number,
): void {
  if (startsWithWord(ctx, aStart, FOR_AGE_LEAD)) return;
  // "13 year olds think this guy is sexy": the minor is the one who judges.
  if (wordsIn(ctx.folded, aEnd, bStart).some((word) => MINOR_JUDGING.has(word))) return;
  if (isSomeonesMinor(ctx, aStart, aEnd) && isSexualising(ctx, bStart, bEnd))
    addFoldedDraft(ctx, 'sexualised_minor', aStart, bEnd);
}

function addRemarkThenMinor(
  ctx: ScanContext,
  aStart: number,
  aEnd: number,
  bStart: number,
  bEnd: number,
): void {
  if (!isSomeonesMinor(ctx, bStart, bEnd) || !isSexualising(ctx, aStart, aEnd)) return;
  // "for 11" is an age only right after the remark ("great body for 11"), a price anywhere else.
  if (
    startsWithWord(ctx, bStart, FOR_AGE_LEAD) &&
    (wordsBetween(ctx.folded, aEnd, bStart) > 0 || isAmount(ctx, bEnd))
  )
    return;
  addFoldedDraft(ctx, 'sexualised_minor', aStart, bEnd);
}

/**
 * Not the speaker's own child or past self ("my 13 year old thinks your ad is sexy", "ma fille de 12 ans",
 * "à 13 ans je trouvais ce chanteur sexy"), and "for 11" not a price.
 */
function isSomeonesMinor(ctx: ScanContext, start: number, end: number): boolean {
  const before = wordsIn(ctx.folded, Math.max(0, start - 16), start).slice(-2);
  if (before.some((word) => OWN_BEFORE_AGE.has(word))) return false;
  const after = wordsIn(ctx.folded, end, Math.min(ctx.folded.length, end + 8))[0];
  return after === undefined || !OWN_AFTER_AGE.has(after);
}

/** A remark about the person, not a skill or the weather: "bonne en maths", "hot in this coat". */
function isSexualising(ctx: ScanContext, start: number, end: number): boolean {
  const words = wordsIn(ctx.folded, start, end);
  const asides = ASIDE_AFTER[words[words.length - 1]!];
  if (!asides) return true;
  const next = wordsIn(ctx.folded, end, Math.min(ctx.folded.length, end + 16))[0];
  return next === undefined || !asides.includes(next);
}

/** "for 11 euros", "for 11€", "for 12 months": a price or a span, not an age. */
function isAmount(ctx: ScanContext, end: number): boolean {
  const next = wordsIn(ctx.folded, end, Math.min(ctx.folded.length, end + 12))[0];
  if (next !== undefined && AMOUNT_UNITS.has(next)) return true;
  const after = ctx.text
    .slice(origEnd(ctx, end), origEnd(ctx, end) + 8)
    .trimStart()
    .charAt(0);
  return after !== '' && '€£$%'.includes(after);
}
