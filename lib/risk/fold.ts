/**
 * Folding: turns a comment into a lower-case, accent-free, dodge-free string of word characters separated by
 * single spaces, with a map from every folded character back to its UTF-16 range in the original text.
 * Hand-written (no library folds leetspeak, masks and spaced letters while keeping offsets) and allocation-free
 * in the steady state: the buffers are module-level scratch space, reused by each call (scanning is synchronous).
 */

/** Folded code for a masked letter (`f*ck`): matches any one letter in the matcher. */
export const WILDCARD = 42; // '*'
/** Folded code for an emoji inside a word: matches any one letter, or none, in the matcher. */
export const MAYBE_LETTER = 43; // '+', never a folded code otherwise (it is a separator)
/** Stands for an emoji inside a word until the word is resolved; a separator otherwise. */
const EMOJI_IN_WORD = 126; // '~', never a folded code otherwise

export const SPACE = 32;

import type { CharInfo } from './fold-chars';
import * as chars from './fold-chars';
import * as spacing from './fold-spaced';

// Module-level copies: hot loops must not read import bindings, which some loaders (tsx) turn into getters.
const { DROP, SEP, LETTER, DIGIT, LEET, MASK, EMOJI } = chars.CHAR_KIND;
const { classifyLatin, classifyUnicode, isEmojiCode, isLetterCode, UNCLASSIFIED } = chars;
const joinSpacedLetters = spacing.joinSpacedLetters;
const {
  end: LATIN_END,
  kind: LATIN_KIND,
  fold: LATIN_FOLD,
  upper: LATIN_UPPER,
  multi: LATIN_MULTI,
} = chars.LATIN;

/** Leetspeak: what a digit or symbol stands for inside a word made of letters. */
const LEET_LETTER: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '6': 'g',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};

const DOLLAR = 36;
const THREE = 51;
const ZERO = 48;
/** Before a 3 (for e): the French clitics j t m s l d n c, and the English b, w, h ("b3", "w3", "h3"). */
const BEFORE_THREE = [106, 116, 109, 115, 108, 100, 110, 99, 98, 119, 104];
/** Before a 0 (for o): t n d s g ("t0", "n0", "d0", "s0", "g0"). */
const BEFORE_ZERO = [116, 110, 100, 115, 103];
const AT = 64;
/** LEET_LETTER as codes: the letter code a digit or symbol stands for, or 0. */
const LEET_CODE = new Uint16Array(128);
for (const [symbol, letter] of Object.entries(LEET_LETTER))
  LEET_CODE[symbol.charCodeAt(0)] = letter.charCodeAt(0);

/**
 * Characters the detectors look for, noted by the folding pass (bit flags in `Folded.marks`) so that the
 * scanner skips a detector whose text cannot match instead of searching the text again.
 */
export const MARK = { dot: 1, colon: 2, currency: 4, slash: 8, bracket: 16, longToken: 32 } as const;
/** A word with digits of at least this many codes sets MARK.longToken: the shortest crypto wallet address. */
const LONG_TOKEN = 26;
/** Set by resolveWord during one fold: whether a word with digits was that long. */
let longToken = false;
const ASCII_MARK = new Uint8Array(128);
ASCII_MARK[46] = MARK.dot;
ASCII_MARK[58] = MARK.colon;
ASCII_MARK[36] = MARK.currency; // '$'
ASCII_MARK[47] = MARK.slash;
ASCII_MARK[40] = MARK.bracket; // '(', '[', '{'
ASCII_MARK[91] = MARK.bracket;
ASCII_MARK[123] = MARK.bracket;
const POUND = 0xa3;
const EURO = 0x20ac;

/** The folded view of one text. The arrays are scratch buffers: valid until the next call to `fold`. */
export interface Folded {
  text: string;
  /** Folded code units: a-z, 0-9, space, `*` (masked letter) and other lower-case letters. */
  codes: Uint16Array;
  /** UTF-16 offset in the original text of the character each folded unit comes from. */
  starts: Int32Array;
  length: number;
  /** How many ASCII digits the original holds (detectors for phones, IBANs and cards need several). */
  digits: number;
  /** MARK flags of the characters the original holds. */
  marks: number;
  /** Letters that have an upper and lower case, and how many of them were upper case (shouting). */
  casedLetters: number;
  upperLetters: number;
}

