/**
 * Changes to the starter charter that must reach charters already stored. The database upgrade and the
 * restore of an older backup both apply them, so a CM who installed an earlier Tact, or restores one of its
 * backups, gets the same protection as a new install. Each change is idempotent, and only touches clauses made
 * from the starter's (same id and category): a CM's own words, exceptions and settings stay as they are.
 */
import type { Charter, Clause, Lang } from '../model';
import { STARTER_CLAUSES } from './charter';
import { CLAUSE_IDS } from './ids';
import { STARTER_TERMS_ADDED_IN_V4 } from './starter-terms-v4';
import { STARTER_ALLOWED_ADDED_IN_V5, STARTER_TERMS_ADDED_IN_V5 } from './starter-terms-v5';

const STARTER_CATEGORY = new Map(STARTER_CLAUSES.map((clause) => [clause.id, clause.category]));
const LANGS: Lang[] = ['fr', 'en'];

function isFromStarter(clause: Clause): boolean {
  return STARTER_CATEGORY.get(clause.id) === clause.category;
}

/** The starter words added since, unless the clause has them already or the CM made them exceptions. */
function withAddedTerms(clause: Clause, added: { fr: readonly string[]; en: readonly string[] }): Clause {
  let changed = false;
  const terms = { ...clause.terms };
  for (const lang of LANGS) {
    const known = new Set([...clause.terms[lang], ...clause.allowed[lang]].map((t) => t.toLowerCase()));
    const missing = added[lang].filter((term) => !known.has(term.toLowerCase()));
    if (missing.length === 0) continue;
    terms[lang] = [...clause.terms[lang], ...missing];
    changed = true;
  }
  return changed ? { ...clause, terms } : clause;
}

/**
 * Schema v4: the starter clause on personal data also finds identity numbers (NIR, SSN, NINO), and the starter
 * clauses gain the words and phrases added to the starter charter in this version.
 */
export function upgradeCharterToV4(charter: Charter): Charter {
  let changed = false;
  const clauses = charter.clauses.map((clause) => {
    if (!isFromStarter(clause)) return clause;
    let next = clause;
    if (clause.id === CLAUSE_IDS.personalData && !clause.detectors.includes('id_number'))
      next = { ...next, detectors: [...next.detectors, 'id_number' as const] };
    const added = STARTER_TERMS_ADDED_IN_V4[clause.id];
    if (added) next = withAddedTerms(next, added);
    if (next !== clause) changed = true;
    return next;
  });
  return changed ? { ...charter, clauses } : charter;
}

/** The allowed phrases added since, unless the clause has them already (allowed, or as a term the CM chose). */
function withAddedAllowed(clause: Clause, added: { fr: readonly string[]; en: readonly string[] }): Clause {
  let changed = false;
  const allowed = { ...clause.allowed };
  for (const lang of LANGS) {
    const known = new Set([...clause.terms[lang], ...clause.allowed[lang]].map((t) => t.toLowerCase()));
    const missing = added[lang].filter((phrase) => !known.has(phrase.toLowerCase()));
    if (missing.length === 0) continue;
    allowed[lang] = [...clause.allowed[lang], ...missing];
    changed = true;
  }
  return changed ? { ...clause, allowed } : clause;
}

/**
 * Schema v5: the starter clauses gain the self-harm, threat and crisis phrases added in this version, and the
 * hate clause the ordinary phrases it allows ("pédale de frein", "chink in the armour").
 */
export function upgradeCharterToV5(charter: Charter): Charter {
  let changed = false;
  const clauses = charter.clauses.map((clause) => {
    if (!isFromStarter(clause)) return clause;
    let next = clause;
    const terms = STARTER_TERMS_ADDED_IN_V5[clause.id];
    if (terms) next = withAddedTerms(next, terms);
    const allowed = STARTER_ALLOWED_ADDED_IN_V5[clause.id];
    if (allowed) next = withAddedAllowed(next, allowed);
    if (next !== clause) changed = true;
    return next;
  });
  return changed ? { ...charter, clauses } : charter;
}

/** Every upgrade a charter written at `schemaVersion` needs, oldest first. */
export function upgradeCharter(charter: Charter, schemaVersion: number): Charter {
  let upgraded = charter;
  if (schemaVersion < 4) upgraded = upgradeCharterToV4(upgraded);
  if (schemaVersion < 5) upgraded = upgradeCharterToV5(upgraded);
  return upgraded;
}
