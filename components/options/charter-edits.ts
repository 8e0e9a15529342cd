import { addTerm, allowTerm, disallowTerm, removeTerm, setEnabled, setSeverity } from '@/lib/charter/edit';
import { getDb } from '@/lib/db/database';
import type { Charter, Clause, ClauseSeverity, Lang, RecommendedAction } from '@/lib/model';
import { CharterSchema, describeZodError } from '@/lib/model';
import { bumpRevision } from '@/lib/revision';

/** Replaces one clause of a charter with the result of `change`; other clauses stay as they are. */
export function patchClause(charter: Charter, clauseId: string, change: (clause: Clause) => Clause): Charter {
  return {
    ...charter,
    clauses: charter.clauses.map((clause) => (clause.id === clauseId ? change(clause) : clause)),
  };
}

/** Validates and stores a charter, then tells the content scripts to recompile it. */
export async function saveCharter(charter: Charter): Promise<void> {
  const parsed = CharterSchema.safeParse({ ...charter, updatedAt: Date.now() });
  if (!parsed.success) throw new Error(describeZodError(parsed.error));
  await getDb().charters.put(parsed.data);
  await bumpRevision();
}

export type ClauseTransform = (charter: Charter) => Charter;

export interface ClauseEdits {
  addTerm: (lang: Lang, term: string) => void;
  removeTerm: (lang: Lang, term: string) => void;
  allowTerm: (lang: Lang, term: string) => void;
  removeAllowed: (lang: Lang, term: string) => void;
  setSeverity: (severity: ClauseSeverity) => void;
  setEnabled: (enabled: boolean) => void;
  setAction: (action: RecommendedAction) => void;
  setTemplates: (templateIds: string[]) => void;
}

/** The edits the clause editor offers, each turned into a charter transform handed to `apply`. */
export function clauseEditsFor(clauseId: string, apply: (transform: ClauseTransform) => void): ClauseEdits {
  // The term and switch edits are lib/charter's; action and linked replies are plain field changes.
  const edit = (change: (clause: Clause) => Clause) =>
    apply((charter) => patchClause(charter, clauseId, change));
  return {
    addTerm: (lang, term) => apply((charter) => addTerm(charter, clauseId, lang, term)),
    removeTerm: (lang, term) => apply((charter) => removeTerm(charter, clauseId, lang, term)),
    allowTerm: (lang, term) => apply((charter) => allowTerm(charter, clauseId, lang, term)),
    removeAllowed: (lang, term) => apply((charter) => disallowTerm(charter, clauseId, lang, term)),
    setSeverity: (severity) => apply((charter) => setSeverity(charter, clauseId, severity)),
    setEnabled: (enabled) => apply((charter) => setEnabled(charter, clauseId, enabled)),
    setAction: (action) => edit((c) => ({ ...c, action })),
    setTemplates: (templateIds) => edit((c) => ({ ...c, templateIds })),
  };
}
