/**
 * Folding: turns a comment into a lower-case, accent-free, dodge-free string of word characters separated by
 * single spaces, with a map from every folded character back to its UTF-16 range in the original text.
 * Hand-written (no library folds leetspeak, masks and spaced letters while keeping offsets) and allocation-free
 * in the steady state: the buffers are module-level scratch space, reused by each call (scanning is synchronous).
 */

/** Folded code for a masked letter (`f*ck`): matches any one letter in the matcher. */
export const WILDCARD = 42; // '*'
export const SPACE = 32;
/** Stand-in for a letter outside the Basic Multilingual Plane that has no ASCII fold. */
const ASTRAL_LETTER = 0xe000;

// Character classes of the first pass.
const DROP = 0; // invisible: zero-width, joiners, combining marks, variation selectors
const SEP = 1; // separator: spaces, punctuation, emoji
const LETTER = 2; // folded to one or more word characters
const DIGIT = 3; // digit: stays a digit unless its word reads as leetspeak
const LEET = 4; // symbol that may stand for a letter: @ $ ! |
const MASK = 5; // symbol that may hide a letter: * #

/** Leetspeak: what a digit or symbol stands for inside a word made of letters. */
const LEET_LETTER: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};

/** Look-alike letters from other scripts that Unicode decomposition does not fold. */
const HOMOGLYPHS: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ɡ: 'g',
  ʏ: 'y',
  ɪ: 'i',
  ᴀ: 'a',
  ʙ: 'b',
  ᴄ: 'c',
  ᴅ: 'd',
  ᴇ: 'e',
  ɢ: 'g',
  ʜ: 'h',
  ᴊ: 'j',
  ᴋ: 'k',
  ʟ: 'l',
  ᴍ: 'm',
  ɴ: 'n',
  ᴏ: 'o',
  ᴘ: 'p',
  ʀ: 'r',
  ᴛ: 't',
  ᴜ: 'u',
  ᴠ: 'v',
  ᴡ: 'w',
  ᴢ: 'z',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  γ: 'y',
  ω: 'w',
  μ: 'u',
  ς: 's',
  σ: 'o',
  δ: 'd',
  λ: 'l',
  π: 'n',
  ѵ: 'v',
  ɑ: 'a',
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  ŧ: 't',
  ħ: 'h',
  þ: 'th',
  ŀ: 'l',
};

interface CharInfo {
  kind: number;
  /** Folded text for LETTER, the raw character for DIGIT/LEET/MASK. */
  fold: string;
}

/** ASCII fast path: the kind and folded code of each ASCII character. */
const ASCII_KIND = new Uint8Array(128);
const ASCII_FOLD = new Uint16Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  let kind = SEP;
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) kind = LETTER;
  else if (c >= 48 && c <= 57) kind = DIGIT;
  else if (ch === '@' || ch === '$' || ch === '!' || ch === '|') kind = LEET;
  else if (ch === '*' || ch === '#') kind = MASK;
  ASCII_KIND[c] = kind;
  ASCII_FOLD[c] = kind === SEP ? 32 : c >= 65 && c <= 90 ? c + 32 : c;
}

const unicodeCache = new Map<number, CharInfo>();
const INVISIBLE = /^[\p{Cf}\p{Mn}\p{Me}\p{Cc}]$/u;
/** Hangul fillers: letters by category, blank in practice, a favourite of filter dodgers. */
const BLANK_LETTERS = new Set([0x115f, 0x1160, 0x3164, 0xffa0]);
const WORDLIKE = /^[\p{L}\p{N}]$/u;
const MARKS = /\p{M}/gu;

function classifyUnicode(cp: number): CharInfo {
  const cached = unicodeCache.get(cp);
  if (cached) return cached;
  const ch = String.fromCodePoint(cp);
  let info: CharInfo;
  if (INVISIBLE.test(ch) || BLANK_LETTERS.has(cp)) info = { kind: DROP, fold: '' };
  else {
    const lower = ch.toLowerCase();
    const glyph = HOMOGLYPHS[lower] ?? HOMOGLYPHS[ch];
    if (glyph) info = { kind: LETTER, fold: glyph };
    else {
      const decomposed = lower.normalize('NFKD').replace(MARKS, '').toLowerCase();
      const viaGlyphs = [...decomposed].map((c) => HOMOGLYPHS[c] ?? c).join('');
      if (viaGlyphs.length > 0 && viaGlyphs.length <= 4 && /^[a-z]+$/.test(viaGlyphs)) {
        info = { kind: LETTER, fold: viaGlyphs };
      } else if (viaGlyphs.length === 1 && /^[0-9]$/.test(viaGlyphs)) {
        info = { kind: DIGIT, fold: viaGlyphs };
      } else if (WORDLIKE.test(ch)) {
        const single =
          lower.length === 1 ? lower : cp > 0xffff ? String.fromCharCode(ASTRAL_LETTER) : lower[0];
        info = { kind: LETTER, fold: single ?? ' ' };
      } else info = { kind: SEP, fold: ' ' };
    }
  }
  if (unicodeCache.size < 20000) unicodeCache.set(cp, info);
  return info;
}

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

