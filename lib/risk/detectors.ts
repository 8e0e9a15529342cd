/**
 * Detectors that read the original text (not the folded one): contact details, bank and card numbers, links,
 * sums of money, shouting. Each regex is linear (no nested quantifiers over overlapping classes) and each one
 * runs only when a cheap pre-check says it could match.
 */

export interface RawSpan {
  start: number;
  end: number;
}

const EMAIL_AROUND =
  /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,5}\.[a-z]{2,24}/iuy;
const EMAIL_SPELLED =
  /[\p{L}\p{N}._%+-]{1,64}(?: (?:dot|point) [\p{L}\p{N}_%+-]{1,64}){0,2}\s?(?:\[at\]|\(at\)|\{at\}|\sarobase\s|\sat\s)\s?[\p{L}\p{N}-]{1,63}\s?(?:\[dot\]|\(dot\)|\{dot\}|\[point\]|\(point\)|\spoint\s|\sdot\s|\.)\s?(?:com|fr|net|org|be|ch|ca|co\.uk|io|eu)\b/giu;
const LOCAL_PART = /[\p{L}\p{N}._%+-]/u;

/**
 * Emails: anchored at each "@" (mentions are everywhere, so no regex sweeps the whole text). `bracketed`: whether
 * the text holds an opening bracket, when the caller knows (an "[at]" needs one).
 */
export function findEmails(text: string, out: RawSpan[], bracketed = true): void {
  // A reply on X starts with "@name": an "@" at the very start holds no email but must not end the search.
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (at === 0 || !LOCAL_PART.test(text[at - 1]!)) continue;
    let start = at - 1;
    while (start > 0 && at - start < 64 && LOCAL_PART.test(text[start - 1]!)) start--;
    EMAIL_AROUND.lastIndex = start;
    const match = EMAIL_AROUND.exec(text);
    if (match) {
      out.push({ start, end: trimEnd(text, start, start + match[0].length) });
      at = start + match[0].length - 1;
    }
  }
  if ((bracketed && hasBracketedAt(text)) || SPELLED_AROBASE.test(text) || SPELLED_DOMAIN.test(text))
    collect(EMAIL_SPELLED, text, out);
}

const SPELLED_AROBASE = / arobase /i;
/** "… at gmail dot com": a domain spelled out, the other way to write an email without its "@". */
const SPELLED_DOMAIN = / (?:dot|point) (?:com|fr|net|org|be|ch|ca|io|eu)\b/i;
const CLOSERS = ']})';
const OPENERS = '[{(';

/** "[at]", "(at)" or "{at}" in any case; anchored at the (rare) closing brackets rather than a regex sweep. */
function hasBracketedAt(text: string): boolean {
  for (let b = 0; b < 3; b++) {
    const closer = CLOSERS[b]!;
    for (let k = text.indexOf(closer, 3); k > 0; k = text.indexOf(closer, k + 1)) {
      if (
        text[k - 3] === OPENERS[b] &&
        (text.charCodeAt(k - 2) | 32) === 97 &&
        (text.charCodeAt(k - 1) | 32) === 116
      )
        return true;
    }
  }
  return false;
}

const PHONE =
  /(?<![\p{L}\p{N}+])(?:(?:\+|00)[1-9]\d{0,2}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d(?:[\s.-]?\d){5,13}|\(0\d{1,4}\)(?:[\s.-]?\d){5,10}|0\d(?:[\s.-]?\d){7,11}|0\d{3}\/\d{2}[\s.]?\d{2}[\s.]?\d{2}|\(\d{3}\)\s?\d{3}[\s.-]?\d{4}|\d{3}[\s.-]\d{3}[\s.-]\d{4})(?![\p{L}\p{N}])/gu;

export function findPhones(text: string, out: RawSpan[]): void {
  const found: RawSpan[] = [];
  collect(PHONE, text, found);
  for (const span of found) {
    const digits = countDigits(text, span.start, span.end);
    if (digits < 9 || digits > 15) continue;
    // Part of a longer number (an IBAN or a card split in groups) is not a phone number.
    if (isDigitAt(text, span.start - 2) && ' .-'.includes(text[span.start - 1] ?? 'x')) continue;
    if (isDigitAt(text, span.end + 1) && ' .-'.includes(text[span.end] ?? 'x')) continue;
    out.push(span);
  }
}

