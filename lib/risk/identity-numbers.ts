/**
 * National identity numbers, found by their shape and, where the shape alone is any reference, by their name
 * before them or their check key. Personal data, but no way to be contacted (no spam cue).
 */
import type { RawSpan } from './detectors';
import * as detectors from './detectors';

// A module-level copy: some loaders (tsx → CommonJS) compile import bindings to getters, read per scan here.
const collect = detectors.collect;

/**
 * French social security numbers (NIR): sex, year, month, département (Corsica's 2A and 2B), commune, order,
 * then a key that must equal 97 minus the first thirteen digits mod 97, so a random run of digits rarely passes.
 */
const NIR =
  /(?<![\p{L}\p{N}])[12] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?![\p{L}\p{N}])/giu;
/** US social security numbers, written 3-2-4 with dashes (never issued: area 000, 666 or 9xx, group 00, serial 0000). */
const SSN = /(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])/g;
/** UK National Insurance numbers, as printed on the card: two letters, three pairs of digits, a letter A–D. */
const NINO = /\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g;

/** True when `candidate` (spaces allowed) is a NIR whose key matches. */
export function isValidNir(candidate: string): boolean {
  const compact = candidate.replace(/ /g, '').toUpperCase();
  if (compact.length !== 15) return false;
  const department = compact.slice(5, 7);
  const corsica = department === '2A' ? '19' : department === '2B' ? '18' : department;
  const body = compact.slice(0, 5) + corsica + compact.slice(7, 13);
  let remainder = 0;
  for (let k = 0; k < body.length; k++) remainder = (remainder * 10 + body.charCodeAt(k) - 48) % 97;
  return 97 - remainder === Number(compact.slice(13));
}

/**
 * National identity numbers: a French NIR with a valid key, a US SSN, a UK National Insurance number, a Singapore
 * NRIC, a Swiss AVS and a Belgian national number in their printed forms, and after their names a French passport,
 * a Canadian SIN and an Indian Aadhaar number.
 * `digits` (how many the text holds) skips the patterns that need more.
 */
export function findIdNumbers(text: string, digits: number, out: RawSpan[]): void {
  if (digits >= 13) {
    const found: RawSpan[] = [];
    collect(NIR, text, found);
    for (const span of found) if (isValidNir(text.slice(span.start, span.end))) out.push(span);
  }
  if (digits >= 9) collect(SSN, text, out);
  collect(NINO, text, out);
  if (digits >= 7) {
    const found: RawSpan[] = [];
    collect(NRIC, text, found);
    for (const span of found) if (isValidNric(text.slice(span.start, span.end))) out.push(span);
    collectNumberAfterWord(PASSPORT_FR, text, out);
  }
  // After its name, the number's shape is enough: one mistyped is still somebody's to hide.
  if (digits >= 11) {
    collect(AVS_CH, text, out);
    collect(NATIONAL_NUMBER_BE, text, out);
  }
  if (digits >= 9 && SIN_WORD.test(text)) collectNumberAfterWord(SIN_CA, text, out);
  if (digits >= 12 && AADHAAR_WORD.test(text)) collectNumberAfterWord(AADHAAR, text, out);
}

/** The number (capture group 1, at the end of the match) of a pattern led by the number's name. */
function collectNumberAfterWord(pattern: RegExp, text: string, out: RawSpan[]): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const number = match[1]!;
    const end = match.index + match[0].length;
    out.push({ start: end - number.length, end });
  }
}

/** A Swiss AVS/AHV number: 756, then ten digits, in its printed groups ("756.4821.3390.13"). */
const AVS_CH = /\b756[.\s]?\d{4}[.\s]?\d{4}[.\s]?\d{2}\b/g;
/** A Belgian national number in its printed form ("85.07.30-033.28"): birth date, serial, key. */
const NATIONAL_NUMBER_BE = /\b\d{2}\.[01]\d\.[0-3]\d-\d{3}\.\d{2}\b/g;

/** A Canadian social insurance number (NAS in Québec) after its name: nine digits alone are any reference. */
const SIN_CA =
  /\b(?:NAS|SIN|num[ée]ro d.assurance sociale|social insurance(?: number)?)\b[^\n\d]{0,25}\b(\d{3}[ -]?\d{3}[ -]?\d{3})\b/gi;
/**
 * Case-sensitive literals, which V8 searches far faster than the case-blind patterns above: only a text holding
 * one of them is searched with those.
 */
const SIN_WORD = /NAS|SIN|[Nn]as|[Ss]in|surance/;
const AADHAAR_WORD = /[Aa]adh|AADH/;

/** An Indian Aadhaar number after its name. */
const AADHAAR = /\baadh?aa?r\b[^\n\d]{0,25}\b([2-9]\d{3}[ -]?\d{4}[ -]?\d{4})\b/gi;

/** Singapore identity card (NRIC/FIN): a letter, seven digits, a check letter. */
const NRIC = /\b[STFGM]\d{7}[A-Z]\b/g;
/**
 * A French passport number ("18AV12345") after the word: the shape alone is too common a reference. The word
 * leads the pattern rather than sitting in a lookbehind, which V8 would try at every character of the comment.
 */
const PASSPORT_FR = /\bpasse?ports?\b[^\n\d]{0,25}\b(\d{2}[A-Z]{2}\d{5})\b/gi;

/** The NRIC check letter: weights 2 7 6 5 4 3 2 on the digits, an offset for the T, G and M series, mod 11. */
export function isValidNric(candidate: string): boolean {
  const weights = [2, 7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let k = 0; k < 7; k++) sum += Number(candidate[k + 1]) * weights[k]!;
  const series = candidate[0]!;
  if (series === 'T' || series === 'G') sum += 4;
  if (series === 'M') sum += 3;
  const letters =
    series === 'S' || series === 'T' ? 'JZIHGFEDCBA' : series === 'M' ? 'KLJNPQRTUWX' : 'XWUTRQPNMLK';
  return letters[sum % 11] === candidate[8];
}
