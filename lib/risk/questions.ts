/**
 * Questions to the brand (customer care), but not the rhetorical ones: a tail like "ou quoi ?", a choice put to the
 * readers ("team chocolatine ou pain au chocolat ?"), or a question the writer answers at once.
 */
import * as compile from './compile';
import type { ScanContext } from './context';
import * as context from './context';

// Module-level copies: some loaders (tsx → CommonJS) compile import bindings to getters, read per scan here.
const CUE = compile.CUE;
const { addFoldedDraft, origStart, wordsIn } = context;

/** The first question cue that asks the brand something, when the comment has a question mark. */
export function addQuestionToBrand(ctx: ScanContext): void {
  const questions = ctx.cues[CUE.question]!;
  if (questions.size === 0 || !ctx.text.includes('?') || ANSWERED.test(ctx.text)) return;
  for (let k = 0; k < questions.size; k++) {
    if (isOr(ctx, questions.start[k]!, questions.end[k]!)) continue;
    addFoldedDraft(ctx, 'customer_care', questions.start[k]!, questions.end[k]!);
    return;
  }
}

/**
 * "ou quoi ?", "ou bien ?", "ou pas ?": a rhetorical tail ("t'es aveugle ou quoi ?"), no question to the brand.
 * "Taille grand ou petit ?" still asks.
 */
function isOr(ctx: ScanContext, fStart: number, fEnd: number): boolean {
  const { codes, length } = ctx.folded;
  if (fEnd - fStart !== 2 || codes[fStart] !== 111 || codes[fStart + 1] !== 117 || codes[fEnd] !== 32)
    return false;
  const next = wordsIn(ctx.folded, fEnd + 1, Math.min(length, fEnd + 16))[0];
  if (next === undefined) return false;
  return RHETORICAL_TAILS.has(next) || isChoiceBetween(ctx, fStart, next);
}

/** A question the writer answers at once: "Why do I keep buying these? Because they're addictive". */
const ANSWERED =
  /\?[\s\p{Emoji}]*(?:because|cause|parce que|parce qu|didn.t think so|thought so|obviously|[ée]videmment|bien s[uû]r que)/iu;

const RHETORICAL_TAILS = new Set(['quoi', 'koi', 'bien', 'pas']);

/**
 * "team chocolatine ou pain au chocolat ?", "pour ou contre ?", "tu préfères la rouge ou la bleue ?": a choice put
 * to the readers, not "où" nor a customer weighing two offers ("en magasin ou sur le site ?" still asks). Only
 * "ou" written without its accent, before "contre" or after a word of preference or debate in the same sentence.
 */
function isChoiceBetween(ctx: ScanContext, fStart: number, next: string): boolean {
  const start = origStart(ctx, fStart);
  if (ctx.text.charCodeAt(start + 1) !== 117) return false; // "où", or "oü" typed for it
  if (next === 'contre') return true;
  const floor = Math.max(0, start - 80);
  let sentenceStart = start;
  while (sentenceStart > floor && !SENTENCE_BREAK.test(ctx.text.charAt(sentenceStart - 1))) sentenceStart--;
  return PREFERENCE.test(ctx.text.slice(sentenceStart, start));
}

const SENTENCE_BREAK = /[.?!\n]/;
const PREFERENCE = /(?:^|[^\p{L}])(?:team|pr[ée]f[éèe]r\p{L}*|plut[ôo]t|d[ée]bat|sondage)(?![\p{L}])/iu;
