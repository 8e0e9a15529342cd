/**
 * Changes to the starter charter that must reach charters already stored. The database upgrade and the
 * restore of an older backup both apply them, so a CM who installed an earlier Tact, or restores one of its
 * backups, gets the same protection as a new install. Each change is idempotent and touches nothing else.
 */
import type { Charter } from '../model';
import { CLAUSE_IDS } from './ids';

/** Schema v4: the starter clause on personal data also finds identity numbers (NIR, SSN, NINO). */
export function addIdNumberDetector(charter: Charter): Charter {
  let changed = false;
  const clauses = charter.clauses.map((clause) => {
    const starterClause = clause.id === CLAUSE_IDS.personalData && clause.category === 'personal_data';
    if (!starterClause || clause.detectors.includes('id_number')) return clause;
    changed = true;
    return { ...clause, detectors: [...clause.detectors, 'id_number' as const] };
  });
  return changed ? { ...charter, clauses } : charter;
}

/** Every upgrade a charter written at `schemaVersion` needs. */
export function upgradeCharter(charter: Charter, schemaVersion: number): Charter {
  return schemaVersion < 4 ? addIdNumberDetector(charter) : charter;
}
