/**
 * Compiles a charter once into the matcher the scanner reuses: every term and allowed phrase of every enabled
 * clause, plus the built-in vocabulary of the detectors those clauses switch on, in one trie.
 */
import type { Category, Charter, Clause, ClauseSeverity, Lang } from '../model';
import { DETECTORS, type Detector } from '../vocabulary';
import * as cues from './lexicon/cues';
import * as groupAttributes from './lexicon/group-attributes';
import { foldCharterTerm, unmatchableReason } from './term-check';
import { slipReachOf, type Trie, TrieBuilder } from './trie';

export const KIND_TERM = 0;
export const KIND_ALLOW = 1;
export const KIND_CUE = 2;

/** Built-in cue families; their index is the `value` of a KIND_CUE entry. */
export const CUE = {
  langFr: 0,
  langEn: 1,
  negation: 2,
  reporting: 3,
  saying: 4,
  condemnation: 5,
  joke: 6,
  group: 7,
  groupAfter: 8,
  groupBefore: 9,
  addressee: 10,
  degrading: 11,
  intent: 12,
  violent: 13,
  selfIntent: 14,
  selfAct: 15,
  crisisIntent: 16,
  crisisAct: 17,
  find: 18,
  contaminant: 19,
  question: 20,
  spamCue: 21,
  street: 22,
  copula: 23,
  attribute: 24,
  pressContact: 25,
  newsroom: 26,
  reclaimBefore: 27,
  reclaimAfter: 28,
  harmVerb: 29,
  target: 30,
  harmNow: 31,
  arrival: 32,
  weapon: 33,
  statedThreat: 34,
  statedSelfHarm: 35,
  careNeed: 36,
  praise: 37,
  tool: 38,
  refundSettled: 39,
  refundUnsettled: 40,
  mobilising: 41,
  pilingOn: 42,
  bodyHarm: 43,
  bodyPart: 44,
  bodyIdiom: 45,
  ownBody: 46,
  afterWork: 47,
  foundThem: 48,
  theirAccount: 49,
  sport: 50,
  otherSense: 51,
  scamDoubt: 52,
  statedHarassment: 53,
  farewell: 54,
  lastWords: 55,
  ordinaryLeaving: 56,
  satisfied: 57,
  scamWarning: 58,
  doxFact: 59,
  crowdCall: 60,
  incitement: 61,
  yourSelfHarm: 62,
  minor: 63,
  sexualising: 64,
  exposure: 65,
  viralReach: 66,
} as const;
export const CUE_COUNT = 67;

export const LANG_ANY = 0;
export const LANG_FR = 1;
export const LANG_EN = 2;

export interface CompiledClause {
  id: string;
  category: Category;
  severity: ClauseSeverity;
}

/** Opaque to callers: build it with `compileCharter`, pass it to `scanText`. */
export interface CompiledCharter {
  readonly trie: Trie;
  readonly entryKind: Uint8Array;
  readonly entryValue: Int32Array;
  readonly entryLang: Uint8Array;
  readonly prefix: Uint8Array;
  readonly counted: Uint8Array;
  readonly fuzzy: Uint8Array;
  readonly slipReach: Uint8Array;
  readonly clauses: CompiledClause[];
  /** Clause indexes that switched each detector on. */
  readonly detectorClauses: ReadonlyMap<Detector, number[]>;
  /** Whether any enabled clause switched each detector on (a plain object: read on every scan). */
  readonly on: Readonly<Record<Detector, boolean>>;
}

