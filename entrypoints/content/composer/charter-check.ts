/**
 * The risk engine for the comment being answered and for the CM's draft, compiled once per charter. The
 * background's compiled copies are fetched when a reply box gets focus (`prepare`), so that the first check
 * compiles nothing on the page; a check before they arrive compiles the charter here.
 */
import type { DraftProblem } from '@/lib/insertion/draft-guard';
import { draftProblems, guardCharter } from '@/lib/insertion/draft-guard';
import { sendMessage } from '@/lib/messaging/client';
import type { Charter, Lang } from '@/lib/model';
import { type CompiledCharter, compileCharter, detectLanguage, scanText } from '@/lib/risk';
import { deserializeCompiled } from '@/lib/risk/serialize';
import { reportError } from '../report-error';

type Variant = 'comments' | 'drafts';

export class CharterCheck {
  private source: Charter | null = null;
  private comments: CompiledCharter | null = null;
  private drafts: { charter: Charter; compiled: CompiledCharter } | null = null;
  private fetching = false;

  private use(charter: Charter): void {
    if (this.source === charter) return;
    this.source = charter;
    this.comments = null;
    this.drafts = null;
    this.fetching = false;
  }

  /** Fetches the background's compiled copies of `charter` unless they are here already. */
  prepare(charter: Charter | null): void {
    if (!charter) return;
    this.use(charter);
    if (this.fetching || (this.comments && this.drafts)) return;
    this.fetching = true;
    const copyOf = async (variant: Variant) => {
      const copy = await sendMessage('getCompiledCharter', {
        charterId: charter.id,
        updatedAt: charter.updatedAt,
        variant,
      });
      return copy && this.source === charter ? deserializeCompiled(copy) : null;
    };
    copyOf('comments')
      .then((compiled) => {
        if (compiled) this.comments ??= compiled;
        return copyOf('drafts');
      })
      .then((compiled) => {
        if (compiled) this.drafts ??= { charter: guardCharter(charter), compiled };
      })
      .catch(reportError);
  }

  private commentsCompiled(charter: Charter): CompiledCharter {
    this.use(charter);
    this.comments ??= compileCharter(charter);
    return this.comments;
  }

  /** The clauses a comment breaks, when the highlights have not marked it yet. */
  rulesOf(charter: Charter | null, text: string): string[] {
    if (!charter || !text.trim()) return [];
    return [...scanText(this.commentsCompiled(charter), text).rules];
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
