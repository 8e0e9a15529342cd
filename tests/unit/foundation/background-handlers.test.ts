import { beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers } from '@/entrypoints/background/handlers';
import { getDb } from '@/lib/db/database';
import { writeSettings } from '@/lib/db/settings-store';
import { seedStarterContent } from '@/lib/seed';
import { DEFAULT_BRAND_ID } from '@/lib/seed/ids';

const tabSender = (url: string): Browser.runtime.MessageSender => ({
  tab: { id: 7, url } as Browser.tabs.Tab,
});

beforeEach(async () => {
  await seedStarterContent(getDb(), { language: 'fr', now: 1 });
});

describe('page context', () => {
  it("gives a page the active brand's charter and templates", async () => {
    const context = await handlers.getPageContext({ url: 'https://x.com/someone/status/1' }, tabSender(''));
    expect(context.brand?.id).toBe(DEFAULT_BRAND_ID);
    expect(context.charter?.clauses.length).toBeGreaterThan(0);
    expect(context.templates.length).toBeGreaterThan(0);
    expect(context.silenced).toBe(false);
  });

  it('gives a page the brand that owns it', async () => {
    const db = getDb();
    await db.brands.add({
      id: 'gym',
      name: 'Tact Gym',
      signature: 'Sam',
      language: 'en',
      ownedPages: ['https://www.youtube.com/@tactgym*'],
      charterId: 'charter_starter',
      createdAt: 1,
      updatedAt: 1,
    });
    const owned = await handlers.getPageContext(
      { url: 'https://www.youtube.com/@tactgym/videos' },
      tabSender(''),
    );
    expect(owned.brand?.name).toBe('Tact Gym');
  });

  it('is silenced on a silenced site and page, and again live when un-silenced', async () => {
    const url = 'https://www.reddit.com/r/tact/comments/1';
    await handlers.setSilenced({ scope: 'site', url, silenced: true }, tabSender(url));
    expect(
      (await handlers.getPageContext({ url: 'https://www.reddit.com/r/other' }, tabSender(''))).silenced,
    ).toBe(true);
    await handlers.setSilenced({ scope: 'site', url, silenced: false }, tabSender(url));
    await handlers.setSilenced({ scope: 'page', url, silenced: true }, tabSender(url));
    expect((await handlers.getPageContext({ url }, tabSender(''))).silenced).toBe(true);
    expect(
      (await handlers.getPageContext({ url: 'https://www.reddit.com/r/other' }, tabSender(''))).silenced,
    ).toBe(false);
  });

  it('tells content scripts to refresh when silencing changes', async () => {
    const url = 'https://x.com/a';
    const before = (await handlers.getPageContext({ url }, tabSender(''))).revision;
    await handlers.setSilenced({ scope: 'page', url, silenced: true }, tabSender(url));
    expect((await handlers.getPageContext({ url }, tabSender(''))).revision).toBeGreaterThan(before);
  });
});

describe('logging', () => {
  it('stores an interaction with its brand and counts the template use', async () => {
    const db = getDb();
    const template = (await db.templates.toArray())[0]!;
    const url = 'https://x.com/fan/status/42';
    const { id } = await handlers.logInteraction(
      {
        platform: 'x',
        url,
        action: 'inserted',
        templateId: template.id,
        ruleIds: ['insult'],
        commentText: 'secret',
      },
      tabSender(url),
    );
    const stored = await db.interactions.get(id);
    expect(stored).toMatchObject({
      platform: 'x',
      action: 'inserted',
      brandId: DEFAULT_BRAND_ID,
      ruleIds: ['insult'],
    });
    expect(stored?.commentText).toBeUndefined();
    expect((await db.templates.get(template.id))?.usageCount).toBe(1);
  });

  it('keeps the comment text only when the privacy setting allows it', async () => {
    await writeSettings(getDb(), { storeCommentText: true });
    const url = 'https://x.com/fan/status/43';
    const { id } = await handlers.logInteraction(
      { platform: 'x', url, action: 'replied', ruleIds: [], commentText: 'kept' },
      tabSender(url),
    );
    expect((await getDb().interactions.get(id))?.commentText).toBe('kept');
  });

  it('refuses a malformed interaction with a message', async () => {
    await expect(
      handlers.logInteraction(
        { platform: 'x', url: 'https://x.com', action: 'shouted' as 'replied', ruleIds: [] },
        tabSender('https://x.com'),
      ),
    ).rejects.toThrow();
    expect(await getDb().interactions.count()).toBe(0);
  });

  it("counts today's replies and moderation by platform, not yesterday's", async () => {
    const now = new Date(2026, 10, 23, 15, 0).getTime();
    const yesterday = new Date(2026, 10, 22, 23, 59).getTime();
    const log = (action: 'replied' | 'hidden' | 'seen_risky', platform: 'x' | 'youtube', at: number) =>
      handlers.logInteraction({ platform, url: 'https://x.com/a', action, ruleIds: [], at }, tabSender(''));
    await log('replied', 'x', now);
    await log('replied', 'youtube', now - 3600_000);
    await log('hidden', 'youtube', now);
    await log('seen_risky', 'x', now);
    await log('replied', 'x', yesterday);
    const figures = await handlers.getTodayFigures({ now }, tabSender(''));
    expect(figures).toMatchObject({ day: '2026-11-23', replied: 2, moderated: 1, riskySeen: 1 });
    expect(figures.byPlatform.youtube).toEqual({ replied: 1, moderated: 1, inserted: 0 });
  });
});

describe('toolbar badge', () => {
  it('shows the number of risky comments of the tab that reported them', async () => {
    await handlers.reportPageRisk({ count: 3, highest: 'high' }, tabSender('https://x.com'));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('3');
    await handlers.reportPageRisk({ count: 0, highest: 'none' }, tabSender('https://x.com'));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });
});
