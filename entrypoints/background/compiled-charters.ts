/**
 * The risk engine's home for tabs: the background compiles each charter once and judges the comments tabs
 * read, off the pages' main threads (a cold page would otherwise compile the charter and run the engine's
 * first thousand scans in its interpreter: tens of milliseconds of the page's time). Tabs also get a compiled
 * copy for the reply box guard, which must answer as the CM types.
 */

import { getDb } from '@/lib/db/database';
import { guardCharter } from '@/lib/insertion/draft-guard';
import type { Handlers } from '@/lib/messaging/server';
import type { Charter } from '@/lib/model';
import { type CompiledCharter, compileCharter, scanText } from '@/lib/risk';
import { type SerializedCharter, serializeCompiled } from '@/lib/risk/serialize';

/** A CM works with a few brands at a time: a handful of compiled charters is plenty. */
const KEEP = 4;
/** Bounds on one request, so no tab can make the background busy for long. */
const MAX_TEXTS = 2000;
const MAX_TEXT_LENGTH = 20_000;

type Variant = 'comments' | 'drafts';

interface Compiled {
  compiled: CompiledCharter;
  serialized: SerializedCharter | null;
}

const cache = new Map<string, Compiled>();

async function compiledFor(charterId: string, updatedAt: number, variant: Variant): Promise<Compiled | null> {
  const key = `${charterId}@${updatedAt}@${variant}`;
  const known = cache.get(key);
  if (known) return known;
  const charter = await getDb().charters.get(charterId);
  // An older revision asked for after an edit: the tab gets the new revision's context soon and asks again.
  if (!charter || charter.updatedAt !== updatedAt) return null;
  const source: Charter = variant === 'drafts' ? guardCharter(charter) : charter;
  const entry: Compiled = { compiled: compileCharter(source), serialized: null };
  if (cache.size >= KEEP) cache.delete(cache.keys().next().value as string);
  cache.set(key, entry);
  return entry;
}

export const compiledCharterHandlers: Pick<Handlers, 'getCompiledCharter' | 'judgeTexts'> = {
  async getCompiledCharter({ charterId, updatedAt, variant }) {
    const entry = await compiledFor(charterId, updatedAt, variant ?? 'comments');
    if (!entry) return null;
    entry.serialized ??= serializeCompiled(entry.compiled);
    return entry.serialized;
  },

  async judgeTexts({ charterId, updatedAt, texts }) {
    if (!Array.isArray(texts) || texts.length > MAX_TEXTS) throw new Error('judgeTexts: too many texts');
    const entry = await compiledFor(charterId, updatedAt, 'comments');
    if (!entry) return null;
    // Clean comments, nearly all of them, travel as null: the tab knows what a clean verdict is.
    return texts.map((text) => {
      const verdict = scanText(entry.compiled, String(text).slice(0, MAX_TEXT_LENGTH));
      return verdict.severity === 'none' && verdict.findings.length === 0 ? null : verdict;
    });
  },
};
