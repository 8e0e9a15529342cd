/**
 * Pure edits of a charter, for the options page: each returns a new charter and leaves the input untouched.
 * They do not stamp `updatedAt`: the caller that saves the charter does.
 */
import type { Charter, Clause, ClauseSeverity, Lang } from '../model';

function normalise(term: string): string {
  return term.normalize('NFC').trim().replace(/\s+/g, ' ');
}

function sameTerm(a: string, b: string): boolean {
  return normalise(a).toLocaleLowerCase() === normalise(b).toLocaleLowerCase();
}

function editClause(charter: Charter, clauseId: string, edit: (clause: Clause) => Clause): Charter {
  if (!charter.clauses.some((c) => c.id === clauseId)) return charter;
  return { ...charter, clauses: charter.clauses.map((c) => (c.id === clauseId ? edit(c) : c)) };
}

function withTerm(list: string[], term: string): string[] {
  const clean = normalise(term);
  if (clean.length === 0 || list.some((t) => sameTerm(t, clean))) return list;
  return [...list, clean];
}

/** Adds a term (literal text; a trailing `*` matches any word that starts with it). */
export function addTerm(charter: Charter, clauseId: string, lang: Lang, term: string): Charter {
  return editClause(charter, clauseId, (c) => ({
    ...c,
    terms: { ...c.terms, [lang]: withTerm(c.terms[lang], term) },
    // A term the CM adds is no longer an exception.
    allowed: { ...c.allowed, [lang]: c.allowed[lang].filter((t) => !sameTerm(t, term)) },
  }));
}

export function removeTerm(charter: Charter, clauseId: string, lang: Lang, term: string): Charter {
  return editClause(charter, clauseId, (c) => ({
    ...c,
    terms: { ...c.terms, [lang]: c.terms[lang].filter((t) => !sameTerm(t, term)) },
  }));
}

/** Allows a word or phrase: matches that fall inside it are no longer reported. */
export function allowTerm(charter: Charter, clauseId: string, lang: Lang, term: string): Charter {
  return editClause(charter, clauseId, (c) => ({
    ...c,
    allowed: { ...c.allowed, [lang]: withTerm(c.allowed[lang], term) },
  }));
}

export function disallowTerm(charter: Charter, clauseId: string, lang: Lang, term: string): Charter {
  return editClause(charter, clauseId, (c) => ({
    ...c,
    allowed: { ...c.allowed, [lang]: c.allowed[lang].filter((t) => !sameTerm(t, term)) },
  }));
}

export function setSeverity(charter: Charter, clauseId: string, severity: ClauseSeverity): Charter {
  return editClause(charter, clauseId, (c) => ({ ...c, severity }));
}

export function setEnabled(charter: Charter, clauseId: string, enabled: boolean): Charter {
  return editClause(charter, clauseId, (c) => ({ ...c, enabled }));
}
