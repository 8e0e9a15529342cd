/**
 * Verdicts for the page's comments under the active charter, each distinct text judged once: feeds repeat
 * texts ("first!", emoji-only replies) and virtualised lists show the same comment again and again.
 * The background judges them (it holds the compiled charter, warm, and works off the page's main thread);
 * the tab compiles the charter and judges by itself only when the background cannot answer.
 */
import { sendMessage } from '@/lib/messaging/client';
import type { Charter } from '@/lib/model';
import { type CompiledCharter, compileCharter, scanText, type Verdict } from '@/lib/risk';
import { reportError } from '../report-error';

/** Beyond this many texts the cache starts over, so a long session does not grow without bound. */
const MAX_CACHED_TEXTS = 20_000;
/** Texts per message (the background refuses more). */
const TEXTS_PER_REQUEST = 500;

/** What the background's null stands for: nothing found. */
const CLEAN: Verdict = Object.freeze({
  severity: 'none',
  rules: Object.freeze([]) as unknown as string[],
  spans: Object.freeze([]) as unknown as Verdict['spans'],
  findings: Object.freeze([]) as unknown as Verdict['findings'],
  lang: 'fr',
}) as Verdict;

export type Judge = (charter: Charter, texts: string[]) => Promise<Array<Verdict | null> | null>;

/** Asks the background; null when the charter revision is gone there. */
const judgeInBackground: Judge = (charter, texts) =>
  sendMessage('judgeTexts', { charterId: charter.id, updatedAt: charter.updatedAt, texts });

export class VerdictCache {
  private charter: Charter | null = null;
  private key: string | null = null;
  /** The background no longer has this revision: wait for the new page context. */
  private stale = false;
  private local: CompiledCharter | null = null;
  private readonly verdicts = new Map<string, Verdict>();

  constructor(private readonly judgeRemotely: Judge = judgeInBackground) {}

  /** Adopts the charter when its id or the revision changed; true when verdicts must be redone. */
  adoptCharter(charter: Charter | null, revision: number): boolean {
    const key = charter ? `${charter.id}@${revision}@${charter.updatedAt}` : null;
    if (key === this.key) return false;
    this.key = key;
    this.charter = charter;
    this.stale = false;
    this.local = null;
    this.verdicts.clear();
    return true;
  }

  get ready(): boolean {
    return this.charter !== null && !this.stale;
  }

  /** The verdict on `text` when it is known already. */
  known(text: string): Verdict | undefined {
    return this.verdicts.get(text);
  }

  /** Gets verdicts for `texts`; when it resolves, `known` has them, unless the charter changed meanwhile. */
  async request(texts: readonly string[]): Promise<void> {
    const { charter, key } = this;
    if (!charter) return;
    for (let from = 0; from < texts.length; from += TEXTS_PER_REQUEST) {
      const chunk = texts.slice(from, from + TEXTS_PER_REQUEST);
      const verdicts = await this.judge(charter, chunk);
      if (this.key !== key) return;
      if (!verdicts) {
        this.stale = true;
        return;
      }
      if (this.verdicts.size + chunk.length > MAX_CACHED_TEXTS) this.verdicts.clear();
      for (let index = 0; index < chunk.length; index++) {
        this.verdicts.set(chunk[index] as string, verdicts[index] ?? CLEAN);
      }
    }
  }

  private async judge(charter: Charter, texts: string[]): Promise<Array<Verdict | null> | null> {
    if (!this.local) {
      try {
        const verdicts = await this.judgeRemotely(charter, texts);
        if (verdicts === null || verdicts.length === texts.length) return verdicts;
        throw new Error(`judgeTexts: ${verdicts.length} verdicts for ${texts.length} texts`);
      } catch (error) {
        // No background (reloading, or an error there): judge here rather than show nothing.
        reportError(error);
      }
    }
    this.local ??= compileCharter(charter);
    const compiled = this.local;
    return texts.map((text) => scanText(compiled, text));
  }
}
