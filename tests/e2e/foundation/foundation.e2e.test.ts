import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { CURRENT_VERSION } from '@/lib/db/database';
import type { Lang } from '@/lib/model';
import { DEFAULT_BRAND_ID } from '@/lib/seed/ids';
import { BROWSERS, launch, type Session, type SiteServer, startSiteServer, type TestPage } from '../harness';
import { type LanguageCount, telltaleStrings } from './language';

const FIXTURE = 'https://x.com/tact_foundation/status/1';
const EXTENSION_PAGES = ['popup.html', 'options.html'] as const;

let server: SiteServer;
beforeAll(async () => {
  server = await startSiteServer();
});
afterAll(async () => {
  await server?.close();
});

/** Counts which language's catalog strings the page's visible text shows. */
async function visibleLanguage(page: TestPage): Promise<LanguageCount> {
  // the visible text is what the CM reads.
  const text = await page.evaluate(() => document.body.innerText);
  const count = (lang: Lang) => telltaleStrings(lang).filter((s) => text.includes(s)).length;
  return { en: count('en'), fr: count('fr') };
}

/** An extension page, once its app has rendered its title heading in `lang`. */
async function expectPageIn(session: Session, path: string, lang: Lang): Promise<void> {
  const page = await session.openExtensionPage(path);
  try {
    const heading = await page.getByRole('heading', { name: 'Tact' });
    expect(await heading.isVisible()).toBe(true);
    await page.waitFor((expected) => document.documentElement.lang === expected, lang);
    const other: Lang = lang === 'fr' ? 'en' : 'fr';
    // Sections may render a moment after the heading.
    await vi.waitFor(
      async () => {
        const shown = await visibleLanguage(page);
        expect(shown[lang], `${path} shows text of the ${lang} catalog`).toBeGreaterThan(0);
        expect(shown[lang], `${path} shows more ${lang} than ${other}`).toBeGreaterThan(shown[other]);
      },
      { timeout: 5000, interval: 200 },
    );
  } finally {
    await page.close();
  }
}

async function seededBrand(session: Session): Promise<{ id: string; language: string }> {
  return vi.waitFor(
    async () => {
      const brands = await session.readDatabase<{ id: string; language: string }>('brands');
      const brand = brands.find((b) => b.id === DEFAULT_BRAND_ID);
      if (!brand) throw new Error('the default brand is not seeded yet');
      return brand;
    },
    { timeout: 10_000, interval: 200 },
  );
}

describe.each(BROWSERS)('foundation in %s', (browserName) => {
  describe('with an English browser', () => {
    let session: Session;
    beforeAll(async () => {
      session = await launch(browserName, { server, locale: 'en' });
    });
    afterAll(async () => {
      await session?.close();
    });

    test('the extension loads and seeds the database tact at the current version', async () => {
      const brand = await seededBrand(session);
      expect(brand.language).toBe('en');
      const info = await session.databaseInfo();
      expect(info?.version).toBe(CURRENT_VERSION);
      expect(info?.tables).toEqual(
        expect.arrayContaining([
          'brands',
          'charters',
          'templates',
          'checklistTasks',
          'checklistCompletions',
          'interactions',
          'settings',
        ]),
      );
      const settings = await session.readDatabase<{ key: string; value: unknown }>('settings');
      expect(settings).toContainEqual({ key: 'activeBrandId', value: DEFAULT_BRAND_ID });
    });

    test('the content script starts on an X page and asks the background for its context', async () => {
      const page = await session.newPage(FIXTURE);
      try {
        const status = await vi.waitFor(
          async () => {
            const seen = await session.sendMessage('getTabStatus', { url: FIXTURE });
            if (!seen) throw new Error('no context request from the X page yet');
            return seen;
          },
          { timeout: 10_000, interval: 200 },
        );
        expect(status.platform).toBe('x');
        expect(await page.evaluate(() => document.title)).toBe('Tact foundation fixture on X');
      } finally {
        await page.close();
      }
    });

    test.each(EXTENSION_PAGES)('%s renders in English', async (path) => {
      await expectPageIn(session, path, 'en');
    });

    test.each(EXTENSION_PAGES)('%s follows the language setting over the browser (French)', async (path) => {
      await session.writeSettings({ uiLanguage: 'fr' });
      try {
        await expectPageIn(session, path, 'fr');
      } finally {
        await session.writeSettings({ uiLanguage: 'auto' });
      }
    });
  });

  describe('with a French browser', () => {
    let session: Session;
    beforeAll(async () => {
      session = await launch(browserName, { server, locale: 'fr' });
    });
    afterAll(async () => {
      await session?.close();
    });

    test('the starter content is seeded in French', async () => {
      expect((await seededBrand(session)).language).toBe('fr');
    });

    test.each(EXTENSION_PAGES)('%s renders in French', async (path) => {
      await expectPageIn(session, path, 'fr');
    });
  });
});
