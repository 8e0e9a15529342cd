/**
 * The picker with a French browser: names of contract 3 in French, Escape gives the focus back to the
 * reply box, and keys typed in Tact's dialog never reach the site's own shortcut handlers.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, launch, type Session, type SiteServer, startSiteServer } from '../harness';

const URL = 'https://www.reddit.com/_shared/editors/dist/contenteditable.html';

let server: SiteServer;
beforeAll(async () => {
  server = await startSiteServer();
});
afterAll(async () => {
  await server?.close();
});

describe.each(BROWSERS)('template picker with a French browser, %s', (browserName) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(browserName, { server, locale: 'fr' });
  });
  afterAll(async () => {
    await session?.close();
  });

  test('French names, Escape back to the box, no key leaks to the site', async () => {
    const page = await session.newPage(URL);
    try {
      await page.waitFor(() => window.__editorReady === true);
      await page.click('#contenteditable-root');
      await page.getByRole('button', { name: 'Insérer un modèle' });
      await page.press('Alt+Shift+T');
      await page.getByRole('dialog', { name: 'Modèles' });
      await page.getByRole('searchbox', { name: 'Rechercher un modèle' });

      await page.evaluate(() => {
        window.__pageKeys = [];
      });
      await page.type('merci');
      await page.press('ArrowDown');
      expect(await page.evaluate(() => window.__pageKeys ?? [])).toEqual([]);

      await page.press('Escape');
      await page.waitFor(() => document.activeElement?.id === 'contenteditable-root');
      expect(await page.countByRole('dialog', { name: 'Modèles' })).toBe(0);
      expect(await page.evaluate(() => window.__editorModel?.() ?? '')).toBe('');

      // Typing goes on in the reply box, and the site sees those keys again.
      await page.type('Bonjour');
      await page.waitFor(() => window.__editorModel?.() === 'Bonjour');
      expect(await page.evaluate(() => (window.__pageKeys ?? []).includes('B'))).toBe(true);
    } finally {
      await page.close();
    }
  });
});