const IBAN = /\b[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,4})?\b/gi;
const IBAN_LENGTHS: Record<string, number> = {
  FR: 27,
  DE: 22,
  GB: 22,
  BE: 16,
  ES: 24,
  IT: 27,
  CH: 21,
  NL: 18,
  LU: 20,
  PT: 25,
  IE: 22,
  AT: 20,
  MC: 27,
  PL: 28,
  SE: 24,
  DK: 18,
  FI: 18,
  NO: 15,
  GR: 27,
  MA: 28,
  TN: 24,
  SN: 28,
  CI: 28,
  RO: 24,
  CZ: 24,
  HU: 28,
};

/** True when `candidate` (spaces allowed) is an IBAN of the right length whose mod-97 checksum holds. */
export function isValidIban(candidate: string): boolean {
  const compact = candidate.replace(/[ -]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  const expected = IBAN_LENGTHS[compact.slice(0, 2)];
  if (expected !== undefined && compact.length !== expected) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = ch >= 'A' ? ch.charCodeAt(0) - 55 : ch.charCodeAt(0) - 48;
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

export function findIbans(text: string, out: RawSpan[]): void {
  const found: RawSpan[] = [];
  collect(IBAN, text, found);
  for (const span of found) {
    if (isValidIban(text.slice(span.start, span.end))) out.push(span);
    else {
      // The groups may run on into the next word ("BE68 5390 0754 7034 merci"): cut at the country's length.
      const end = endAtLength(text, span, IBAN_LENGTHS[text.slice(span.start, span.start + 2).toUpperCase()]);
      if (end > 0 && isValidIban(text.slice(span.start, end))) out.push({ start: span.start, end });
    }
  }
}

/** A British sort code, and the 8-digit account number after it if any: "Sort code 20-00-00, account 55779911". */
const SORT_CODE =
  /\bsort[\s-]?code\b(?: is)?[\s:]{0,3}\d{2}[- ]?\d{2}[- ]?\d{2}\b(?:[,;.]?\s{0,3}(?:and )?(?:(?:my )?acc(?:oun)?t(?: number| no\.?)?(?: is)?)?[\s:]{0,3}\d{8}\b)?/gi;
const SORT_WORD = /sort/i;

/** UK bank details have no IBAN checksum in everyday use: the words "sort code" are the evidence. */
export function findSortCodes(text: string, out: RawSpan[]): void {
  if (SORT_WORD.test(text)) collect(SORT_CODE, text, out);
}

/** Where `span` holds `length` letters and digits, or -1. */
function endAtLength(text: string, span: RawSpan, length: number | undefined): number {
  if (length === undefined) return -1;
  let count = 0;
  for (let k = span.start; k < span.end; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 45 && ++count === length) return k + 1;
  }
  return -1;
}

const CARD = /(?<![\p{L}\p{N}-])\d(?:[ -]?\d){12,18}(?![\p{L}\p{N}-])/gu;

/** Luhn checksum over the digits of `candidate`. */
export function passesLuhn(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '');
  if (digits.length < 13 || digits.length > 19 || /^(\d)\1+$/.test(digits)) return false;
  let sum = 0;
  for (let k = 0; k < digits.length; k++) {
    let d = digits.charCodeAt(digits.length - 1 - k) - 48;
    if (k % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function findCards(text: string, out: RawSpan[]): void {
  const found: RawSpan[] = [];
  collect(CARD, text, found);
  for (const span of found)
    if (passesLuhn(text.slice(span.start, span.end)) && !isInsideLongerNumber(text, span)) out.push(span);
}

/** Groups of an IBAN ("FR76 3000 4008 2200 0101 2345 685"): digits that run on, or a country code and key before. */
function isInsideLongerNumber(text: string, span: RawSpan): boolean {
  return (
    RUNS_ON.test(text.slice(span.end, span.end + 2)) ||
    IBAN_HEAD.test(text.slice(Math.max(0, span.start - 5), span.start))
  );
}

const RUNS_ON = /^[ -]\d/;
const IBAN_HEAD = /[A-Z]{2}\d{2}[ -]?$/i;

const ADDRESS_FR =
  /\b\d{1,4}\s?(?:bis|ter)?,?\s(?:rue|avenue|av\.|boulevard|bd|place|chemin|all[ée]e|impasse|quai|route|cours|square|passage|r[ée]sidence)\s(?:d[eu']\s?|de la\s|des\s)?[\p{L}'-]{2,30}(?:\s[\p{L}'-]{2,30}){0,3}/giu;
const ADDRESS_EN =
  /\b\d{1,5}[A-Z]?\s(?:[A-Z][a-z]{1,20}\s){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Boulevard|Blvd|Drive|Dr|Court|Ct|Way|Place|Terrace)\b\.?/g;

/** A shop, branch or office named just before an address: the brand's own address, nobody's home. */
const PLACE_OF_BUSINESS =
  /\b(?:magasins?|boutiques?|agences?|restaurants?|resto|succursales?|showroom|point de vente|supermarch[ée]s?|h[ôo]tels?|si[èe]ge|stores?|shops?|branch(?:es)?|outlets?|offices?|headquarters|head office|hq|suite|p\.?o\.? box|ltd|limited)\b[^.!?\n]{0,32}$/iu;

/** A house number, a few words, then a British postcode: "14 Heol y Deri, Rhiwbina, Cardiff CF14 6HF". */
const ADDRESS_UK_POSTCODE = /\b\d{1,4}[A-Za-z]?\s[^\n\d]{3,60}?\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/g;
/** A British postcode, anywhere: the address search with one runs only then. */
export const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/;

/** Swiss and Belgian order, the number after the street, then a four-digit postcode: "Chemin des Vignes 5, 1007 Lausanne". */
const ADDRESS_CH =
  /\b(?:rue|route|avenue|chemin|ch\.|av\.|quai|place|all[ée]e|boulevard|impasse|[\p{L}]+(?:strasse|gasse|weg))\b[\p{L}' -]{0,40}?\s\d{1,4}[a-z]?,?\s\d{4}\s\p{Lu}[\p{L}-]+/giu;

/** A four-digit postcode then a town, which ADDRESS_CH needs: searched first, far cheaper than the whole pattern. */
const POSTCODE_THEN_TOWN = /\d,? \d{4} \p{Lu}/u;

/** Home addresses: not those of the brand's shops ("Le magasin du 12 avenue de la République"). */
export function findAddresses(text: string, out: RawSpan[], postcode = false): void {
  const found: RawSpan[] = [];
  collect(ADDRESS_FR, text, found);
  collect(ADDRESS_EN, text, found);
  if (POSTCODE_THEN_TOWN.test(text)) collect(ADDRESS_CH, text, found);
  if (postcode) collect(ADDRESS_UK_POSTCODE, text, found);
  for (const span of found)
    if (!PLACE_OF_BUSINESS.test(text.slice(Math.max(0, span.start - 40), span.start))) out.push(span);
}

const SHORTENERS =
  'bit\\.ly|t\\.co|tinyurl\\.com|goo\\.gl|ow\\.ly|is\\.gd|buff\\.ly|cutt\\.ly|rebrand\\.ly|shorturl\\.at|tiny\\.cc|rb\\.gy|t\\.me|wa\\.me|lnkd\\.in|bl\\.ink|s\\.id|linktr\\.ee';
const URL_WITH_SCHEME = /(?:https?:\/\/|www\.)[^\s<>"'»)\]]+/gi;
const BARE_DOMAIN = new RegExp(
  `\\b(?:${SHORTENERS})/[^\\s<>"'»)\\]]*|\\b[a-z0-9][a-z0-9-]{0,62}(?:\\.[a-z0-9-]{1,63}){0,3}\\.(?:com|net|org|fr|ly|io|me|info|biz|xyz|tk|gl|gg|online|site|shop|store|app|link|click|tv|cc|eu|top|club|live|page|gd|ws|vip|win|loan|help|support|co\\.uk|co)\\b(?:/[^\\s<>"'»)\\]]*)?`,
  'gi',
);
const TLDS = new Set(
  'com net org fr ly io me info biz xyz tk gl gg online site shop store app link click tv cc eu top club live page gd ws vip win loan help support co at in id ee'.split(
    ' ',
  ),
);

/** Cheap pre-check for a bare domain: a dot between a letter or digit and a known top-level domain. */
function mayHoldBareDomain(text: string): boolean {
  for (let dot = text.indexOf('.'); dot > 0; dot = text.indexOf('.', dot + 1)) {
    const before = text.charCodeAt(dot - 1);
    const lower = before | 32;
    if (!((lower >= 97 && lower <= 122) || (before >= 48 && before <= 57))) continue;
    let end = dot + 1;
    while (end < text.length && end - dot <= 8) {
      const c = text.charCodeAt(end) | 32;
      if (c < 97 || c > 122) break;
      end++;
    }
    if (end > dot + 1 && TLDS.has(text.slice(dot + 1, end).toLowerCase())) return true;
  }
  return false;
}

/**
 * Links with a scheme or "www.", and bare domains. `schemeMarks`: whether the text holds both a colon and a slash,
 * when the caller knows ("https://" needs them).
 */
export function findLinks(text: string, out: RawSpan[], schemeMarks = text.includes('://')): void {
  const found: RawSpan[] = [];
  if (schemeMarks || text.includes('www.') || text.includes('WWW.')) {
    collect(URL_WITH_SCHEME, text, found);
  }
  if (mayHoldBareDomain(text)) {
    const bare: RawSpan[] = [];
    collect(BARE_DOMAIN, text, bare);
    for (const span of bare)
      if (!found.some((f) => f.start <= span.start && span.end <= f.end) && !isBareShortener(text, span))
        found.push(span);
  }
  out.push(...found);
}

const BARE_SHORTENER = new RegExp(`^(?:${SHORTENERS})$`, 'i');

/** "Don't click the bit.ly links": a shortener named without a path leads nowhere ("bit.ly\1bSefQe" does). */
function isBareShortener(text: string, span: RawSpan): boolean {
  return BARE_SHORTENER.test(text.slice(span.start, span.end)) && AFTER_BARE.test(text.charAt(span.end));
}

const AFTER_BARE = /^(?:$|[\s,.;:!?)'"»])/;

const MONEY =
  /[£$€]\s?\d[\d.,]*(?:\s?k)?|\b\d[\d.,]*\s?(?:€|£|\$|euros?|eur|dollars?|pounds?|k€|usd|gbp)(?![\p{L}])/giu;
const CURRENCY_WORD = /euro|dollar|pound|eur\b|usd|gbp/i;
/**
 * Cheap pre-check for a sum in words ("20 euros", "5k usd"): a number followed, after at most one space, by
 * the first letter of a currency word (e, d, p, u, g, k). Only then the currency regex runs. Regexes rather
 * than loops over characters here: they run natively even on a cold page, where a loop is interpreted.
 */
const NUMBER_THEN_CURRENCY_LETTER = /\d[\d.,]*\s?[edpugk]/i;
/** An SMS short code: a run of exactly five digits, not part of a longer or decimal number. */
const SHORT_CODE = /(?<![\d+.,#-])\d{5}(?![\d.,-])/g;

/** Sums of money and SMS short codes (a run of exactly five digits): weak spam cues. */
export function findMoneyAndShortCodes(
  text: string,
  digits: number,
  out: RawSpan[],
  /** Whether the text holds £, $ or €, when the caller already knows (the folding pass notes it). */
  currencySign = text.includes('£') || text.includes('$') || text.includes('€'),
): void {
  if (digits === 0) return;
  if (currencySign || (NUMBER_THEN_CURRENCY_LETTER.test(text) && CURRENCY_WORD.test(text))) {
    collect(MONEY, text, out);
  }
  if (digits < 5) return;
  collect(SHORT_CODE, text, out);
}

/** A long text written mostly in capitals: the span from its first to its last capital letter. */
export function findShouting(text: string, cased: number, upper: number, out: RawSpan[]): void {
  if (cased < 12 || upper < 10 || upper < cased * 0.7) return;
  let first = -1;
  let last = -1;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const capital = c < 128 ? c >= 65 && c <= 90 : c < 0x250 && text[k] !== text[k]!.toLowerCase();
    if (capital) {
      if (first < 0) first = k;
      last = k;
    }
  }
  if (first >= 0) out.push({ start: first, end: last + 1 });
}

/** Every match of `pattern` in `text`, trimmed of trailing punctuation, at most 200. */
export function collect(pattern: RegExp, text: string, out: RawSpan[]): void {
  pattern.lastIndex = 0;
  let guard = 0;
  for (let match = pattern.exec(text); match !== null && guard < 200; match = pattern.exec(text), guard++) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    out.push({ start: match.index, end: trimEnd(text, match.index, match.index + match[0].length) });
  }
}

/** A link or address that ends a sentence does not own the full stop. */
function trimEnd(text: string, start: number, end: number): number {
  let trimmed = end;
  while (trimmed > start + 1 && '.,;:!?'.includes(text[trimmed - 1]!)) trimmed--;
  return trimmed;
}

function isDigitAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 48 && c <= 57;
}

function countDigits(text: string, start: number, end: number): number {
  let n = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}
