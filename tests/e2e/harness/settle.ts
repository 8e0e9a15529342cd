import { vi } from 'vitest';
import type { TestPage } from './types';

/**
 * Tact judges a page's comments after the load and places its badges beside the risky ones as they come into
 * view, which moves what is below them (the reply box) down by a line or two. A click aimed before that lands
 * beside its target (Firefox's driver does not wait for the target to stay put), so tests that click a reply
 * box on a page with risky comments wait here: comments judged, and the number of badges unchanged over a poll.
 */
export async function waitForBadgesToSettle(page: TestPage): Promise<void> {
  await page.waitFor(() => document.querySelector('[data-tact-risk]') !== null || null, undefined, {
    timeout: 15_000,
  });
  let previous = -1;
  await vi.waitFor(
    async () => {
      const badges = await page.evaluate(() => document.querySelectorAll('tact-badge').length);
      const settled = badges === previous;
      previous = badges;
      if (!settled) throw new Error(`badges still arriving (${badges})`);
    },
    { timeout: 5000, interval: 250 },
  );
}
