import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  BROWSERS,
  launch,
  type Session,
  type SiteServer,
  startSiteServer,
  waitForBadgesToSettle,
} from '../harness';

/** The page of `npm run demo`: demo/ served as the root of x.com. */
const DEMO_ROOT = fileURLToPath(new URL('../../../demo', import.meta.url));
const DEMO_URL = 'https://x.com/tact_demo/status/1';

let server: SiteServer;
beforeAll(async () => {
  server = await startSiteServer({ hostRoots: { 'x.com': DEMO_ROOT } });
});
afterAll(async () => {
  await server?.close();
});

describe.each(BROWSERS)('the demo page in %s', (browserName) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(browserName, { server });
  });
  afterAll(async () => {
    await session?.close();
  });

  test('Tact judges the post and its replies, and the reply box posts into the thread', async () => {
    const page = await session.newPage(DEMO_URL);
    // The post and its 12 replies, each judged (DESIGN.md contract 2).
    const judged = await page
      .waitFor(
        () => document.querySelectorAll('article[data-testid="tweet"][data-tact-risk]').length >= 13,
        undefined,
        {
          timeout: 15_000,
        },
      )
      .catch(() => false);
    expect(judged, 'every post of the demo thread carries data-tact-risk').toBe(true);
    const risky = await page.evaluate(
      () => document.querySelectorAll('article[data-testid="tweet"]:not([data-tact-risk="none"])').length,
    );
    expect(risky).toBeGreaterThan(0);

    const sendState = () =>
      page.evaluate(() =>
        document.querySelector('[data-testid="tweetButtonInline"]')?.getAttribute('aria-disabled'),
      );
    expect(await sendState()).toBe('true');
    await waitForBadgesToSettle(page);
    await page.focus('[data-testid="tweetTextarea_0"]');
    await page.type('Merci pour votre retour !');
    expect(await sendState()).toBe('false');
    await page.click('[data-testid="tweetButtonInline"]');
    const newest = await page.waitFor(() =>
      document.querySelector('#replies article [data-testid="tweetText"]')?.textContent?.trim(),
    );
    expect(newest).toBe('Merci pour votre retour !');
  });
});