/** End (exclusive) in the original text of the character that folded unit `k` comes from. */
export function originalEnd(folded: Folded, k: number): number {
  const start = folded.starts[k]!;
  const c = folded.text.charCodeAt(start);
  if (c >= 0xd800 && c <= 0xdbff) {
    const low = folded.text.charCodeAt(start + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return start + 2;
  }
  return start + 1;
}

let capacity = 0;
let codes = new Uint16Array(0);
let starts = new Int32Array(0);

function ensureCapacity(needed: number): void {
  if (needed <= capacity) return;
  let next = Math.max(256, capacity * 2);
  while (next < needed) next *= 2;
  codes = new Uint16Array(next);
  starts = new Int32Array(next);
  capacity = next;
  result.codes = codes;
  result.starts = starts;
}

/** The first-pass kind of a folded code (letters, digits and the ASCII symbols keep distinct codes). */
function kindOf(code: number): number {
  if ((code >= 97 && code <= 122) || code > 127) return LETTER;
  if (code >= 48 && code <= 57) return DIGIT;
  if (code === 42 || code === 35 || code === EMOJI_IN_WORD) return MASK;
  if (code === 32) return SEP;
  return LEET;
}

/** Folds `text`; see `Folded`. Never throws on any string, including lone surrogates. */
export function fold(text: string): Folded {
  const n = text.length;
  ensureCapacity(4 * n + 8);
  const out = codes;
  const from = starts;
  let len = 0;
  let digits = 0;
  let marks = 0;
  let cased = 0;
  let upper = 0;
  // The word being written: where it starts in `out`, and whether it holds digits or symbols to resolve.
  let wordStart = -1;
  let wordSpecial = false;
  let singles = 0;
  let spaced = false;
  // Inside a hashtag, a capital after a small letter starts a word ("#IHateMondays" → "i hate mondays").
  let hashtag = false;
  let previousCase = NO_CASE;
  longToken = false;
  let i = 0;
  while (i <= n) {
    let cp = i < n ? text.charCodeAt(i) : 32;
    // Fast path: a run of ASCII letters outside a hashtag, most of any comment, needs none of the tables below
    // (a third of the fold's time on the benchmark's comments).
    if (!hashtag && (cp | 32) >= 97 && (cp | 32) <= 122) {
      if (wordStart < 0) wordStart = len;
      else if (isEmojiCode(out[len - 1]!)) wordStart = endEmojiWord(len++, i);
      const runStart = i;
      do {
        upper += cp < 97 ? 1 : 0;
        out[len] = cp | 32;
        from[len++] = i++;
        cp = i < n ? text.charCodeAt(i) : 32;
      } while ((cp | 32) >= 97 && (cp | 32) <= 122);
      cased += i - runStart;
      continue;
    }
    if (cp < 128) marks |= ASCII_MARK[cp]!;
    else if (cp === POUND || cp === EURO) marks |= MARK.currency;
    let kind: number;
    let width = 1;
    let info: CharInfo | null = null;
    if (cp < LATIN_END) {
      kind = LATIN_KIND[cp]!;
      if (kind === UNCLASSIFIED) kind = classifyLatin(cp);
    } else {
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          cp = ((cp - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
          width = 2;
        }
      }
      info = cp >= 0xd800 && cp <= 0xdfff ? LONE_SURROGATE : classifyUnicode(cp);
      kind = info.kind;
      // An emoji between two letters of a word ("b💀tch", "co💩nnard") hides a letter or nothing.
      if (
        (kind === SEP || kind === EMOJI) &&
        wordStart >= 0 &&
        isPictograph(cp) &&
        isLetterCode(out[len - 1]!)
      ) {
        const next = text.charCodeAt(i + width) | 32;
        if (next >= 97 && next <= 122) {
          out[len] = EMOJI_IN_WORD;
          from[len++] = i;
          wordSpecial = true;
          i += width;
          continue;
        }
      }
    }
    // An emoji is a word of its own: the word before it ends here, as at a separator (the emoji is read next).
    const beforeEmoji = kind === EMOJI && wordStart >= 0;
    if (kind === SEP || beforeEmoji) {
      if (wordStart >= 0) {
        if (wordSpecial) len = resolveWord(wordStart, len);
        // Three single letters in a row ("c o n") call for the joining pass.
        if (len - wordStart === 1 && isLetterCode(out[wordStart]!)) {
          if (++singles >= 3) spaced = true;
        } else singles = 0;
        wordStart = -1;
        wordSpecial = false;
      }
      if (i < n && len > 0 && out[len - 1] !== SPACE) {
        out[len] = SPACE;
        from[len++] = i;
      }
      if (!beforeEmoji) i += width;
      continue;
    }
    if (kind === DROP) {
      i += width;
      continue;
    }
    if (kind === EMOJI) {
      if (wordStart < 0) {
        wordStart = len;
        hashtag = false;
      }
      out[len] = info!.fold.charCodeAt(0);
      from[len++] = i;
      i += width;
      continue;
    }
    // A letter or digit right after an emoji word starts a word of its own.
    if (wordStart >= 0 && isEmojiCode(out[len - 1]!)) wordStart = endEmojiWord(len++, i);
    if (wordStart < 0) {
      wordStart = len;
      hashtag = cp === HASH;
      previousCase = NO_CASE;
    }
    if (info === null) {
      // Latin table path: one load for the class, one for the fold, one for the case.
      if (kind === LETTER) {
        cased++;
        const isUpper = LATIN_UPPER[cp]!;
        upper += isUpper;
        if (hashtag) {
          if (isUpper === 1 && startsHashtagWord(text, i, previousCase)) {
            out[len] = SPACE;
            from[len++] = i;
          }
          previousCase = isUpper === 1 ? UPPER : LOWER;
        }
      } else {
        previousCase = NO_CASE;
        wordSpecial = true;
        if (cp >= 48 && cp <= 57) digits++;
      }
      const code = LATIN_FOLD[cp]!;
      if (code !== 0) {
        out[len] = code;
        from[len++] = i;
      } else {
        const folded = LATIN_MULTI[cp]!;
        for (let k = 0; k < folded.length; k++) {
          out[len] = folded.charCodeAt(k);
          from[len++] = i;
        }
      }
    } else {
      if (kind !== LETTER) wordSpecial = true;
      const folded = info.fold;
      for (let k = 0; k < folded.length; k++) {
        out[len] = folded.charCodeAt(k);
        from[len++] = i;
      }
    }
    i += width;
  }
  if (len > 0 && out[len - 1] === SPACE) len--;
  if (spaced && joinSpaced) len = joinSpacedLetters(text, codes, starts, len);
  result.text = text;
  result.codes = codes;
  result.starts = starts;
  result.length = len;
  result.digits = digits;
  result.marks = longToken ? marks | MARK.longToken : marks;
  result.casedLetters = cased;
  result.upperLetters = upper;
  return result;
}

/** Ends the emoji word before `at` in the output with a space from original offset `i`; returns the next word's start. */
function endEmojiWord(at: number, i: number): number {
  codes[at] = SPACE;
  starts[at] = i;
  return at + 1;
}

const HASH = 35;
const NO_CASE = 0;
const LOWER = 1;
const UPPER = 2;

/** Emoji and pictographic symbols (the blocks of faces, objects and dingbats). */
function isPictograph(cp: number): boolean {
  return (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x2600 && cp <= 0x27bf);
}

/** A capital after a small letter ("IHate|Mondays"), or the last capital of a run before small ones ("I|Hate"). */
function startsHashtagWord(text: string, i: number, previousCase: number): boolean {
  if (previousCase === LOWER) return true;
  if (previousCase !== UPPER) return false;
  const next = text.charCodeAt(i + 1);
  return next >= 97 && next <= 122;
}

const result: Folded = {
  text: '',
  codes,
  starts,
  length: 0,
  digits: 0,
  marks: 0,
  casedLetters: 0,
  upperLetters: 0,
};

const LONE_SURROGATE: CharInfo = { kind: SEP, fold: ' ' };

/**
 * Resolves the word codes[w..end), which holds digits or symbols: they become letters when the word is made
 * of letters (`c0nn@rd`, `$hit`, `sh!t`), masks become wildcards inside such words (`f*ck`); otherwise digits
 * stay and symbols become separators. Rewrites in place; returns the new end.
 */
function resolveWord(w: number, end: number): number {
  if (end - w >= LONG_TOKEN) longToken = true;
  let letters = 0;
  let firstLetter = -1;
  let lastLetter = -1;
  for (let k = w; k < end; k++) {
    if (isLetterCode(codes[k]!)) {
      letters++;
      if (firstLetter < 0) firstLetter = k;
      lastLetter = k;
    }
  }
  // "j3 v4is t3 bu7er", "i w4nt t0 d1e": a clitic or a short function word with a 3 for its e or a 0 for its o
  // reads as one. Other letter-digit pairs stay codes ("A1", "B2", "p0").
  const leet =
    letters >= 2 ||
    (end - w === 2 &&
      ((codes[w + 1] === THREE && BEFORE_THREE.includes(codes[w]!)) ||
        (codes[w + 1] === ZERO && BEFORE_ZERO.includes(codes[w]!))));
  let write = w;
  for (let k = w; k < end; k++) {
    const code = codes[k]!;
    const kind = kindOf(code);
    let mapped = code;
    if (kind !== LETTER) {
      const inside = k > firstLetter && k < lastLetter;
      // Table lookups rather than strings: words with digits or symbols (@mentions, #tags) are common.
      const letter = code < 128 ? LEET_CODE[code]! : 0;
      mapped = -1;
      if (kind === DIGIT) mapped = leet && letter !== 0 ? letter : code;
      else if (kind === LEET) {
        const allowed = code === DOLLAR ? true : code === AT ? k > firstLetter : inside;
        if (leet && allowed) mapped = letter;
      } else if (kind === MASK && leet && inside) mapped = code === EMOJI_IN_WORD ? MAYBE_LETTER : WILDCARD;
    }
    if (mapped >= 0) put(write++, mapped, starts[k]!);
    else if (write > 0 && codes[write - 1] !== SPACE) put(write++, SPACE, starts[k]!);
  }
  if (write > w && codes[write - 1] === SPACE) write--;
  return write;
}

function put(at: number, code: number, start: number): void {
  codes[at] = code;
  starts[at] = start;
}

/** Off only while `foldTermUnjoined` runs. */
let joinSpaced = true;

/**
 * A term's fold with its single letters left apart, or null when that is its fold anyway. "i m a" (written for
 * "I'm a") folds to "ima", as "u r a" must; but in a comment a letter after an apostrophe never joins (see
 * fold-spaced.ts), so the compiler adds both forms.
 */
export function foldTermUnjoined(term: string, joined: string): string | null {
  joinSpaced = false;
  try {
    const unjoined = foldTerm(term);
    return unjoined === joined ? null : unjoined;
  } finally {
    joinSpaced = true;
  }
}

/** Folds a charter term the way comments are folded, as a plain string. */
export function foldTerm(term: string): string {
  // Most lexicon terms are already folded: skipping `fold` for them keeps compiling a charter fast.
  if (isFoldedAlready(term)) return term;
  // Terms arrive as slices and concatenations (trim, plural and texting variants). Fed to `fold`, those string
  // shapes make V8 tune its hot loop for them, and every comment, a plain flat string, then folds 1.8 times
  // slower. A flat copy keeps the loop tuned for what it scans all day.
  const folded = fold(term.split('').join(''));
  return String.fromCharCode.apply(null, Array.from(folded.codes.subarray(0, folded.length)));
}

/**
 * True when `fold` would return `term` unchanged: lower-case a-z words of two letters or more (single letters
 * could be joined as spaced letters) separated by single spaces.
 */
function isFoldedAlready(term: string): boolean {
  let wordLength = 0;
  for (let k = 0; k < term.length; k++) {
    const c = term.charCodeAt(k);
    if (c >= 97 && c <= 122) wordLength++;
    else if (c === SPACE && wordLength >= 2) wordLength = 0;
    else return false;
  }
  return wordLength >= 2;
}
