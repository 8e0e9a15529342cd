/** The risk engine, compiled once per charter, for the comment being answered and for the CM's draft. */
import type { DraftProblem } from '@/lib/insertion/draft-guard';
import { draftProblems, guardCharter } from '@/lib/insertion/draft-guard';
import type { Charter, Lang } from '@/lib/model';
import { compileCharter, detectLanguage, scanText } from '@/lib/risk';

type Compiled = ReturnType<typeof compileCharter>;

export class CharterCheck {
  private source: Charter | null = null;
  private comments: Compiled | null = null;
  private drafts: { charter: Charter; compiled: Compiled } | null = null;

  private use(charter: Charter): void {
    if (this.source === charter) return;
    this.source = charter;
    this.comments = null;
    this.drafts = null;
  }

  /** The clauses a comment breaks, when the highlights have not marked it yet. */
  rulesOf(charter: Charter | null, text: string): string[] {
    if (!charter || !text.trim()) return [];
    this.use(charter);
    this.comments ??= compileCharter(charter);
    return [...scanText(this.comments, text).rules];
  }

  problemsIn(charter: Charter | null, text: string, lang: Lang): DraftProblem[] {
    if (!charter || !text.trim()) return [];
    this.use(charter);
    if (!this.drafts) {
      const forDrafts = guardCharter(charter);
      this.drafts = { charter: forDrafts, compiled: compileCharter(forDrafts) };
    }
    const verdict = scanText(this.drafts.compiled, text);
    return draftProblems(this.drafts.charter, text, verdict.spans, lang);
  }

  languageOf(text: string): Lang {
    return detectLanguage(text);
  }
}
