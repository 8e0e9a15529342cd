import { beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { handlers } from '@/entrypoints/background/handlers';
import { getDb } from '@/lib/db/database';
import { compileCharter, scanText } from '@/lib/risk';
import { deserializeCompiled, type SerializedCharter, serializeCompiled } from '@/lib/risk/serialize';
import { seedStarterContent } from '@/lib/seed';
import { STARTER_CLAUSES } from '@/lib/seed/charter';

const SAMPLES = [
  'Espèce de connard, je vais te retrouver',
  'You are an idiot, call me on 06 12 34 56 78 or write to jo@example.com',
  'c o n n a r d et f*ck you',
  "Merci pour la livraison, c'était parfait !",
  'I want to kill myself',
  'WIN A FREE IPHONE NOW, visit bit.ly/xyz and DM me on WhatsApp',
  'Mon IBAN FR76 3000 6000 0112 3456 7890 189, ma carte 4111 1111 1111 1111',
  "Je n'ai jamais dit que tu étais un idiot",
];

/** What a tab receives: the copy after a trip through JSON, as Chrome's messages make it. */
const overTheWire = (copy: SerializedCharter): SerializedCharter => JSON.parse(JSON.stringify(copy));

describe('a compiled charter sent to a tab', () => {
  it('judges every comment exactly as the charter compiled in the tab would', () => {
    const compiled = compileCharter(STARTER_CLAUSES);
    const adopted = deserializeCompiled(overTheWire(serializeCompiled(compiled)));
    for (const text of SAMPLES) expect(scanText(adopted, text)).toEqual(scanText(compiled, text));
    expect(SAMPLES.filter((text) => scanText(adopted, text).severity !== 'none').length).toBeGreaterThan(4);
  });

  it('refuses a copy of another layout or a damaged one instead of misreading it', () => {
    const copy = overTheWire(serializeCompiled(compileCharter(STARTER_CLAUSES)));
    expect(() => deserializeCompiled({ ...copy, format: 99 })).toThrow(/compiled charter/);
    expect(() =>
      deserializeCompiled({ ...copy, trie: { ...copy.trie, labels: { kind: 'i32', base64: 'AAAA' } } }),
    ).toThrow(/compiled charter/);
    expect(() => deserializeCompiled(null as unknown as SerializedCharter)).toThrow(/compiled charter/);
  });
});

describe('the background compiles a charter once for every tab', () => {
  const sender = { tab: { id: 3, url: 'https://x.com/a' } } as Browser.runtime.MessageSender;
  beforeEach(async () => {
    await seedStarterContent(getDb(), { language: 'fr', now: 1 });
  });

  it("hands out the brand's charter compiled, and nothing for an outdated revision", async () => {
    const context = await handlers.getPageContext({ url: 'https://x.com/a' }, sender);
    const charter = context.charter!;
    const copy = await handlers.getCompiledCharter(
      { charterId: charter.id, updatedAt: charter.updatedAt },
      sender,
    );
    expect(copy).not.toBeNull();
    const adopted = deserializeCompiled(overTheWire(copy!));
    expect(scanText(adopted, 'Espèce de connard').rules).toEqual(
      scanText(compileCharter(charter), 'Espèce de connard').rules,
    );
    expect(
      await handlers.getCompiledCharter({ charterId: charter.id, updatedAt: charter.updatedAt + 1 }, sender),
    ).toBeNull();
    expect(await handlers.getCompiledCharter({ charterId: 'nope', updatedAt: 1 }, sender)).toBeNull();
  });

  it("judges a tab's comments: a verdict for each risky one, null for each clean one", async () => {
    const { charter } = await handlers.getPageContext({ url: 'https://x.com/a' }, sender);
    const request = { charterId: charter!.id, updatedAt: charter!.updatedAt };
    const texts = ['Merci pour la livraison !', 'Espèce de connard', 'You are an idiot'];
    const verdicts = await handlers.judgeTexts({ ...request, texts }, sender);
    expect(verdicts?.map((v) => v?.severity ?? 'clean')).toEqual([
      'clean',
      scanText(compileCharter(charter!), texts[1]!).severity,
      scanText(compileCharter(charter!), texts[2]!).severity,
    ]);
    expect(verdicts?.[1]?.rules).toContain('insult');
    expect(await handlers.judgeTexts({ ...request, updatedAt: 0, texts }, sender)).toBeNull();
    await expect(
      handlers.judgeTexts({ ...request, texts: Array.from({ length: 5000 }, () => 'x') }, sender),
    ).rejects.toThrow(/too many/);
  });

  it('hands out the charter as the reply box guard applies it', async () => {
    const db = getDb();
    const { charter } = await handlers.getPageContext({ url: 'https://x.com/a' }, sender);
    // A CM switched the personal data clause off: the guard still checks drafts for it, comments are not.
    const edited = {
      ...charter!,
      updatedAt: charter!.updatedAt + 1,
      clauses: charter!.clauses.map((c) => (c.category === 'personal_data' ? { ...c, enabled: false } : c)),
    };
    await db.charters.put(edited);
    const request = { charterId: edited.id, updatedAt: edited.updatedAt };
    const drafts = await handlers.getCompiledCharter({ ...request, variant: 'drafts' }, sender);
    const comments = await handlers.getCompiledCharter(request, sender);
    const text = 'Write to me at jo.martin@example.com';
    expect(scanText(deserializeCompiled(overTheWire(drafts!)), text).severity).not.toBe('none');
    expect(scanText(deserializeCompiled(overTheWire(comments!)), text).severity).toBe('none');
  });
});
