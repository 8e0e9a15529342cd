import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { BROWSERS, launch, type Session, type SiteServer, startSiteServer, type TestPage } from '../harness';
import { badges, counter, judgedComments, paintedTexts } from './page-probes';
import { FIXTURE_PAGES, LINKED_TEMPLATE } from './pages';
import { clauseName, putTemplate } from './setup-data';

const RISKY_INITIAL = [/idiot/i, /connard/i];
const CLEAN_INITIAL = [/livraison rapide/, /Lovely flat white/];

let server: SiteServer;
beforeAll(async () => {
  server = await startSiteServer();
});
afterAll(async () => {
  await server?.close();
});

const allPainted = async (page: TestPage) => Object.values(await page.evaluate(paintedTexts)).flat();

describe.each(BROWSERS)('risk highlights in %s', (browserName) => {
  let session: Session;
  let insultName: string;

  beforeAll(async () => {
    session = await launch(browserName, { server, locale: 'en' });
    await vi.waitFor(
      async () => {
        if ((await session.readDatabase('charters')).length === 0) throw new Error('charter not seeded yet');
      },
      { timeout: 15_000, interval: 200 },
    );
    await session.evaluateInBackground(putTemplate, {
      template: LINKED_TEMPLATE,
      revisionKey: 'tact:revision',
    });
    insultName =
      (await session.evaluateInBackground(clauseName, { clauseId: 'insult', lang: 'en' })) ?? 'insult';
  });

  afterAll(async () => {
    await session?.close();
  });

  test.each(FIXTURE_PAGES)(
    '$platform: marks, paints and explains risky comments, later ones too',
    async ({ url, container }) => {
      const page = await session.newPage(url);
      try {
        // Every comment is judged: the markers of DESIGN.md contract 2.
        const judged = await page.waitFor(
          (sel) => {
            const found = Array.from(document.querySelectorAll(sel));
            return found.length >= 4 && found.every((el) => el.hasAttribute('data-tact-risk')) ? true : null;
          },
          container,
          { timeout: 15_000 },
        );
        expect(judged).toBe(true);
        const comments = await page.evaluate(judgedComments, container);
        for (const pattern of RISKY_INITIAL) {
          const comment = comments.find((c) => pattern.test(c.text));
          expect(comment?.risk, `${pattern} is risky`).toMatch(/^(low|medium|high|critical)$/);
          expect(comment?.rules?.split(' ')).toContain('insult');
        }
        for (const pattern of CLEAN_INITIAL) {
          const comment = comments.find((c) => pattern.test(c.text));
          expect(comment?.risk, `${pattern} is clean`).toBe('none');
          expect(comment?.rules).toBeNull();
        }

        // The risky words are painted through CSS.highlights, readable from the page itself.
        await page.waitFor(
          () => {
            const registry = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
            return registry
              ? ['tact-low', 'tact-medium', 'tact-high', 'tact-critical'].some(
                  (n) => (registry.get(n)?.size ?? 0) >= 2,
                )
              : null;
          },
          undefined,
          { timeout: 5_000 },
        );
        const painted = await allPainted(page);
        expect(painted.some((text) => /^idiot$/i.test(text))).toBe(true);
        expect(painted.some((text) => /^connards?$/i.test(text))).toBe(true);

        // One badge beside each risky comment, naming the severity and the clause. Badges are placed in a later
        // frame than the paint: wait for them (a loaded CI machine once read the page in between).
        await page.waitFor(() => document.querySelectorAll('tact-badge').length >= 2 || null, undefined, {
          timeout: 5_000,
        });
        let shown = await page.evaluate(badges, container);
        expect(shown).toHaveLength(2);
        for (const badge of shown) {
          expect(badge.text).toContain(insultName);
          expect(badge.name).toMatch(new RegExp(`^Tact: (low|medium|high|critical) risk, .*${insultName}`));
          expect(badge.expanded).toBe('false');
        }

        // Opening it explains why and offers the linked template; the click does not reach the page.
        const clicksBefore = await page.evaluate(counter, 'comment-clicks');
        await page.click('tact-badge button.chip');
        shown = await page.evaluate(badges, container);
        const open = shown.find((b) => b.expanded === 'true');
        expect(open?.panelHidden).toBe(false);
        expect(open?.panel).toContain('Why Tact flagged this comment');
        expect(open?.panel).toContain(insultName);
        expect(open?.panel).toMatch(/Words found: (idiot|connards?)/i);
        expect(open?.panel).toContain('Recommended action:');
        expect(open?.panel).toContain(LINKED_TEMPLATE.title);
        expect(await page.evaluate(counter, 'comment-clicks')).toBe(clicksBefore);
        await page.click('tact-badge button.chip');
        expect(
          (await page.evaluate(badges, container)).every((b) => b.expanded === 'false' && b.panelHidden),
        ).toBe(true);

        // The page's own buttons and links still work, and their clicks reach the page.
        await page.click('[data-page-action="like"]');
        await page.click('#page-link');
        expect(await page.evaluate(counter, 'page-clicks')).toBe(2);
        expect(await page.evaluate(counter, 'comment-clicks')).toBe(clicksBefore + 1);

        // Comments added later are judged too.
        await page.click('#load-more');
        await page.waitFor(
          (sel) => {
            const found = Array.from(document.querySelectorAll(sel));
            return found.length >= 6 && found.every((el) => el.hasAttribute('data-tact-risk')) ? true : null;
          },
          container,
          { timeout: 10_000 },
        );
        const later = (await page.evaluate(judgedComments, container)).find((c) => /moron/.test(c.text));
        expect(later?.risk).toMatch(/^(low|medium|high|critical)$/);
        expect(later?.rules?.split(' ')).toContain('insult');
        expect(
          (await page.evaluate(judgedComments, container)).find((c) => /Bonne journée/.test(c.text))?.risk,
        ).toBe('none');
        await page.waitFor(() => document.querySelectorAll('tact-badge').length === 3 || null, undefined, {
          timeout: 5_000,
        });
        expect((await allPainted(page)).some((text) => /^moron$/i.test(text))).toBe(true);

        // A single-page navigation replaces the feed: the new comments are judged, the old paint is gone.
        await page.click('#navigate');
        await page.waitFor(
          (sel) => {
            const found = Array.from(document.querySelectorAll(sel));
            return found.length === 2 && found.every((el) => el.hasAttribute('data-tact-risk')) ? true : null;
          },
          container,
          { timeout: 10_000 },
        );
        const next = await page.evaluate(judgedComments, container);
        expect(next.find((c) => /abruti/.test(c.text))?.rules?.split(' ')).toContain('insult');
        expect(next.find((c) => /Great coffee/.test(c.text))?.risk).toBe('none');
        await page.waitFor(() => document.querySelectorAll('tact-badge').length === 1 || null, undefined, {
          timeout: 5_000,
        });
        await vi.waitFor(async () => {
          const texts = await allPainted(page);
          expect(texts.some((t) => /^abruti$/i.test(t))).toBe(true);
          expect(texts.some((t) => /idiot|moron|connard/i.test(t))).toBe(false);
        });
      } finally {
        await page.close();
      }
    },
  );
});
