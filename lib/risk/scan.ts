/**
 * Scans one comment against a compiled charter: fold, match every term in one pass, run the detectors the
 * charter switched on, drop what an allowed phrase covers, lower what a cue says is quoted or negated, and
 * sum it up in a verdict. Lowered findings stay in `findings` (flagged `lowered`) for the explanation, but
 * count neither in `severity`, `rules` nor `spans`: a comment that only condemns or negates abuse is `none`.
 */
import type { Lang } from '../model';
import { type Severity, severityRank as severityRankImport } from '../vocabulary';
import * as brandContacts from './brand-contacts';
import type { CompiledCharter } from './compile';
import * as compile from './compile';
import type { ScanContext } from './context';
import * as context from './context';
import type { RawSpan } from './detectors';
import * as detectors from './detectors';
import * as folding from './fold';
import * as identityNumbers from './identity-numbers';
import * as lowering from './lowering';
import * as patterns from './patterns';
import * as trie from './trie';
import type { Finding, Span, Verdict } from './types';
import * as wallets from './wallets';

// Module-level copies of everything used per scan: some loaders (tsx → CommonJS) compile import bindings
// to getters, which cost a call on every read in the hot path.
const TERM = compile.KIND_TERM;
const ALLOW = compile.KIND_ALLOW;
const CUE_ENTRY = compile.KIND_CUE;
const STREET = compile.CUE.street;
const LANG_FR = compile.LANG_FR;
const LANG_EN = compile.LANG_EN;
const severityRank = severityRankImport;
const { addDraft, newCueTable, origEnd, origStart } = context;
const {
  findAddresses,
  findCards,
  findEmails,
  findIbans,
  findLinks,
  findMoneyAndShortCodes,
  findPhones,
  findShouting,
  findSortCodes,
  UK_POSTCODE,
} = detectors;
const { isBusinessLine, isCareersLink, isRoleMailbox } = brandContacts;
const findIdNumbers = identityNumbers.findIdNumbers;
const fold = folding.fold;
const LINK_MARKS = folding.MARK.dot | folding.MARK.colon;
const SCHEME_MARKS = folding.MARK.colon | folding.MARK.slash;
const BRACKET_MARK = folding.MARK.bracket;
const CURRENCY_MARK = folding.MARK.currency;
/** A word of letters and digits as long as a wallet address (see `fold`): the only place one can be. */
const LONG_TOKEN_MARK = folding.MARK.longToken;
const isLowered = lowering.isLowered;
const { runPatterns, scoreSpam } = patterns;
const { findAll, Hits } = trie;
const findWallets = wallets.findWallets;

const hits = new Hits();
const cueTable = newCueTable();
/** The cue families the last scan filled: only those need clearing (most scans touch a few of the CUE_COUNT). */
const filledCues: number[] = [];
/** Longer input is scanned in its first MAX_LENGTH code units: a comment is never that long. */
const MAX_LENGTH = 200_000;

export function scanText(compiled: CompiledCharter, text: string, options?: { lang?: Lang }): Verdict {
  const input = typeof text === 'string' ? text : String(text ?? '');
  try {
    return scanUnsafe(
      compiled,
      input.length > MAX_LENGTH ? input.slice(0, MAX_LENGTH) : input,
      options?.lang,
    );
  } catch {
    // The engine must never break a page: an unexpected failure reads as "nothing found".
    return { severity: 'none', rules: [], spans: [], findings: [], lang: options?.lang ?? 'fr' };
  }
}

