import { PendingVerdicts } from '@/entrypoints/content/highlights/pending-verdicts';
import { type Judge, VerdictCache } from '@/entrypoints/content/highlights/verdict-cache';
import type { Charter } from '@/lib/model';
import { compileCharter, scanText } from '@/lib/risk';
import { STARTER_CLAUSES } from '@/lib/seed/charter';
import type { CommentRead } from '@/lib/sites';

const charter = { id: 'charter_test', updatedAt: 1, clauses: STARTER_CLAUSES } as unknown as Charter;
const compiled = compileCharter(STARTER_CLAUSES);
/** What the background answers: the real engine, null for clean texts. */
const background: Judge = async (_charter, texts) =>
  texts.map((text) => {
    const verdict = scanText(compiled, text);
    return verdict.severity === 'none' && verdict.findings.length === 0 ? null : verdict;
  });
const read = (text: string) => ({ text }) as CommentRead;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('verdicts from the background', () => {
  it('knows each text once the background has judged it, clean ones included', async () => {
    const cache = new VerdictCache(background);
    cache.adoptCharter(charter, 1);
    expect(cache.known('Espèce de connard')).toBeUndefined();
    await cache.request(['Espèce de connard', 'Merci pour la livraison']);
    expect(cache.known('Espèce de connard')?.rules).toContain('insult');
    expect(cache.known('Merci pour la livraison')?.severity).toBe('none');
  });

  it('judges in the tab when the background cannot answer, and says nothing is ready for a gone revision', async () => {
    const failing = new VerdictCache(async () => {
      throw new Error('no background');
    });
    failing.adoptCharter(charter, 1);
    await failing.request(['You are an idiot']);
    expect(failing.known('You are an idiot')?.rules).toContain('insult');

    const gone = new VerdictCache(async () => null);
    gone.adoptCharter(charter, 1);
    await gone.request(['You are an idiot']);
    expect(gone.known('You are an idiot')).toBeUndefined();
    expect(gone.ready).toBe(false);
    gone.adoptCharter({ ...charter, updatedAt: 2 }, 2);
    expect(gone.ready).toBe(true);
  });

  it('drops verdicts asked for under a charter that changed meanwhile', async () => {
    const cache = new VerdictCache(background);
    cache.adoptCharter(charter, 1);
    const asked = cache.request(['You are an idiot']);
    cache.adoptCharter({ ...charter, updatedAt: 2 }, 2);
    await asked;
    expect(cache.known('You are an idiot')).toBeUndefined();
  });
});

describe('comments waiting for their verdicts', () => {
  it('applies a verdict only to the latest read of a comment', async () => {
    const cache = new VerdictCache(background);
    cache.adoptCharter(charter, 1);
    let arrivals = 0;
    const pending = new PendingVerdicts(cache, () => arrivals++);
    const comment = document.createElement('article');
    const older = read('You are an idiot');
    const newer = read('You are lovely');
    pending.wait(comment, older);
    pending.request();
    // The list recycled the node before the answer came: the comment was read again.
    pending.wait(comment, newer);
    pending.request();
    expect(pending.busy).toBe(true);
    await flush();
    await flush();
    expect(arrivals).toBe(2);
    const settled: string[] = [];
    pending.settleArrivals(
      () => true,
      (item) => settled.push(item.read.text),
    );
    expect(settled).toEqual(['You are lovely']);
    expect(pending.busy).toBe(false);
    expect(cache.known('You are lovely')?.severity).toBe('none');
  });

  it('leaves arrivals for the next slice when time is up', async () => {
    const cache = new VerdictCache(background);
    cache.adoptCharter(charter, 1);
    const pending = new PendingVerdicts(cache, () => {});
    const comments = ['a', 'b', 'c'].map((text) => ({ el: document.createElement('div'), read: read(text) }));
    for (const { el, read: r } of comments) pending.wait(el, r);
    pending.request();
    await flush();
    await flush();
    const settled: string[] = [];
    let budget = 2;
    pending.settleArrivals(
      () => budget-- > 0,
      (item) => settled.push(item.read.text),
    );
    expect(settled).toEqual(['a', 'b']);
    expect(pending.hasArrivals).toBe(true);
    pending.settleArrivals(
      () => true,
      (item) => settled.push(item.read.text),
    );
    expect(settled).toEqual(['a', 'b', 'c']);
  });
});
