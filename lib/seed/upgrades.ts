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

/** Every upgrade a charter written at `schemaVersion` needs. */
export function upgradeCharter(charter: Charter, schemaVersion: number): Charter {
  return schemaVersion < 4 ? upgradeCharterToV4(charter) : charter;
}