function scanUnsafe(compiled: CompiledCharter, text: string, forcedLang: Lang | undefined): Verdict {
  const folded = fold(text);
  hits.reset();
  findAll(compiled.trie, compiled, folded.codes, folded.length, hits);
  for (const family of filledCues) cueTable[family]!.clear();
  filledCues.length = 0;
  const ctx: ScanContext = { text, compiled, folded, cues: cueTable, drafts: [], money: 0 };

  let termHits = 0;
  let allowHits = 0;
  for (let k = 0; k < hits.count; k++) {
    const entry = hits.entry[k]!;
    const kind = compiled.entryKind[entry];
    if (kind === CUE_ENTRY) {
      const family = compiled.entryValue[entry]!;
      const cue = cueTable[family]!;
      if (cue.size === 0) filledCues.push(family);
      cue.push(hits.start[k]!, hits.end[k]!, entry);
    } else if (kind === TERM) termHits++;
    else if (kind === ALLOW) allowHits++;
  }
  const lang = forcedLang ?? decideLanguage(hits.lang[LANG_FR]!, hits.lang[LANG_EN]!);
  const langCode = lang === 'fr' ? LANG_FR : LANG_EN;

  for (let k = 0; k < hits.count && termHits > 0; k++) {
    const entry = hits.entry[k]!;
    if (compiled.entryKind[entry] !== TERM) continue;
    const only = compiled.entryLang[entry]!;
    if (only !== 0 && only !== langCode) continue;
    const fStart = hits.start[k]!;
    const fEnd = hits.end[k]!;
    ctx.drafts.push({
      clause: compiled.entryValue[entry]!,
      start: origStart(ctx, fStart),
      end: origEnd(ctx, fEnd),
      fStart,
      fEnd,
      source: 'term',
    });
  }

  const on = compiled.on;
  const emails: RawSpan[] = [];
  const numbers: RawSpan[] = [];
  const contacts = runContactDetectors(ctx, emails, numbers);
  let links = 0;
  // Every link has a dot ("bit.ly", "www.", "x.com") or a colon ("https://"): without one, nothing to find.
  if (on.link && (folded.marks & LINK_MARKS) !== 0) {
    const found: RawSpan[] = [];
    findLinks(text, found, (folded.marks & SCHEME_MARKS) === SCHEME_MARKS);
    for (const span of found) {
      if (overlapsAny(span, emails)) continue; // the domain of an email is not a link
      if (isCareersLink(text, span)) continue;
      links++;
      addDraft(ctx, 'link', 'detector', span.start, span.end);
    }
  }
  if (on.shouting) {
    const found: RawSpan[] = [];
    findShouting(text, folded.casedLetters, folded.upperLetters, found);
    for (const span of found) addDraft(ctx, 'shouting', 'detector', span.start, span.end);
  }
  runPatterns(ctx);
  if (on.offplatform) {
    const found: RawSpan[] = [];
    const money: RawSpan[] = [];
    findMoneyAndShortCodes(text, folded.digits, found, (folded.marks & CURRENCY_MARK) !== 0);
    // Five digits inside a card or phone number found above are no SMS short code.
    for (const span of found) if (!overlapsAny(span, numbers)) money.push(span);
    ctx.money = money.length;
    // A wallet address is a request for money in itself: spam with no other cue.
    let strong = links > 0;
    if ((folded.marks & LONG_TOKEN_MARK) !== 0) {
      const found: RawSpan[] = [];
      findWallets(text, found);
      for (const span of found) addDraft(ctx, 'offplatform', 'detector', span.start, span.end);
      if (found.length > 0) strong = true;
    }
    for (const draft of ctx.drafts) if (compiled.clauses[draft.clause]!.category === 'spam') strong = true;
    scoreSpam(ctx, { strong, contacts }, money);
  }

  const allowed: RawSpan[] = [];
  for (let k = 0; k < hits.count && allowHits > 0; k++) {
    if (compiled.entryKind[hits.entry[k]!] !== ALLOW) continue;
    allowed.push({ start: origStart(ctx, hits.start[k]!), end: origEnd(ctx, hits.end[k]!) });
  }
  return summarise(ctx, allowed, lang);
}

/**
 * Emails, phones, addresses, IBANs, cards and identity numbers, into `emails` and `numbers` (phones too); returns
 * how many contacts were found (a spam cue).
 */