function isLetterCode(code: number): boolean {
  return (code >= 97 && code <= 122) || code > 127;
}

/** The first-pass kind of a folded code (letters, digits and the ASCII symbols keep distinct codes). */
function kindOf(code: number): number {
  if ((code >= 97 && code <= 122) || code > 127) return LETTER;
  if (code >= 48 && code <= 57) return DIGIT;
  if (code === 42 || code === 35) return MASK;
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
  let cased = 0;
  let upper = 0;
  // The word being written: where it starts in `out`, and whether it holds digits or symbols to resolve.
  let wordStart = -1;
  let wordSpecial = false;
  let singles = 0;
  let spaced = false;
  let i = 0;
  while (i <= n) {
    let cp = i < n ? text.charCodeAt(i) : 32;
    let kind: number;
    let width = 1;
    let info: CharInfo | null = null;
    if (cp < 128) kind = ASCII_KIND[cp]!;
    else {
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          cp = ((cp - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
          width = 2;
        }
      }
      info = cp >= 0xd800 && cp <= 0xdfff ? LONE_SURROGATE : classifyUnicode(cp);
      kind = info.kind;
    }
    if (kind === SEP) {
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
      i += width;
      continue;
    }
    if (kind === DROP) {
      i += width;
      continue;
    }
    if (wordStart < 0) wordStart = len;
    if (info === null) {
      if (kind === LETTER) {
        cased++;
        if (cp <= 90) upper++;
      } else {
        wordSpecial = true;
        if (kind === DIGIT) digits++;
      }
      out[len] = ASCII_FOLD[cp]!;
      from[len++] = i;
    } else {
      if (kind === LETTER) {
        if (cp < 0x250) {
          cased++;
          if (text[i] !== text[i]!.toLowerCase()) upper++;
        }
      } else wordSpecial = true;
      const folded = info.fold;
      for (let k = 0; k < folded.length; k++) {
        out[len] = folded.charCodeAt(k);
        from[len++] = i;
      }
    }
    i += width;
  }
  if (len > 0 && out[len - 1] === SPACE) len--;
  if (spaced) len = joinSpacedLetters(text, len);
  result.text = text;
  result.codes = codes;
  result.starts = starts;
  result.length = len;
  result.digits = digits;
  result.casedLetters = cased;
  result.upperLetters = upper;
  return result;
}

const result: Folded = {
  text: '',
  codes,
  starts,
  length: 0,
  digits: 0,
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
  const leet = letters >= 2;
  let write = w;
  for (let k = w; k < end; k++) {
    const code = codes[k]!;
    const kind = kindOf(code);
    let mapped = code;
    if (kind !== LETTER) {
      const ch = String.fromCharCode(code);
      const inside = k > firstLetter && k < lastLetter;
      mapped = -1;
      if (kind === DIGIT) mapped = leet && LEET_LETTER[ch] ? LEET_LETTER[ch].charCodeAt(0) : code;
      else if (kind === LEET) {
        const allowed = ch === '$' ? true : ch === '@' ? k > firstLetter : inside;
        if (leet && allowed) mapped = LEET_LETTER[ch]!.charCodeAt(0);
      } else if (kind === MASK && leet && inside) mapped = WILDCARD;
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

/**
 * Third pass: runs of at least three single letters split by short separators are one word
 * (`c o n n a r d`, `f.u.c.k`). Only single letters join, so "il y a con…" never becomes a bad word.
 */
function joinSpacedLetters(text: string, len: number): number {
  let write = 0;
  let r = 0;
  while (r < len) {
    if (isSingleLetter(r, len)) {
      let runEnd = r;
      let count = 1;
      while (
        runEnd + 2 < len &&
        codes[runEnd + 1] === SPACE &&
        isSingleLetter(runEnd + 2, len) &&
        starts[runEnd + 2]! - starts[runEnd]! <= 4 &&
        !hasLineBreak(text, starts[runEnd]!, starts[runEnd + 2]!)
      ) {
        runEnd += 2;
        count++;
      }
      if (count >= 3) {
        for (let k = r; k <= runEnd; k += 2) put(write++, codes[k]!, starts[k]!);
        r = runEnd + 1;
        continue;
      }
    }
    put(write++, codes[r]!, starts[r]!);
    r++;
  }
  return write;
}

function isSingleLetter(at: number, len: number): boolean {
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

/** Folds a charter term the way comments are folded, as a plain string. */
export function foldTerm(term: string): string {
  const folded = fold(term);
  return String.fromCharCode(...folded.codes.subarray(0, folded.length));
}
