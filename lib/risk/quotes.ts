/**
 * Whether a finding stands inside quotation marks: a quoted insult, threat or scam is reported, not committed.
 * Reads the original text around the finding (the folded text has no punctuation left).
 */

/**
 * Inside quotation marks on the same line ("…", « … », 'x' hugging the word, or a 'quoted phrase' whose single
 * quotes stand apart from words, so that an apostrophe in "l'arabe" or "don't" is never read as one).
 */
export function isQuoted(text: string, start: number, end: number): boolean {
  return quoteAround(text, start, end) !== null;
}

/** The offsets of the quotation marks around [start, end), or null: see `isQuoted`. */
export function quoteAround(
  text: string,
  start: number,
  end: number,
): { open: number; close: number } | null {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  if ((before === APOSTROPHE || before === LEFT_SINGLE) && (after === APOSTROPHE || after === RIGHT_SINGLE))
    return { open: start - 1, close: end };
  let open = 0;
  let openAt = -1;
  for (let k = start - 1; k >= Math.max(0, start - 120); k--) {
    const c = text.charCodeAt(k);
    if (c === NEWLINE) break;
    if (isQuoteMark(c)) {
      open = DOUBLE;
      openAt = k;
      break;
    }
    if (isSingleQuote(c) && !isWordChar(text.charCodeAt(k - 1))) {
      open = SINGLE;
      openAt = k;
      break;
    }
  }
  if (open === 0) return null;
  for (let k = end; k < Math.min(text.length, end + 120); k++) {
    const c = text.charCodeAt(k);
    if (c === NEWLINE) return null;
    if (open === DOUBLE ? isQuoteMark(c) : isSingleQuote(c) && !isWordChar(text.charCodeAt(k + 1)))
      return { open: openAt, close: k };
  }
  return null;
}

const DOUBLE = 1;
const SINGLE = 2;

function isSingleQuote(c: number): boolean {
  return c === APOSTROPHE || c === LEFT_SINGLE || c === RIGHT_SINGLE;
}

/** A letter or digit (any script), on which an apostrophe leans: "l'arabe", "don't". NaN (out of range) is not. */
function isWordChar(c: number): boolean {
  if (Number.isNaN(c)) return false;
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}

const APOSTROPHE = 0x27;
const LEFT_SINGLE = 0x2018;
const RIGHT_SINGLE = 0x2019;
const NEWLINE = 10;

/** One of QUOTES, by code: this runs over up to 240 characters per finding. */
function isQuoteMark(c: number): boolean {
  return c === 0x22 || (c >= 0x201c && c <= 0x201f) || c === 0xab || c === 0xbb;
}