function runContactDetectors(ctx: ScanContext, emails: RawSpan[], numbers: RawSpan[]): number {
  const on = ctx.compiled.on;
  const { text, folded } = ctx;
  if (on.iban && folded.digits >= 10) {
    const found: RawSpan[] = [];
    findIbans(text, found);
    for (const span of found) addDraft(ctx, 'iban', 'detector', span.start, span.end);
    numbers.push(...found);
  }
  if (on.card && folded.digits >= 13) {
    const found: RawSpan[] = [];
    findCards(text, found);
    for (const span of found) {
      if (overlapsAny(span, numbers)) continue;
      addDraft(ctx, 'card', 'detector', span.start, span.end);
      numbers.push(span);
    }
  }
  // Identity numbers and sort codes are personal data, not a way to be contacted: they count as no spam cue.
  let count = numbers.length;
  if (on.iban && folded.digits >= 6) {
    const found: RawSpan[] = [];
    findSortCodes(text, found);
    for (const span of found) addDraft(ctx, 'iban', 'detector', span.start, span.end);
    numbers.push(...found);
  }
  if (on.id_number && folded.digits >= 6) {
    const found: RawSpan[] = [];
    findIdNumbers(text, folded.digits, found);
    for (const span of found) {
      if (overlapsAny(span, numbers)) continue;
      addDraft(ctx, 'id_number', 'detector', span.start, span.end);
      numbers.push(span);
    }
  }
  if ((on.phone || on.offplatform) && folded.digits >= 9) {
    const found: RawSpan[] = [];
    findPhones(text, found);
    const phones: RawSpan[] = [];
    for (const span of found) {
      if (overlapsAny(span, numbers)) continue;
      // A company's line is no personal data, though it is still a number to call (a spam cue).
      if (!isBusinessLine(text, span)) addDraft(ctx, 'phone', 'detector', span.start, span.end);
      phones.push(span);
      count++;
    }
    numbers.push(...phones);
  }
  if (on.email || on.link) {
    findEmails(text, emails, (folded.marks & BRACKET_MARK) !== 0);
    // A company's role mailbox ("support@…") is nobody's address, and customers quote it all day: no spam cue.
    for (const span of emails) {
      if (isRoleMailbox(text, span)) continue;
      if (on.email) addDraft(ctx, 'email', 'detector', span.start, span.end);
      count++;
    }
  }
  if (on.address && folded.digits > 0) {
    const postcode = folded.upperLetters >= 3 && UK_POSTCODE.test(text);
    if (postcode || ctx.cues[STREET]!.size > 0) {
      const found: RawSpan[] = [];
      findAddresses(text, found, postcode);
      for (const span of found) addDraft(ctx, 'address', 'detector', span.start, span.end);
    }
  }
  return count;
}

function overlapsAny(span: RawSpan, others: RawSpan[]): boolean {
  return others.some((o) => span.start < o.end && o.start < span.end);
}

/**
 * More frequent words of one language decide; a tie reads as French. (A former test for French letters on ties
 * could never change the result, as a tie always read as French: it was dropped to save a regex per scan.)
 */
function decideLanguage(fr: number, en: number): Lang {
  return en > fr ? 'en' : 'fr';
}

let clauseEnds = new Int32Array(64);

/** Per clause, the end of its last kept finding: scratch, reset to -1 by each scan that has findings. */
function clauseEndScratch(clauses: number): Int32Array {
  if (clauses > clauseEnds.length) clauseEnds = new Int32Array(clauses * 2);
  clauseEnds.fill(-1, 0, clauses);
  return clauseEnds;
}

