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

const withWord = (list: readonly string[], word: string) =>
  list.some((w) => w.toLowerCase() === word.toLowerCase()) ? [...list] : [...list, word];
const withoutWord = (list: readonly string[], word: string) => list.filter((w) => w !== word);

/** The edits the clause editor offers, each turned into a charter transform handed to `apply`. */
export function clauseEditsFor(clauseId: string, apply: (transform: ClauseTransform) => void): ClauseEdits {
  const edit = (change: (clause: Clause) => Clause) => apply((charter) => patchClause(charter, clauseId, change));
  return {
    addTerm: (lang, term) => edit((c) => ({ ...c, terms: { ...c.terms, [lang]: withWord(c.terms[lang], term) } })),
    removeTerm: (lang, term) =>
      edit((c) => ({ ...c, terms: { ...c.terms, [lang]: withoutWord(c.terms[lang], term) } })),
    allowTerm: (lang, term) =>
      edit((c) => ({ ...c, allowed: { ...c.allowed, [lang]: withWord(c.allowed[lang], term) } })),
    removeAllowed: (lang, term) =>
      edit((c) => ({ ...c, allowed: { ...c.allowed, [lang]: withoutWord(c.allowed[lang], term) } })),
    setSeverity: (severity) => edit((c) => ({ ...c, severity })),
    setEnabled: (enabled) => edit((c) => ({ ...c, enabled })),
    setAction: (action) => edit((c) => ({ ...c, action })),
    setTemplates: (templateIds) => edit((c) => ({ ...c, templateIds })),
  };
}
