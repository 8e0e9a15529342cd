/**
 * The pre-send guard's reading of a CM's own draft: the brand's charter, with shouting and personal data
 * always checked (a CM must not shout at a fan nor repeat a fan's phone number in public, whatever the
 * charter says about comments), grouped per clause with the words that tripped it.
 */
import type { Charter, Lang } from '../model';

export interface DraftSpan {
  start: number;
  end: number;
  rule: string;
}

export interface DraftProblem {
  clauseId: string;
  clauseName: string;
  words: string[];
}

const ALWAYS_CHECKED = new Set(['shouting', 'personal_data']);

export function guardCharter(charter: Charter): Charter {
  return {
    ...charter,
    clauses: charter.clauses.map((clause) =>
      ALWAYS_CHECKED.has(clause.category) && !clause.enabled ? { ...clause, enabled: true } : clause,
    ),
  };
}

export function draftProblems(
  charter: Charter,
  text: string,
  spans: readonly DraftSpan[],
  lang: Lang,
  maxWords = 4,
): DraftProblem[] {
  const byRule = new Map<string, DraftProblem>();
  for (const span of spans) {
    const clause = charter.clauses.find((c) => c.id === span.rule);
    let problem = byRule.get(span.rule);
    if (!problem) {
      problem = { clauseId: span.rule, clauseName: clause?.name[lang] ?? span.rule, words: [] };
      byRule.set(span.rule, problem);
    }
    const word = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
    const shown = word.length > 40 ? `${word.slice(0, 39)}…` : word;
    if (shown && !problem.words.includes(shown) && problem.words.length < maxWords) problem.words.push(shown);
  }
  return [...byRule.values()];
}
