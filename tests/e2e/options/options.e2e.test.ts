/**
 * The options page in the built extension: a template created there reaches the picker on a platform
 * page, a backup file restores through the file input, and the log exports as a guarded CSV.
 */
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '@/lib/backup/format';
import { DEFAULT_SETTINGS, type Interaction, type Template } from '@/lib/model';
import { brand, charter, interaction, task, template } from '../../unit/backup/sample';
import {
  BROWSERS,
  launch,
  type Session,
  type SiteServer,
  startSiteServer,
  type TestPage,
  waitForBadgesToSettle,
} from '../harness';

const FIXTURE = 'https://x.com/tact_fixture/status/1';
const REPLY_BOX = '[data-testid="tweetTextarea_0"]';

function backupFile(): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: Date.UTC(2025, 2, 10),
    schemaVersion: 2,
    data: {
      brands: [brand()],
      charters: [charter()],
      templates: [template({ title: 'Imported from backup', shortcut: ';imported' })],
      checklistTasks: [task()],
      checklistCompletions: [],
      interactions: [
        interaction({ id: 'int_a', commentText: '=HYPERLINK("http://evil.example","click")' }),
        interaction({ id: 'int_b', action: 'hidden', ruleIds: ['insult'], templateId: undefined }),
        interaction({ id: 'int_c', platform: 'youtube', url: 'https://www.youtube.com/watch?v=1' }),
      ],
      settings: { ...DEFAULT_SETTINGS, activeBrandId: 'brand_coffee', storeCommentText: true },
    },
  };
}

/** Chooses a file in the page's file input, as the file picker does (a File in `input.files`, then `change`). */
async function chooseFile(page: TestPage, name: string, content: string): Promise<void> {
  await page.evaluate(
    ({ name, content }) => {
      const input = document.querySelector<HTMLInputElement>('input[type=file]');
      if (!input) throw new Error('no file input');
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { name, content },
  );
}

async function typeInto(page: TestPage, role: string, name: string, text: string): Promise<void> {
  await (await page.getByRole(role, { name })).focus();
  await page.type(text);
}

const bodyText = (page: TestPage) => page.evaluate(() => document.body.textContent ?? '');

let server: SiteServer;
beforeAll(async () => {
  server = await startSiteServer();
});
afterAll(async () => {
  await server?.close();
});

describe.each(BROWSERS)('options page in %s', (browserName) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(browserName, { server, locale: 'en' });
    // The starter content is seeded on install.
    await vi.waitFor(async () => expect((await session.readDatabase('brands')).length).toBeGreaterThan(0), {
      timeout: 15_000,
      interval: 200,
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  test('a template created in the options page shows in the picker on a platform page', async () => {
    const options = await session.openExtensionPage('options.html#templates');
    try {
      await (await options.getByRole('button', { name: 'New template' })).click();
      await typeInto(options, 'textbox', 'Title', 'Opening hours e2e');
      await typeInto(options, 'textbox', 'Reply text', 'Hi {{firstName|there}}, we open at 8am every day.');
      await typeInto(options, 'textbox', 'Shortcut (e.g. ;thanks)', ';hours');
      await (await options.getByRole('button', { name: 'Save' })).click();
      await options.waitFor(() => document.body.textContent?.includes('Template “Opening hours e2e” saved.'));
      const stored = await session.readDatabase<Template>('templates');
      expect(stored.find((t) => t.title === 'Opening hours e2e')).toMatchObject({
        shortcut: ';hours',
        usageCount: 0,
      });
    } finally {
      await options.close();
    }

    const page = await session.newPage(FIXTURE);
    try {
      await waitForBadgesToSettle(page);
      await page.click(REPLY_BOX);
      await page.getByRole('button', { name: 'Insert template' });
      await page.press('Alt+Shift+T');
      await page.getByRole('dialog', { name: 'Templates' });
      await page.type('opening hours');
      const option = await page.getByRole('option', { name: /Opening hours e2e/ });
      expect(await option.isVisible()).toBe(true);
    } finally {
      await page.close();
    }
  });

  test('a backup file restores with a preview; a bad file is refused naming the field', async () => {
    const page = await session.openExtensionPage('options.html#backup');
    try {
      await page.getByRole('heading', { name: 'Backup and restore' });
      const bad = backupFile() as unknown as { data: { templates: Record<string, unknown>[] } };
      (bad.data.templates[0] as Record<string, unknown>).body = '';
      await chooseFile(page, 'bad.json', JSON.stringify(bad));
      const alert = await page.getByRole('alert');
      expect(await alert.textContent()).toMatch(/File refused, nothing was changed.*templates\[0\]\.body/);
      expect((await session.readDatabase('templates')).length).toBeGreaterThan(1);

      await chooseFile(page, 'tact-backup.json', JSON.stringify(backupFile()));
      await page.getByRole('table', { name: /What the restore will change/ });
      await (await page.getByRole('button', { name: 'Restore this backup' })).click();
      await page.waitFor(() => document.body.textContent?.includes('Backup restored.'));
      const templates = await session.readDatabase<Template>('templates');
      expect(templates.map((t) => t.title)).toEqual(['Imported from backup']);
      const interactions = await session.readDatabase<Interaction>('interactions');
      expect(interactions.map((i) => i.id).sort()).toEqual(['int_a', 'int_b', 'int_c']);
    } finally {
      await page.close();
    }
  });

  test('the log exports as CSV with the formula guard', async () => {
    const page = await session.openExtensionPage('options.html#log');
    try {
      await page.waitFor(() => document.body.textContent?.includes('Entries 1–3 of 3'));
      // Keep the Blob the page downloads, and keep the file out of the profile's Downloads folder.
      await page.evaluate(() => {
        const kept: Blob[] = [];
        (window as unknown as { __tactBlobs: Blob[] }).__tactBlobs = kept;
        const create = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (blob: Blob | MediaSource) => {
          if (blob instanceof Blob) kept.push(blob);
          return create(blob);
        };
        document.addEventListener(
          'click',
          (event) => {
            if (event.target instanceof HTMLAnchorElement && event.target.download) event.preventDefault();
          },
          true,
        );
      });
      await (await page.getByRole('button', { name: 'Export these entries as CSV' })).click();
      await page.waitFor(() => (window as unknown as { __tactBlobs: Blob[] }).__tactBlobs.length === 1);
      const csv = await page.evaluate(() =>
        (window as unknown as { __tactBlobs: Blob[] }).__tactBlobs[0]!.text(),
      );
      const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
      expect(lines[0]).toBe(
        'at,date,platform,action,brand,template,clauses,severity,responseSeconds,permalink,url,commentText',
      );
      expect(lines.filter((line) => line.trim() !== '')).toHaveLength(4);
      expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
      expect(csv).toContain('Tact Coffee');
      expect(await bodyText(page)).toContain('3 entries exported.');
    } finally {
      await page.close();
    }
  });
});