const CUE_LISTS: ReadonlyArray<readonly [number, readonly string[], Detector | null]> = [
  [CUE.langFr, cues.STOPWORDS_FR, null],
  [CUE.langEn, cues.STOPWORDS_EN, null],
  [CUE.negation, cues.NEGATIONS, null],
  [CUE.reporting, cues.REPORTING, null],
  [CUE.saying, cues.SAYING, null],
  [CUE.condemnation, cues.CONDEMNATIONS, null],
  [CUE.reclaimBefore, cues.RECLAIMING_BEFORE, null],
  [CUE.reclaimAfter, cues.RECLAIMING_AFTER, null],
  [CUE.praise, cues.PRAISE, null],
  [CUE.refundSettled, cues.REFUND_SETTLED, null],
  [CUE.refundUnsettled, cues.REFUND_UNSETTLED, null],
  [CUE.joke, cues.JOKES, 'self_harm'],
  [CUE.group, cues.GROUPS, 'hate_statement'],
  [
    CUE.groupAfter,
    [...withVariants(cues.GROUP_PREDICATES_AFTER), ...groupAttributes.GROUP_VIOLENCE_PREDICATES],
    'hate_statement',
  ],
  [CUE.groupBefore, cues.GROUP_PREDICATES_BEFORE, 'hate_statement'],
  [CUE.copula, groupAttributes.GROUP_COPULAS, 'hate_statement'],
  [CUE.attribute, groupAttributes.GROUP_ATTRIBUTES, 'hate_statement'],
  [CUE.addressee, cues.ADDRESSEES, 'harassment'],
  [CUE.degrading, cues.DEGRADING, 'harassment'],
  [CUE.mobilising, cues.MOBILISING, 'harassment'],
  [CUE.pilingOn, cues.PILING_ON, 'harassment'],
  [CUE.intent, cues.INTENTS, 'threat'],
  [CUE.violent, cues.VIOLENT_ACTS, 'threat'],
  [CUE.harmVerb, cues.HARM_VERBS, 'threat'],
  [CUE.target, cues.TARGETS, 'threat'],
  [CUE.harmNow, [...cues.HARM_NOW, ...cues.HARM_NOW_EN], 'threat'],
  [CUE.arrival, cues.ARRIVALS, 'threat'],
  [CUE.weapon, cues.WEAPONS, 'threat'],
  [CUE.tool, cues.TOOLS, 'threat'],
  [CUE.statedThreat, cues.STATED_THREATS, 'threat'],
  [CUE.bodyHarm, cues.BODY_HARM_ACTS, 'threat'],
  [CUE.bodyPart, cues.BODY_PARTS, 'threat'],
  [CUE.bodyIdiom, cues.BODY_IDIOMS, 'threat'],
  [CUE.ownBody, cues.OWN_BODY_SUBJECTS, 'threat'],
  [CUE.sport, cues.SPORT, 'threat'],
  [CUE.afterWork, cues.AFTER_WORK, 'harassment'],
  [CUE.foundThem, cues.FOUND_THEM, 'harassment'],
  [CUE.theirAccount, cues.THEIR_ACCOUNTS, 'harassment'],
  [CUE.statedHarassment, cues.STATED_HARASSMENT, 'harassment'],
  [CUE.doxFact, cues.DOX_FACTS, 'harassment'],
  [CUE.crowdCall, cues.CROWD_CALLS, 'harassment'],
  [CUE.incitement, cues.INCITEMENTS, 'harassment'],
  [CUE.yourSelfHarm, cues.YOUR_SELF_HARM, 'harassment'],
  [CUE.minor, cues.MINORS, 'sexualised_minor'],
  [CUE.sexualising, cues.SEXUALISING, 'sexualised_minor'],
  [CUE.otherSense, [...new Set(Object.values(cues.OTHER_SENSES).flat())], null],
  [CUE.scamDoubt, cues.SCAM_DOUBTS, null],
  [CUE.selfIntent, cues.SELF_INTENTS, 'self_harm'],
  [CUE.selfAct, cues.SELF_ACTS, 'self_harm'],
  [CUE.statedSelfHarm, cues.STATED_SELF_HARM, 'self_harm'],
  [CUE.farewell, cues.FAREWELLS, 'self_harm'],
  [CUE.lastWords, cues.LAST_WORDS, 'self_harm'],
  [CUE.ordinaryLeaving, cues.ORDINARY_LEAVING, 'self_harm'],
  [CUE.crisisIntent, cues.CRISIS_INTENTS, 'crisis'],
  [CUE.crisisAct, cues.CRISIS_ACTS, 'crisis'],
  [CUE.find, cues.CONTAMINANT_FINDS, 'crisis'],
  [CUE.pressContact, cues.PRESS_CONTACTS, 'crisis'],
  [CUE.newsroom, cues.NEWSROOMS, 'crisis'],
  [CUE.contaminant, cues.CONTAMINANTS, 'crisis'],
  [CUE.exposure, cues.EXPOSURES, 'crisis'],
  [CUE.viralReach, cues.VIRAL_REACH, 'crisis'],
  [CUE.question, cues.QUESTIONS, 'customer_care'],
  [CUE.careNeed, cues.CARE_NEEDS, 'customer_care'],
  [CUE.satisfied, cues.SATISFIED, 'customer_care'],
  [CUE.spamCue, cues.SPAM_CUES, 'offplatform'],
  [CUE.scamWarning, cues.SCAM_WARNINGS, 'offplatform'],
  [CUE.street, cues.STREETS, 'address'],
];

/** "are animals" also reads "are all animals", "sont des rats" also "sont tous des rats". */
function withVariants(predicates: readonly string[]): string[] {
  const out: string[] = [];
  const inserts: Record<string, string[]> = {
    'are ': ['all ', 'just ', 'literally ', 'basically ', 'nothing but '],
    'should ': ['all '],
    'sont ': ['tous ', 'toutes ', 'vraiment ', 'juste ', 'que '],
    'doivent ': ['tous '],
    'devraient ': ['tous '],
  };
  for (const predicate of predicates) {
    out.push(predicate);
    for (const [head, extras] of Object.entries(inserts)) {
      if (!predicate.startsWith(head)) continue;
      for (const extra of extras) out.push(head + extra + predicate.slice(head.length));
    }
  }
  return out;
}

/**
 * Categories whose words may match with a slip of the keyboard: slurs. Insults were tried too, and too many
 * ordinary words sit one slip away from one ("ordres" and "ordures", "Conrad" and "connard").
 */
const SLIP_CATEGORIES = new Set<Category>(['hate']);

const collideEn = new Set(cues.COLLIDE_EN);
const collideFr = new Set(cues.COLLIDE_FR);

