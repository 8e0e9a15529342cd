import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { BROWSERS, launch, type Session, type SiteServer, startSiteServer, type TestPage } from '../harness';
import { shiftPageClock } from './clock';

const DAY_MS = 86_400_000;
const OVERNIGHT = 'Check overnight notifications and alerts';

let server: SiteServer;
beforeAll(async () => {
  server = await startSiteServer();
});
afterAll(async () => {
  await server?.close();
});

async function isChecked(page: TestPage, taskId: string): Promise<boolean | null> {
  return page.evaluate((id) => {
    const box = document.getElementById(`task-${id}`);
    return box instanceof HTMLInputElement ? box.checked : null;
  }, taskId);
}

async function progressText(page: TestPage): Promise<string> {
  return page.evaluate(() => document.querySelector('output[aria-live]')?.textContent ?? '');
}

describe.each(BROWSERS)('popup in %s', (browserName) => {
  let session: Session;

  beforeAll(async () => {
    session = await launch(browserName, { server, locale: 'en' });
    // The background seeds the starter checklist on install.
    await vi.waitFor(
      async () => {
        const tasks = await session.readDatabase('checklistTasks');
        if (tasks.length < 9) throw new Error(`only ${tasks.length} tasks seeded`);
      },
      { timeout: 15_000, interval: 200 },
    );
  });

  afterAll(async () => {
    await session?.close();
  });

  test('shows the starter tasks of today as labelled checkboxes', async () => {
    const page = await session.openExtensionPage('popup.html');
    try {
      await page.getByRole('checkbox', { name: OVERNIGHT });
      await page.getByRole('checkbox', { name: 'Morning moderation sweep' });
      await page.getByRole('heading', { name: 'Morning' });
      expect(await page.countByRole('checkbox')).toBeGreaterThanOrEqual(5);
      expect(await progressText(page)).toMatch(/^0 of \d+$/);
    } finally {
      await page.close();
    }
  });

  test('a tick persists after reopening the popup', async () => {
    const first = await session.openExtensionPage('popup.html');
    try {
      await (await first.getByRole('checkbox', { name: OVERNIGHT })).click();
      await first.waitFor(
        () => (document.getElementById('task-task_overnight') as HTMLInputElement | null)?.checked,
      );
    } finally {
      await first.close();
    }
    const again = await session.openExtensionPage('popup.html');
    try {
      await again.getByRole('checkbox', { name: OVERNIGHT });
      expect(await isChecked(again, 'task_overnight')).toBe(true);
      expect(await progressText(again)).toMatch(/^1 of \d+$/);
    } finally {
      await again.close();
    }
  });

  test('a task added with Enter appears, and is still there when the popup reopens', async () => {
    const page = await session.openExtensionPage('popup.html');
    try {
      await page.getByRole('textbox', { name: 'Add a task' });
      await page.focus('#quick-add');
      await page.type('Call the agency');
      await page.press('Enter');
      await page.getByRole('checkbox', { name: 'Call the agency' });
    } finally {
      await page.close();
    }
    const again = await session.openExtensionPage('popup.html');
    try {
      await again.getByRole('checkbox', { name: 'Call the agency' });
    } finally {
      await again.close();
    }
  });

  test('the day rolls over: tomorrow starts unticked, and today keeps its ticks', async () => {
    const page = await session.openExtensionPage('popup.html');
    try {
      await page.getByRole('checkbox', { name: OVERNIGHT });
      await page.waitFor(
        () => (document.getElementById('task-task_overnight') as HTMLInputElement | null)?.checked,
      );
      await shiftPageClock(page, DAY_MS);
      await page.waitFor(
        () => (document.getElementById('task-task_overnight') as HTMLInputElement | null)?.checked === false,
      );
      expect(await progressText(page)).toMatch(/^0 of \d+$/);
      await shiftPageClock(page, 0);
      await page.waitFor(
        () => (document.getElementById('task-task_overnight') as HTMLInputElement | null)?.checked === true,
      );
    } finally {
      await page.close();
    }
  });

  test('ticks the replies task itself from the log', async () => {
    const at = Date.now();
    for (let i = 0; i < 20; i++) {
      await session.sendMessage('logInteraction', {
        platform: 'x',
        url: `https://x.com/tact/status/${i}`,
        action: 'replied',
        ruleIds: [],
        at: at - i * 1000,
      });
    }
    const page = await session.openExtensionPage('popup.html');
    try {
      await page.getByRole('checkbox', { name: "Answer today's comments (20)" });
      expect(await isChecked(page, 'task_answer_comments')).toBe(true);
      expect(await page.evaluate(() => document.body.textContent)).toMatch(/auto 20\/20/);
    } finally {
      await page.close();
    }
  });
});
