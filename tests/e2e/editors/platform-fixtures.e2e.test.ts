/**
 * The template picker on the platform fixture feeds of tests/e2e/www/<host>/ (saved markup of each site).
 * Their reply boxes are markup only, with no editor library behind them, so the check is on the box's
 * text. YouTube's fixture has only the collapsed placeholder, which opens no box without the site's code.
 */
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { countOccurrences } from '@/lib/insertion/techniques';
import type { Interaction } from '@/lib/model';
import { starterTemplates } from '@/lib/seed/templates';
import {
  BROWSERS,
  launch,
  type Session,
  type SiteServer,
  startSiteServer,
  waitForBadgesToSettle,
} from '../harness';

const FIXTURES = [
  { platform: 'x', url: 'https://x.com/tact_fixture/status/1', box: '[data-testid="tweetTextarea_0"]' },
  {
    platform: 'facebook',
    url: 'https://www.facebook.com/tactcoffee/posts/pfbid02abc',
    box: '[data-lexical-editor="true"]',
  },
  { platform: 'instagram', url: 'https://www.instagram.com/p/DAbCdEfGhIj/', box: 'form textarea' },
  {
    platform: 'linkedin',
    url: 'https://www.linkedin.com/feed/update/urn:li:activity:7250000000000000001/',
    box: '.ql-editor',
  },
  {
    platform: 'reddit',
    url: 'https://www.reddit.com/r/tactcoffee/comments/1gabc12/new_autumn_roast_is_out/',
    box: 'faceplate-textarea-input textarea',
  },
  {
    platform: 'tiktok',
    url: 'https://www.tiktok.com/@tactcoffee/video/7430000000000000001',
    box: '.public-DraftEditor-content',
  },
] as const;

const THANKS = starterTemplates(0).find((t) => t.id === 'tpl_thanks_en')!;
/** The part of the template that has no variable. */
const FIXED_PART = 'for your message, it means a lot to us!';

let server: SiteServer;
beforeAll(async () => {
  server = await startSiteServer();
});
afterAll(async () => {
  await server?.close();
});

describe.each(BROWSERS)('template picker on the platform fixtures, %s', (browserName) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(browserName, { server, locale: 'en' });
  });
  afterAll(async () => {
    await session?.close();
  });

  test.each(FIXTURES)(
    '$platform: the shortcut template lands once in the reply box',
    async ({ platform, url, box }) => {
      const page = await session.newPage(url);
      try {
        await waitForBadgesToSettle(page);
        await page.click(box);
        await page.getByRole('button', { name: 'Insert template' });
        await page.press('Alt+Shift+T');
        await page.getByRole('dialog', { name: 'Templates' });
        await page.type(THANKS.shortcut ?? '');
        await page.getByRole('option', { name: /^Thank you/ });
        await page.press('Enter');

        // After the insertion the reply box has the focus back: read the focused box, shadow roots included.
        const read = () =>
          page.evaluate(() => {
            let el: Element | null = document.activeElement;
            while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
            if (el instanceof HTMLTextAreaElement) return el.value;
            // innerText keeps the editor's line breaks.
            return (el as HTMLElement | null)?.innerText ?? '';
          });
        await vi.waitFor(async () => expect(await read()).toContain(FIXED_PART), {
          timeout: 5000,
          interval: 100,
        });
        await new Promise((resolve) => setTimeout(resolve, 400));
        const text = await read();
        expect(countOccurrences(text, FIXED_PART), JSON.stringify(text)).toBe(1);
        expect(text).not.toContain('{{');

        const rows = await vi.waitFor(
          async () => {
            const found = (await session.readDatabase<Interaction>('interactions')).filter(
              (row) => row.action === 'inserted' && row.platform === platform,
            );
            if (found.length === 0) throw new Error('no inserted interaction yet');
            return found;
          },
          { timeout: 10_000, interval: 200 },
        );
        expect(rows[0]?.templateId).toBe(THANKS.id);

        // Facebook sends a comment with Enter: that is the reply, logged with its template.
        if (platform === 'facebook') {
          await page.press('Enter');
          const replied = await vi.waitFor(
            async () => {
              const found = (await session.readDatabase<Interaction>('interactions')).find(
                (row) => row.action === 'replied' && row.platform === 'facebook',
              );
              if (!found) throw new Error('no replied interaction yet');
              return found;
            },
            { timeout: 10_000, interval: 200 },
          );
          expect(replied.templateId).toBe(THANKS.id);
        }
      } finally {
        await page.close();
      }
    },
  );
});
