/**
 * Character classes of the folding pass. Every character below LATIN_END (ASCII and the Latin accents, the
 * bulk of French and English comments) is classified once, into flat tables read by one load each in the
 * hot loop; the rest of Unicode goes through `classifyUnicode` (decomposition, look-alikes), cached.
 */

/** Character classes of the first pass. */
export const CHAR_KIND = {
  /** Invisible: zero-width, joiners, combining marks, variation selectors. */
  DROP: 0,
  /** Separator: spaces, punctuation, emoji. */
  SEP: 1,
  /** Folded to one or more word characters. */
  LETTER: 2,
  /** Stays a digit unless its word reads as leetspeak. */
  DIGIT: 3,
  /** A symbol that may stand for a letter: @ $ ! | */
  LEET: 4,
  /** A symbol that may hide a letter: * # */
  MASK: 5,
  /** An emoji a charter may list (🍆, 🐒, 🖕): a word of its own, or of a run of such emoji ("🍆💦"). */
  EMOJI: 6,
} as const;
const { DROP, SEP, LETTER, DIGIT, LEET, MASK, EMOJI } = CHAR_KIND;

/**
 * The emoji that carry abuse in comments, each folded to a code of its own (other emoji stay separators): sexual
 * (🍆 🍑 💦 👅 🥵 🔞), dehumanising (🐒 🐵 🦍 🦧 🍌 🐷 🐖 🐀 🪳), insulting (🖕 🤡 💩) and threatening (🔪 🔫 💣
 * ⚰ 🪦 ☠ 💀). Appending keeps the codes of stored charters' terms stable.
 */
const EMOJI_WORDS = [
  0x1f346, 0x1f351, 0x1f4a6, 0x1f445, 0x1f975, 0x1f51e, 0x1f412, 0x1f435, 0x1f98d, 0x1f9a7, 0x1f34c, 0x1f437,
  0x1f416, 0x1f400, 0x1fab3, 0x1f595, 0x1f921, 0x1f4a9, 0x1f52a, 0x1f52b, 0x1f4a3, 0x26b0, 0x1faa6, 0x2620,
  0x1f480,
];
/** The first folded code of an emoji word; see `isEmojiCode`. */
export const EMOJI_CODE_BASE = 0xe100;

/** A folded letter: a-z, or any code above ASCII but an emoji word's. */
export function isLetterCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code > 127 && !isEmojiCode(code));
}

/** A folded emoji word's code: a word character, but no letter. */
export function isEmojiCode(code: number): boolean {
  return code >= EMOJI_CODE_BASE && code < EMOJI_CODE_BASE + 256;
}
const EMOJI_INFO = new Map(
  EMOJI_WORDS.map((cp, k) => [cp, { kind: EMOJI, fold: String.fromCharCode(EMOJI_CODE_BASE + k) }]),
);

/** Stand-in for a letter outside the Basic Multilingual Plane that has no ASCII fold. */
const ASTRAL_LETTER = 0xe000;

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

export interface CharInfo {
  kind: number;
  /** Folded text for LETTER, the raw character for DIGIT/LEET/MASK. */
  fold: string;
}

const unicodeCache = new Map<number, CharInfo>();
const INVISIBLE = /^[\p{Cf}\p{Mn}\p{Me}\p{Cc}]$/u;
/** Hangul fillers: letters by category, blank in practice, a favourite of filter dodgers. */
const BLANK_LETTERS = new Set([0x115f, 0x1160, 0x3164, 0xffa0]);
const WORDLIKE = /^[\p{L}\p{N}]$/u;
const MARKS = /\p{M}/gu;

export function classifyUnicode(cp: number): CharInfo {
  const cached = unicodeCache.get(cp);
  if (cached) return cached;
  const ch = String.fromCodePoint(cp);
  let info: CharInfo;
  const emoji = EMOJI_INFO.get(cp);
  if (emoji) info = emoji;
  else if (INVISIBLE.test(ch) || BLANK_LETTERS.has(cp)) info = { kind: DROP, fold: '' };
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

const LATIN_END = 0x250;
const LATIN_KIND = new Uint8Array(LATIN_END);
const LATIN_FOLD = new Uint16Array(LATIN_END);
const LATIN_UPPER = new Uint8Array(LATIN_END);
const LATIN_MULTI: string[] = [];

/** Characters below `end` have their class, fold and case in these tables. */
export const LATIN = {
  end: LATIN_END,
  kind: LATIN_KIND,
  /** The folded code, or 0 when the fold is several letters (`œ` → `oe`, in `multi`). */
  fold: LATIN_FOLD,
  /** 1 for an upper-case letter (shouting counts them). */
  upper: LATIN_UPPER,
  multi: LATIN_MULTI,
} as const;

for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  let kind: number = SEP;
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) kind = LETTER;
  else if (c >= 48 && c <= 57) kind = DIGIT;
  else if (ch === '@' || ch === '$' || ch === '!' || ch === '|') kind = LEET;
  else if (ch === '*' || ch === '#') kind = MASK;
  LATIN_KIND[c] = kind;
  LATIN_FOLD[c] = kind === SEP ? 32 : c >= 65 && c <= 90 ? c + 32 : c;
  LATIN_UPPER[c] = c >= 65 && c <= 90 ? 1 : 0;
}
/** Kind of a Latin character not classified yet: the first text holding it fills its entries. */
export const UNCLASSIFIED = 255;
// Classifying a character costs a Unicode normalisation: done on first sight rather than for the whole range at
// start-up, which every page paid for (a few milliseconds) whether or not its comments held accents.
LATIN_KIND.fill(UNCLASSIFIED, 128);

/** Fills the Latin tables for `c` (128 ≤ c < LATIN_END) and returns its kind. */
export function classifyLatin(c: number): number {
  const info = classifyUnicode(c);
  const ch = String.fromCharCode(c);
  LATIN_FOLD[c] = info.fold.length === 1 ? info.fold.charCodeAt(0) : 0;
  if (info.fold.length !== 1) LATIN_MULTI[c] = info.fold;
  LATIN_UPPER[c] = info.kind === LETTER && ch !== ch.toLowerCase() ? 1 : 0;
  LATIN_KIND[c] = info.kind;
  return info.kind;
}
