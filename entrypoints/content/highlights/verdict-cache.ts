/**
 * The charter compiled once per revision, and each distinct text judged once: feeds repeat texts
 * ("first!", emoji-only replies) and virtualised lists show the same comment again and again.
 */
import type { Charter } from '@/lib/model';
import { type CompiledCharter, compileCharter, scanText, type Verdict } from '@/lib/risk';

/** Beyond this many texts the cache starts over, so a long session does not grow without bound. */
const MAX_CACHED_TEXTS = 20_000;

export class VerdictCache {
  private compiled: CompiledCharter | null = null;
  private key: string | null = null;
  private readonly verdicts = new Map<string, Verdict>();

  /** Compiles the charter when its id or the revision changed; true when verdicts must be redone. */
  adoptCharter(charter: Charter | null, revision: number): boolean {
    const key = charter ? `${charter.id}@${revision}@${charter.updatedAt}` : null;
    if (key === this.key) return false;
    this.key = key;
    this.compiled = charter ? compileCharter(charter) : null;
    this.verdicts.clear();
    return true;
  }

  get ready(): boolean {
    return this.compiled !== null;
  }

  judge(text: string): Verdict | null {
    if (!this.compiled) return null;
    const known = this.verdicts.get(text);
    if (known) return known;
    if (this.verdicts.size >= MAX_CACHED_TEXTS) this.verdicts.clear();
    const verdict = scanText(this.compiled, text);
    this.verdicts.set(text, verdict);
    return verdict;
  }
}
