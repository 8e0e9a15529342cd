/**
 * The folding pass's third step: letters spaced or dotted out (`c o n n a r d`, `f.u.c.k`) joined back into one
 * word, in place in the fold's buffers. Runs only when the first pass saw three single letters in a row.
 */
import * as chars from './fold-chars';

// Module-level copy: some loaders (tsx) turn import bindings into getters.
const isLetterCode = chars.isLetterCode;
const SPACE = 32;

/**
 * Third pass: runs of at least three single letters split by short separators are one word
 * (`c o n n a r d`, `f.u.c.k`). Only single letters join, so "il y a con…" never becomes a bad word.
 */
export function joinSpacedLetters(text: string, codes: Uint16Array, starts: Int32Array, len: number): number {
  let write = 0;
  let r = 0;
  while (r < len) {
    if (isSingleLetter(codes, r, len) && !isContraction(text, starts[r]!)) {
      let runEnd = r;
      let count = 1;
      // One separator throughout: "a t-w-a-t" is the article, then the word.
      const separator = r + 2 < len ? text.charCodeAt(starts[r + 2]! - 1) : -1;
      while (
        runEnd + 2 < len &&
        codes[runEnd + 1] === SPACE &&
        isSingleLetter(codes, runEnd + 2, len) &&
        !isElision(text, starts[runEnd + 2]!) &&
        !isContraction(text, starts[runEnd + 2]!) &&
        text.charCodeAt(starts[runEnd + 2]! - 1) === separator &&
        starts[runEnd + 2]! - starts[runEnd]! <= 4 &&
        !hasLineBreak(text, starts[runEnd]!, starts[runEnd + 2]!)
      ) {
        runEnd += 2;
        count++;
      }
      // "she is a c u n t": after "is", "such" or "what", a leading "a" is the article, then the word.
      if (count >= 4 && codes[r] === LETTER_A && isArticleContext(codes, write)) {
        put(codes, starts, write++, LETTER_A, starts[r]!);
        put(codes, starts, write++, SPACE, starts[r + 1]!);
        r += 2;
        continue;
      }
      if (count >= 3) {
        // A wider gap than the narrowest one of the run is a word break: "y o u  a r e" → "you are".
        let narrowest = 4;
        for (let k = r; k < runEnd; k += 2) narrowest = Math.min(narrowest, starts[k + 2]! - starts[k]!);
        for (let k = r; k <= runEnd; k += 2) {
          if (k > r && starts[k]! - starts[k - 2]! > narrowest)
            put(codes, starts, write++, SPACE, starts[k - 1]!);
          put(codes, starts, write++, codes[k]!, starts[k]!);
        }
        r = runEnd + 1;
        continue;
      }
    }
    put(codes, starts, write++, codes[r]!, starts[r]!);
    r++;
  }
  return write;
}

const LETTER_A = 97;

/** Words after which a single "a" is an article ("is a", "such a", "what a", "you're a"). */
const ARTICLE_BEFORE = new Set([
  'is',
  's',
  'was',
  'are',
  'am',
  'were',
  'such',
  'what',
  're',
  'r',
  'ur',
  'youre',
  'be',
  'being',
  'like',
  'called',
  'call',
]);

/** Whether the folded word that ends just before `end` (the output so far, ending with a space) is in ARTICLE_BEFORE. */
function isArticleContext(codes: Uint16Array, end: number): boolean {
  if (end < 2 || codes[end - 1] !== SPACE) return false;
  let start = end - 1;
  while (start > 0 && codes[start - 1] !== SPACE) start--;
  if (end - 1 - start > 6) return false;
  return ARTICLE_BEFORE.has(String.fromCharCode(...codes.subarray(start, end - 1)));
}

/** "c'est", "l'appli": a letter the original follows with an apostrophe is a French elision, not a spaced letter. */
function isElision(text: string, start: number): boolean {
  const next = text.charCodeAt(start + 1);
  return next === 39 || next === 0x2019;
}

/** "he's", "don't": a letter right after an apostrophe ends an English contraction, not a spaced letter. */
function isContraction(text: string, start: number): boolean {
  const previous = text.charCodeAt(start - 1);
  return previous === 39 || previous === 0x2019;
}

function isSingleLetter(codes: Uint16Array, at: number, len: number): boolean {
  return (
    isLetterCode(codes[at]!) &&
    (at === 0 || codes[at - 1] === SPACE) &&
    (at + 1 >= len || codes[at + 1] === SPACE)
  );
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

function put(codes: Uint16Array, starts: Int32Array, at: number, code: number, start: number): void {
  codes[at] = code;
  starts[at] = start;
}