/** Allowed phrases, lowering cues, de-duplication, then the verdict. */
function summarise(ctx: ScanContext, allowed: RawSpan[], lang: Lang): Verdict {
  const { compiled, text, drafts } = ctx;
  if (drafts.length === 0) return { severity: 'none', rules: [], spans: [], findings: [], lang };
  let kept = drafts;
  if (allowed.length > 0)
    kept = drafts.filter((d) => !allowed.some((a) => a.start <= d.start && d.end <= a.end));
  if (kept.length > 1) kept = dropAccusationsOfGroups(kept, compiled);
  // Longest first, so that a phrase swallows the words it contains ("fils de pute" over "pute").
  if (kept.length > 1) sortDrafts(kept);
  const findings: Finding[] = [];
  // Sorted by start: a draft overlaps an earlier one of its clause when it starts before that clause's last end.
  const clauseEnd = clauseEndScratch(compiled.clauses.length);
  let severity: Severity = 'none';
  for (const draft of kept) {
    if (draft.start < clauseEnd[draft.clause]!) continue;
    clauseEnd[draft.clause] = draft.end;
    const clause = compiled.clauses[draft.clause]!;
    const finding: Finding = {
      start: draft.start,
      end: draft.end,
      rule: clause.id,
      clauseId: clause.id,
      category: clause.category,
      severity: clause.severity,
      match: text.slice(draft.start, draft.end),
      source: draft.source,
    };
    if (draft.detector) finding.detector = draft.detector;
    if (isLowered(ctx, draft, clause.category)) finding.lowered = true;
    else if (severityRank(clause.severity) > severityRank(severity)) severity = clause.severity;
    findings.push(finding);
  }
  const rules: string[] = [];
  const spans: Span[] = [];
  for (const finding of findings) {
    if (finding.lowered) continue;
    spans.push({ start: finding.start, end: finding.end, rule: finding.rule });
    if (!rules.includes(finding.rule)) rules.push(finding.rule);
  }
  if (rules.length > 1) sortRules(rules, findings);
  return { severity, rules, spans, findings, lang };
}

/**
 * "Les arabes sont des voleurs" is hate against a group, not a customer calling the brand a thief: a crisis
 * word inside a hateful statement about a group is dropped, the statement stays.
 */
function dropAccusationsOfGroups(
  drafts: ScanContext['drafts'],
  compiled: CompiledCharter,
): ScanContext['drafts'] {
  const statements = drafts.filter((d) => d.detector === 'hate_statement');
  if (statements.length === 0) return drafts;
  return drafts.filter(
    (d) =>
      compiled.clauses[d.clause]!.category !== 'crisis' ||
      !statements.some((s) => s.start <= d.start && d.end <= s.end),
  );
}

// The lists below hold a handful of items: an insertion sort beats Array#sort's set-up cost, and being stable
// it gives the same order Array#sort (stable too) gave with the same comparison.

/** By start, longest first at the same start. */
function sortDrafts(drafts: ScanContext['drafts']): void {
  for (let k = 1; k < drafts.length; k++) {
    const draft = drafts[k]!;
    let j = k - 1;
    while (
      j >= 0 &&
      (drafts[j]!.start > draft.start || (drafts[j]!.start === draft.start && drafts[j]!.end < draft.end))
    ) {
      drafts[j + 1] = drafts[j]!;
      j--;
    }
    drafts[j + 1] = draft;
  }
}

/** Most severe first (a rule's severity: its most severe finding that was not lowered), then first seen. */
function sortRules(rules: string[], findings: Finding[]): void {
  const ranks = rules.map((rule) => {
    let best = 0;
    for (const f of findings)
      if (f.rule === rule && !f.lowered) best = Math.max(best, severityRank(f.severity));
    return best;
  });
  for (let k = 1; k < rules.length; k++) {
    const rule = rules[k]!;
    const rank = ranks[k]!;
    let j = k - 1;
    while (j >= 0 && ranks[j]! < rank) {
      rules[j + 1] = rules[j]!;
      ranks[j + 1] = ranks[j]!;
      j--;
    }
    rules[j + 1] = rule;
    ranks[j + 1] = rank;
  }
}