class EntryTable {
  kind: number[] = [];
  value: number[] = [];
  lang: number[] = [];
  prefix: number[] = [];
  counted: number[] = [];
  fuzzy: number[] = [];
  add(kind: number, value: number, lang: number, prefix: boolean, fuzzy = false): number {
    this.fuzzy.push(fuzzy ? 1 : 0);
    this.counted.push(
      kind === KIND_CUE && value === CUE.langFr
        ? LANG_FR
        : kind === KIND_CUE && value === CUE.langEn
          ? LANG_EN
          : 0,
    );
    this.kind.push(kind);
    this.value.push(value);
    this.lang.push(lang);
    this.prefix.push(prefix ? 1 : 0);
    return this.kind.length - 1;
  }
}

/**
 * English as texted: "watch ur back", "i know where u live". A term with "you" or "your" also matches with "u"
 * and "ur" (one variant, both swapped), so no list has to spell each phrase twice. Null when there is nothing
 * to swap.
 */
function textingVariant(folded: string): string | null {
  if (!/\byour?\b/.test(folded)) return null;
  return folded.replace(/\byour\b/g, 'ur').replace(/\byou\b/g, 'u');
}

/** Adds one literal term (a trailing `*` matches any continuation of the word) with its plural forms. */
function addTerm(
  builder: TrieBuilder,
  entries: EntryTable,
  raw: string,
  kind: number,
  value: number,
  termLang: Lang | null,
  slipCategory = false,
): void {
  const term = foldCharterTerm(raw);
  const { folded, prefix, emoji, unjoined } = term;
  if (unmatchableReason(term, kind === KIND_CUE)) return;
  // A word that is ordinary in the other language ("con" in English, "retard" in French) counts only in its own.
  let lang = LANG_ANY;
  if (termLang !== 'en' && collideEn.has(folded) && (termLang === 'fr' || kind === KIND_CUE)) lang = LANG_FR;
  if (termLang !== 'fr' && collideFr.has(folded) && (termLang === 'en' || kind === KIND_CUE)) lang = LANG_EN;
  // Slurs and group names may match with a slip of the keyboard (trie.ts, `findSlips`), when long enough.
  const fuzzy =
    (slipCategory || (kind === KIND_CUE && value === CUE.group)) &&
    folded.length >= 7 &&
    !folded.includes(' ');
  const entry = entries.add(kind, value, lang, prefix, fuzzy);
  builder.add(folded, entry);
  if (unjoined) builder.add(unjoined, entry);
  const texting = termLang === 'fr' ? null : textingVariant(folded);
  if (texting) builder.add(texting, entry);
  if (prefix || kind === KIND_CUE || emoji) return;
  const plural = entries.add(kind, value, lang, false, fuzzy);
  // A word ending in s, x or z takes no other s: "procès" plus "s" would be the English "process".
  if (!/[sxz]$/.test(folded)) builder.add(`${folded}s`, plural);
  if (/(s|x|z|ch|sh)$/.test(folded)) builder.add(`${folded}es`, plural);
}

function clausesOf(charter: Pick<Charter, 'clauses'> | Clause[]): Clause[] {
  if (Array.isArray(charter)) return charter;
  return Array.isArray(charter?.clauses) ? charter.clauses : [];
}

export function compileCharter(charter: Pick<Charter, 'clauses'> | Clause[]): CompiledCharter {
  const builder = new TrieBuilder();
  const entries = new EntryTable();
  const clauses: CompiledClause[] = [];
  const detectorClauses = new Map<Detector, number[]>();
  for (const clause of clausesOf(charter)) {
    if (!clause?.enabled) continue;
    const index = clauses.length;
    clauses.push({ id: clause.id, category: clause.category, severity: clause.severity });
    for (const lang of ['fr', 'en'] as const) {
      for (const term of clause.terms?.[lang] ?? [])
        addTerm(builder, entries, term, KIND_TERM, index, lang, SLIP_CATEGORIES.has(clause.category));
      for (const term of clause.allowed?.[lang] ?? [])
        addTerm(builder, entries, term, KIND_ALLOW, index, null);
    }
    for (const detector of new Set(clause.detectors ?? [])) {
      const list = detectorClauses.get(detector) ?? [];
      list.push(index);
      detectorClauses.set(detector, list);
    }
  }
  for (const [cue, words, detector] of CUE_LISTS) {
    if (detector && !detectorClauses.has(detector)) continue;
    for (const word of new Set(words)) addTerm(builder, entries, word, KIND_CUE, cue, null);
  }
  const trie = builder.build();
  const fuzzy = Uint8Array.from(entries.fuzzy);
  return {
    trie,
    entryKind: Uint8Array.from(entries.kind),
    entryValue: Int32Array.from(entries.value),
    entryLang: Uint8Array.from(entries.lang),
    prefix: Uint8Array.from(entries.prefix),
    counted: Uint8Array.from(entries.counted),
    fuzzy,
    slipReach: slipReachOf(trie, fuzzy),
    clauses,
    detectorClauses,
    on: Object.fromEntries(DETECTORS.map((d) => [d, detectorClauses.has(d)])) as Record<Detector, boolean>,
  };
}
