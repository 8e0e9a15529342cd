/**
 * What the badge of a risky comment says: per broken clause, its name, severity, recommended action, the
 * words that tripped it and the approved replies linked to it. Pure: no DOM, tested on its own.
 */

import type {
  Charter,
  Clause,
  ClauseSeverity,
  Lang,
  RecommendedAction,
  Severity,
  Template,
} from '@/lib/model';
import type { Verdict } from '@/lib/risk';
import { severityRank } from '@/lib/vocabulary';

export interface ClauseExplanation {
  id: string;
  /** In the UI language; the clause id when the charter no longer has the clause. */
  name: string;
  severity: ClauseSeverity;
  action: RecommendedAction | null;
  actionNote: string | null;
  /** The words of the comment that matched, as written, without repeats. */
  words: string[];
  /** Linked replies, the comment's language first. */
  templates: Template[];
}

export interface Explanation {
  severity: Severity;
  clauses: ClauseExplanation[];
}

function wordsOf(text: string, verdict: Verdict, clauseId: string): string[] {
  const words: string[] = [];
  const seen = new Set<string>();
  for (const span of verdict.spans) {
    if (span.rule !== clauseId) continue;
    const word = text.slice(span.start, span.end).trim();
    const folded = word.toLocaleLowerCase();
    if (word && !seen.has(folded)) {
      seen.add(folded);
      words.push(word);
    }
  }
  return words;
}

/** The clause's own templateIds, then templates that name the clause; the comment's language first. */
export function linkedTemplates(
  clause: Clause | undefined,
  clauseId: string,
  templates: readonly Template[],
  lang: Lang,
): Template[] {
  const ids = new Set(clause?.templateIds ?? []);
  const linked = templates.filter((t) => ids.has(t.id) || t.clauseIds.includes(clauseId));
  return [...linked.filter((t) => t.language === lang), ...linked.filter((t) => t.language !== lang)];
}

function severityOf(clauseId: string, clause: Clause | undefined, verdict: Verdict): ClauseSeverity {
  const found = verdict.findings.filter((f) => f.clauseId === clauseId).map((f) => f.severity);
  const worst = found.reduce<Severity>((a, b) => (severityRank(b) > severityRank(a) ? b : a), 'none');
  if (worst !== 'none') return worst;
  if (clause) return clause.severity;
  return verdict.severity === 'none' ? 'low' : verdict.severity;
}

export function explainVerdict(
  text: string,
  verdict: Verdict,
  charter: Charter | null,
  templates: readonly Template[],
  uiLanguage: Lang,
): Explanation {
  const clauses = verdict.rules.map((id): ClauseExplanation => {
    const clause = charter?.clauses.find((c) => c.id === id);
    return {
      id,
      name: clause ? clause.name[uiLanguage] || clause.name.en || clause.name.fr || id : id,
      severity: severityOf(id, clause, verdict),
      action: clause?.action ?? null,
      actionNote: clause?.actionNote ? clause.actionNote[uiLanguage] || null : null,
      words: wordsOf(text, verdict, id),
      templates: linkedTemplates(clause, id, templates, verdict.lang),
    };
  });
  clauses.sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  return { severity: verdict.severity, clauses };
}
