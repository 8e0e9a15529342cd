/**
 * Whether a finding stands inside quotation marks: a quoted insult, threat or scam is reported, not committed.
 * Reads the original text around the finding (the folded text has no punctuation left).
 */

/**
 * Inside quotation marks on the same line ("…", « … », 'x' hugging the word, or a 'quoted phrase' whose single
 * quotes stand apart from words, so that an apostrophe in "l'arabe" or "don't" is never read as one).
 */
export function isQuoted(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  if ((before === APOSTROPHE || before === LEFT_SINGLE) && (after === APOSTROPHE || after === RIGHT_SINGLE))
    return true;
  let open = 0;
  for (let k = start - 1; k >= Math.max(0, start - 120); k--) {
    const c = text.charCodeAt(k);
    if (c === NEWLINE) break;
    if (isQuoteMark(c)) {
      open = DOUBLE;
      break;
    }
    if (isSingleQuote(c) && !isWordChar(text.charCodeAt(k - 1))) {
      open = SINGLE;
      break;
    }
  }
  if (open === 0) return false;
  for (let k = end; k < Math.min(text.length, end + 120); k++) {
    const c = text.charCodeAt(k);
    if (c === NEWLINE) return false;
    if (open === DOUBLE ? isQuoteMark(c) : isSingleQuote(c) && !isWordChar(text.charCodeAt(k + 1)))
      return true;
  }
  return false;
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
