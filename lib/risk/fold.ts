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
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', ɡ: 'g', ʏ: 'y', ɪ: 'i', ᴀ: 'a', ʙ: 'b', ᴄ: 'c',
  ᴅ: 'd', ᴇ: 'e', ɢ: 'g', ʜ: 'h', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm', ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ʀ: 'r', ᴛ: 't',
  ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ᴢ: 'z', α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p',
  τ: 't', υ: 'u', χ: 'x', γ: 'y', ω: 'w', μ: 'u', ς: 's', σ: 'o', δ: 'd', λ: 'l', π: 'n', ѵ: 'v', ɑ: 'a',
  œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ð: 'd', ł: 'l', ı: 'i', ŧ: 't', ħ: 'h', þ: 'th', ŀ: 'l',
};

interface CharInfo {
  kind: number;
  /** Folded text for LETTER, the raw character for DIGIT/LEET/MASK. */
  fold: string;
}

const asciiTable: CharInfo[] = [];
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (c >= 97 && c <= 122) asciiTable.push({ kind: LETTER, fold: ch });
  else if (c >= 65 && c <= 90) asciiTable.push({ kind: LETTER, fold: ch.toLowerCase() });
  else if (c >= 48 && c <= 57) asciiTable.push({ kind: DIGIT, fold: ch });
  else if (ch === '@' || ch === '$' || ch === '!' || ch === '|') asciiTable.push({ kind: LEET, fold: ch });
  else if (ch === '*' || ch === '#') asciiTable.push({ kind: MASK, fold: ch });
  else asciiTable.push({ kind: SEP, fold: ' ' });
}

const unicodeCache = new Map<number, CharInfo>();
const INVISIBLE = /^[\p{Cf}\p{Mn}\p{Me}\p{Cc}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}\u115F\u1160\u3164\uFFA0]$/u;
const WORDLIKE = /^[\p{L}\p{N}]$/u;
const MARKS = /\p{M}/gu;

function classifyUnicode(cp: number): CharInfo {
  const cached = unicodeCache.get(cp);
  if (cached) return cached;
  const ch = String.fromCodePoint(cp);
  let info: CharInfo;
  if (INVISIBLE.test(ch)) info = { kind: DROP, fold: '' };
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
        const single = lower.length === 1 ? lower : cp > 0xffff ? String.fromCharCode(ASTRAL_LETTER) : lower[0];
        info = { kind: LETTER, fold: single ?? ' ' };
      } else info = { kind: SEP, fold: ' ' };
    }
  }
  if (unicodeCache.size < 20000) unicodeCache.set(cp, info);
  return info;
}

/** The folded view of one text. The arrays are scratch buffers: valid until the next call to `fold`. */
export interface Folded {
  /** Folded code units: a-z, 0-9, space, `*` (masked letter) and other lower-case letters. */
  codes: Uint16Array;
  /** UTF-16 start (inclusive) and end (exclusive) in the original text of each folded unit. */
  starts: Int32Array;
  ends: Int32Array;
  length: number;
  /** How many ASCII digits the original holds (detectors for phones, IBANs and cards need several). */
  digits: number;
  /** Letters that have an upper and lower case, and how many of them were upper case (shouting). */
  casedLetters: number;
  upperLetters: number;
}

let capacity = 0;
let codes = new Uint16Array(0);
let starts = new Int32Array(0);
let ends = new Int32Array(0);
let kinds = new Uint8Array(0);

function ensureCapacity(needed: number): void {
  if (needed <= capacity) return;
  let next = Math.max(256, capacity * 2);
  while (next < needed) next *= 2;
  const grow = <T extends Uint16Array | Int32Array | Uint8Array>(old: T, make: (n: number) => T): T => {
    const fresh = make(next);
    fresh.set(old);
    return fresh;
  };
  codes = grow(codes, (n) => new Uint16Array(n));
  starts = grow(starts, (n) => new Int32Array(n));
  ends = grow(ends, (n) => new Int32Array(n));
  kinds = grow(kinds, (n) => new Uint8Array(n));
  capacity = next;
}

export function isWordCode(code: number): boolean {
  return code !== SPACE;
}

function isLetterCode(code: number): boolean {
  return (code >= 97 && code <= 122) || code > 127;
}

