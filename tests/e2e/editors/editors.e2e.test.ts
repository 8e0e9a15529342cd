/**
 * Template insertion into the real editors (draft-js, lexical, quill 1 and 2, prosemirror, slate, React
 * textarea, textarea in a shadow root, plain contenteditable), each on a local page served under a
 * platform hostname. The pages are built by `node tests/e2e/editors/build.mjs`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { countOccurrences } from '@/lib/insertion/techniques';
import type { Interaction } from '@/lib/model';
import { starterTemplates } from '@/lib/seed/templates';
import { renderTemplate, templateValues } from '@/lib/templates/render';
import { BROWSERS, launch, type Session, type SiteServer, startSiteServer, type TestPage } from '../harness';
import { WWW_ROOT } from '../harness/paths';
import { EDITOR_BASE, EDITORS } from './editor-pages';

/** Typing "order" lists "Order tracking" then "Refund / after-sales" (its body says "order number"). */
const CHOSEN = starterTemplates(0).find((t) => t.id === 'tpl_refund_en')!;
const EXPECTED = renderTemplate(
  CHOSEN.body,
  templateValues({
    authorName: 'Marie Dupont',
    signature: 'The team',
    platform: 'reddit',
    language: 'en',
    now: 0,
  }),
).text;
const DRAFT = 'You idiot ';

const model = (page: TestPage) => page.evaluate(() => window.__editorModel?.() ?? '');

/** The text of Tact's guard beside the box, read through its open shadow root. */
const guardText = (page: TestPage) =>
  page.evaluate(() => document.querySelector('tact-guard')?.shadowRoot?.textContent ?? '');

/** Whether the focus, followed through open shadow roots, is inside an element matching `selector`. */
function isFocused(selector: string): boolean {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active?.closest(selector) != null;
}

/**
 * Clicks the box, as a user would again if the caret did not show: in Firefox, a click on the textarea inside a
 * shadow root now and then leaves the focus outside it (two CI runs), and keys typed then are lost.
 */
async function clickUntilFocused(page: TestPage, box: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await page.click(box);
    try {
      await page.waitFor(isFocused, box.split(' ').pop(), { timeout: 2_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

let server: SiteServer;
beforeAll(async () => {
  if (!existsSync(join(WWW_ROOT, '_shared/editors/dist/lexical.html'))) {
    throw new Error('Build the editor pages first: node tests/e2e/editors/build.mjs');
  }
  server = await startSiteServer();
});
afterAll(async () => {
  await server?.close();
});

describe.each(BROWSERS)('template picker in real editors, %s', (browserName) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(browserName, { server, locale: 'en' });
  });
  afterAll(async () => {
    await session?.close();
  });

  test.each(EDITORS)(
    '$name: guard, keyboard picker, one insertion in the model, Send logged',
    async ({ name, box }) => {
      const url = `${EDITOR_BASE}/${name}.html`;
      const page = await session.newPage(url);
      try {
        await page.waitFor(() => window.__editorReady === true);
        await clickUntilFocused(page, box);
        await page.type(DRAFT);
        await page.waitFor(() => (window.__editorModel?.() ?? '').includes('idiot'));

        // The pre-send guard flags the insult, with the clause's name.
        await page.waitFor(() =>
          (document.querySelector('tact-guard')?.shadowRoot?.textContent ?? '').includes('idiot'),
        );
        expect(await guardText(page)).toMatch(/insult/i);

        // The "Insert template" button stands beside the focused box.
        await page.getByRole('button', { name: 'Insert template' });

        await page.press('Alt+Shift+T');
        const dialog = await page.getByRole('dialog', { name: 'Templates' });
        expect(await dialog.isVisible()).toBe(true);
        await page.type('order');
        await page.getByRole('option', { name: /Refund \/ after-sales/ });
        await page.press('ArrowDown');
        await page.press('Enter');

        await page.waitFor(
          (expected) => (window.__editorModel?.() ?? '').includes(expected.slice(0, 30)),
          EXPECTED,
        );
        // Let any late second insertion show up before counting.
        await new Promise((resolve) => setTimeout(resolve, 400));
        const text = await model(page);
        expect(countOccurrences(text, EXPECTED), `${name} model: ${JSON.stringify(text)}`).toBe(1);
        expect(text).toContain('Hi Marie,');
        expect(text.startsWith('You idiot')).toBe(true);
        expect(await page.countByRole('dialog', { name: 'Templates' })).toBe(0);
        expect(await page.evaluate(() => document.querySelector<HTMLButtonElement>('.send')?.disabled)).toBe(
          false,
        );

        await page.click('.send');
        expect(await page.evaluate(() => window.__sent?.length)).toBe(1);
        const rows = await vi.waitFor(
          async () => {
            const all = await session.readDatabase<Interaction>('interactions');
            const mine = all.filter((row) => row.url === url);
            if (!mine.some((row) => row.action === 'replied')) throw new Error('no replied interaction yet');
            return mine;
          },
          { timeout: 10_000, interval: 200 },
        );
        const inserted = rows.find((row) => row.action === 'inserted');
        const replied = rows.find((row) => row.action === 'replied');
        expect(inserted).toMatchObject({ platform: 'reddit', templateId: CHOSEN.id });
        expect(replied).toMatchObject({
          platform: 'reddit',
          templateId: CHOSEN.id,
          commentPermalink: 'https://www.reddit.com/r/tact/comments/abc/c/def',
          commentAt: Date.parse('2026-11-23T08:00:00.000Z'),
        });
        expect(replied?.responseMs).toBeGreaterThan(0);
        expect(rows.filter((row) => row.action === 'replied')).toHaveLength(1);
      } finally {
        await page.close();
      }
    },
  );
});

declare global {
  interface Window {
    __editorModel?: () => string;
    __sent?: string[];
    __editorReady?: boolean;
    __pageKeys?: string[];
  }
}
