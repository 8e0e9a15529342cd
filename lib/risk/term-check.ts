/**
 * How a charter term reads once folded, and why it may never match. The compiler and the charter editor share
 * this so the editor can warn about exactly the terms the compiler drops or shortens.
 */
import { foldTerm, foldTermUnjoined } from './fold';
import { isEmojiCode } from './fold-chars';

/** Longest folded term the compiler keeps. */
export const MAX_TERM_LENGTH = 200;

export interface FoldedTerm {
  folded: string;
  /** A trailing `*`: any continuation of the last word. */
  prefix: boolean;
  /** Made of emoji words only ("🍆💦", "🖕"). */
  emoji: boolean;
  /** The fold with single letters left apart, when it differs ("i m a" for "ima"): see `foldTermUnjoined`. */
  unjoined: string | null;
}

export function foldCharterTerm(raw: string): FoldedTerm {
  const trimmed = raw.trim();
  const prefix = trimmed.length > 1 && trimmed.endsWith('*');
  const body = prefix ? trimmed.slice(0, -1) : trimmed;
  const folded = foldTerm(body);
  return { folded, prefix, emoji: isEmojiWords(folded), unjoined: foldTermUnjoined(body, folded) };
}

/**
 * Why a folded charter term can never match, or null. One letter is no word to look for (and "(a+)+$" folds to
 * "a"); one emoji word is ("🖕"). Cues, the engine's own vocabulary, may be one letter ("u" in "u r").
 */
export function unmatchableReason(
  term: FoldedTerm,
  isCue = false,
): 'nothing' | 'tooShort' | 'tooLong' | null {
  if (term.folded.length === 0) return 'nothing';
  if (term.folded.length > MAX_TERM_LENGTH) return 'tooLong';
  if (!isCue && !term.emoji && term.folded.replace(/ /g, '').length < 2) return 'tooShort';
  return null;
}

export type TermWarning =
  | { kind: 'never'; reason: 'nothing' | 'tooShort' | 'tooLong' }
  /** Some characters are invisible to the engine (an emoji outside the list of fold-chars.ts), so the term is wider than written. */
  | { kind: 'ignored'; characters: string[] };

const PICTOGRAPH = /\p{Extended_Pictographic}/gu;

/** What a CM should be told about a term they add to a charter, or null when it matches as written. */
export function checkCharterTerm(raw: string): TermWarning | null {
  const reason = unmatchableReason(foldCharterTerm(raw));
  if (reason) return { kind: 'never', reason };
  const ignored = new Set<string>();
  for (const [pictograph] of raw.matchAll(PICTOGRAPH))
    if (foldTerm(pictograph) === '') ignored.add(pictograph);
  return ignored.size > 0 ? { kind: 'ignored', characters: [...ignored] } : null;
}

function isEmojiWords(folded: string): boolean {
  if (folded.length === 0) return false;
  for (let k = 0; k < folded.length; k++) {
    const c = folded.charCodeAt(k);
    if (c !== 32 && !isEmojiCode(c)) return false;
  }
  return true;
}