/** Folds `text`; see `Folded`. Never throws on any string, including lone surrogates. */
export function fold(text: string): Folded {
  const n = text.length;
  ensureCapacity(n + 8);
  let len = 0;
  let digits = 0;
  let cased = 0;
  let upper = 0;
  let i = 0;
  while (i < n) {
    let cp = text.charCodeAt(i);
    let width = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    let info: CharInfo;
    if (cp < 128) {
      info = asciiTable[cp]!;
      if (cp >= 65 && cp <= 90) {
        cased++;
        upper++;
      } else if (cp >= 97 && cp <= 122) cased++;
      else if (cp >= 48 && cp <= 57) digits++;
    } else if (cp >= 0xd800 && cp <= 0xdfff) info = asciiTable[32]!; // lone surrogate: a separator
    else {
      info = classifyUnicode(cp);
      if (info.kind === LETTER && cp < 0x250) {
        cased++;
        if (text[i] !== text[i]!.toLowerCase()) upper++;
      }
    }
    const kind = info.kind;
    if (kind === SEP) {
      if (len > 0 && codes[len - 1] !== SPACE) {
        ensureCapacity(len + 1);
        codes[len] = SPACE;
        kinds[len] = SEP;
        starts[len] = i;
        ends[len] = i + width;
        len++;
      }
    } else if (kind !== DROP) {
      const out = info.fold;
      ensureCapacity(len + out.length + 1);
      for (let k = 0; k < out.length; k++) {
        codes[len] = out.charCodeAt(k);
        kinds[len] = kind;
        starts[len] = i;
        ends[len] = i + width;
        len++;
      }
    }
    i += width;
  }
  if (len > 0 && codes[len - 1] === SPACE) len--;
  len = resolveWords(len);
  len = joinSpacedLetters(text, len);
  return { codes, starts, ends, length: len, digits, casedLetters: cased, upperLetters: upper };
}

/**
 * Second pass, word by word: digits and symbols become letters when their word is made of letters
 * (`c0nn@rd`, `$hit`, `sh!t`), masks become wildcards inside such words (`f*ck`); otherwise digits stay
 * and symbols become separators. Compacts the arrays; returns the new length.
 */
function resolveWords(len: number): number {
  let write = 0;
  let w = 0;
  while (w < len) {
    if (codes[w] === SPACE) {
      if (write > 0 && codes[write - 1] !== SPACE) copy(w, write++);
      w++;
      continue;
    }
    let end = w;
    let letters = 0;
    let firstLetter = -1;
    let lastLetter = -1;
    let special = false;
    while (end < len && codes[end] !== SPACE) {
      if (kinds[end] === LETTER) {
        letters++;
        if (firstLetter < 0) firstLetter = end;
        lastLetter = end;
      } else special = true;
      end++;
    }
    if (!special) {
      for (let k = w; k < end; k++) copy(k, write++);
    } else {
      const leet = letters >= 2;
      for (let k = w; k < end; k++) {
        const kind = kinds[k];
        if (kind === LETTER) {
          copy(k, write++);
          continue;
        }
        const ch = String.fromCharCode(codes[k]!);
        const inside = k > firstLetter && k < lastLetter;
        let out = -1;
        if (kind === DIGIT) out = leet && LEET_LETTER[ch] ? LEET_LETTER[ch].charCodeAt(0) : codes[k]!;
        else if (kind === LEET) {
          const allowed = ch === '$' ? true : ch === '@' ? k > firstLetter : inside;
          if (leet && allowed) out = LEET_LETTER[ch]!.charCodeAt(0);
        } else if (kind === MASK && leet && inside) out = WILDCARD;
        if (out >= 0) {
          copy(k, write);
          codes[write] = out;
          kinds[write] = out === WILDCARD ? MASK : out >= 97 ? LETTER : DIGIT;
          write++;
        } else if (write > 0 && codes[write - 1] !== SPACE) {
          copy(k, write);
          codes[write] = SPACE;
          kinds[write] = SEP;
          write++;
        }
      }
    }
    w = end;
  }
  if (write > 0 && codes[write - 1] === SPACE) write--;
  return write;
}

function copy(from: number, to: number): void {
  if (from === to) return;
  codes[to] = codes[from]!;
  kinds[to] = kinds[from]!;
  starts[to] = starts[from]!;
  ends[to] = ends[from]!;
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
        starts[runEnd + 2]! - ends[runEnd]! <= 3 &&
        !hasLineBreak(text, ends[runEnd]!, starts[runEnd + 2]!)
      ) {
        runEnd += 2;
        count++;
      }
      if (count >= 3) {
        for (let k = r; k <= runEnd; k += 2) copy(k, write++);
        r = runEnd + 1;
        continue;
      }
    }
    copy(r, write++);
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
