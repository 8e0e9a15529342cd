import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BrandsSection } from '@/entrypoints/options/sections/BrandsSection';
import { ChecklistSection } from '@/entrypoints/options/sections/ChecklistSection';
import { SettingsSection } from '@/entrypoints/options/sections/SettingsSection';
import { getDb } from '@/lib/db/database';
import { readSettings } from '@/lib/db/settings-store';
import { seedStarterContent } from '@/lib/seed';
import { STARTER_CHARTER_ID } from '@/lib/seed/ids';
import { interaction, populate } from '../../unit/backup/sample';
import { renderInPage } from './render';

describe('Brands section', () => {
  it('creates a brand with its own copy of the starter charter and makes it active', async () => {
    const db = getDb();
    await seedStarterContent(db, { language: 'en' });
    const { user } = renderInPage(<BrandsSection />);
    await screen.findByRole('rowheader', { name: 'My brand' });
    await user.click(screen.getByRole('button', { name: 'New brand' }));
    const form = screen.getByRole('form', { name: 'New brand' });
    await user.type(within(form).getByLabelText('Name'), 'Gym Club');
    await user.type(within(form).getByLabelText('Signature'), 'Coach Sam');
    await user.type(
      within(form).getByLabelText(/Owned pages/),
      'https://x.com/gymclub*{Enter}*facebook.com/gymclub*',
    );
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await screen.findByRole('rowheader', { name: 'Gym Club' });

    const gym = (await db.brands.toArray()).find((b) => b.name === 'Gym Club');
    expect(gym?.ownedPages).toEqual(['https://x.com/gymclub*', '*facebook.com/gymclub*']);
    const charter = await db.charters.get(gym?.charterId ?? '');
    const starter = await db.charters.get(STARTER_CHARTER_ID);
    expect(charter?.id).not.toBe(STARTER_CHARTER_ID);
    expect(charter?.brandId).toBe(gym?.id);
    expect(charter?.clauses).toEqual(starter?.clauses);

    await user.click(screen.getByRole('radio', { name: 'Make Gym Club the active brand' }));
    await waitFor(async () => expect((await readSettings(db)).activeBrandId).toBe(gym?.id));
  });

  it('explains which brand applies to a page', async () => {
    await populate(getDb());
    await getDb().brands.add({
      ...(await getDb().brands.get('brand_coffee'))!,
      id: 'brand_gym',
      name: 'Gym Club',
      ownedPages: ['https://x.com/gymclub*'],
    });
    const { user } = renderInPage(<BrandsSection />);
    const field = await screen.findByLabelText('Try a page address');
    await user.type(field, 'https://x.com/gymclub/status/9');
    expect(screen.getByText('On this page: Gym Club (it owns the page).')).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, 'https://www.youtube.com/watch?v=1');
    expect(screen.getByText('On this page: Tact Coffee (the active brand).')).toBeInTheDocument();
  });

  it('deletes a brand with its charter and templates, and Undo puts everything back', async () => {
    const db = getDb();
    await populate(db);
    await seedStarterContent(db, { language: 'en' });
    await db.templates.update('tpl_warning', { brandId: 'brand_coffee' });
    const { user } = renderInPage(<BrandsSection />);
    await user.click(await screen.findByRole('button', { name: 'Delete Tact Coffee' }));
    await screen.findByText(/Brand “Tact Coffee” deleted/);
    expect(await db.charters.get('charter_coffee')).toBeUndefined();
    expect(await db.templates.get('tpl_warning')).toBeUndefined();
    expect((await readSettings(db)).activeBrandId).toBe('brand_default');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Brand “Tact Coffee” restored.');
    expect(await db.charters.get('charter_coffee')).toBeDefined();
    expect((await db.templates.get('tpl_warning'))?.brandId).toBe('brand_coffee');
    expect((await readSettings(db)).activeBrandId).toBe('brand_coffee');
  });
});

describe('Checklist section', () => {
  it('creates a task every two weeks on chosen days that ticks itself from the log', async () => {
    await populate(getDb());
    const { user } = renderInPage(<ChecklistSection />);
    await screen.findByRole('rowheader', { name: 'Modération du matin' });
    await user.click(screen.getByRole('button', { name: 'New task' }));
    const form = screen.getByRole('form', { name: 'New task' });
    await user.type(within(form).getByLabelText('Task'), 'Weekly report to the manager');
    await user.selectOptions(within(form).getByLabelText('Moment of the day'), 'afternoon');
    await user.type(within(form).getByLabelText('Time (optional)'), '16:00');
    await user.selectOptions(within(form).getByLabelText('Repeat'), 'weekly');
    const days = within(form).getByRole('group', { name: 'Days' });
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
      await user.click(within(days).getByRole('checkbox', { name: day }));
    }
    await user.click(within(days).getByRole('checkbox', { name: 'Friday' }));
    await user.clear(within(form).getByLabelText('Every how many weeks'));
    await user.type(within(form).getByLabelText('Every how many weeks'), '2');
    await user.click(within(form).getByLabelText(/Tick itself/));
    await user.selectOptions(within(form).getByLabelText('Logged action'), 'replied');
    await user.clear(within(form).getByLabelText('How many'));
    await user.type(within(form).getByLabelText('How many'), '20');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await screen.findByText('Task “Weekly report to the manager” saved.');
    const row = screen.getByRole('row', { name: /Weekly report to the manager/ });
    expect(row).toHaveTextContent('Every 2 weeks: Fri');
    expect(row).toHaveTextContent('20 × Replied');
    const task = (await getDb().checklistTasks.toArray()).find((t) => t.title.startsWith('Weekly'));
    expect(task).toMatchObject({
      moment: 'afternoon',
      time: '16:00',
      recurrence: { kind: 'weekly', every: 2, days: [5] },
      autoTick: { action: 'replied', count: 20 },
    });
  });

  it('refuses chosen days with no day, and deletes with undo', async () => {
    await populate(getDb());
    const { user } = renderInPage(<ChecklistSection />);
    await user.click(await screen.findByRole('button', { name: 'Edit Modération du matin' }));
    const form = screen.getByRole('form', { name: 'Edit task' });
    await user.selectOptions(within(form).getByLabelText('Repeat'), 'days');
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
      await user.click(within(form).getByRole('checkbox', { name: day }));
    }
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Choose at least one day.');
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));

    await user.click(screen.getByRole('button', { name: 'Delete Modération du matin' }));
    await screen.findByText('Task “Modération du matin” deleted.');
    expect(await getDb().checklistTasks.count()).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('rowheader', { name: 'Modération du matin' });
    expect(await getDb().checklistCompletions.count()).toBe(1);
  });
});

describe('Settings section', () => {
  it('saves the retention and purges old entries now', async () => {
    const db = getDb();
    const old = Date.now() - 40 * 86_400_000;
    await db.interactions.bulkAdd([
      interaction({ id: 'old', at: old }),
      interaction({ id: 'new', at: Date.now() }),
    ]);
    const { user } = renderInPage(<SettingsSection />);
    const days = await screen.findByLabelText(/Delete log entries older than/);
    await user.clear(days);
    await user.type(days, '30');
    await user.click(screen.getByRole('button', { name: 'Purge now' }));
    await screen.findByText('1 log entries deleted.');
    expect((await db.interactions.toArray()).map((i) => i.id)).toEqual(['new']);
    expect((await readSettings(db)).retentionDays).toBe(30);
  });

  it('switches comment text storage and the interface language', async () => {
    const db = getDb();
    const { user } = renderInPage(<SettingsSection />);
    await user.click(await screen.findByRole('checkbox', { name: /Keep the text of answered comments/ }));
    await waitFor(async () => expect((await readSettings(db)).storeCommentText).toBe(true));
    await user.selectOptions(screen.getByLabelText('Language'), 'fr');
    await waitFor(async () => expect((await readSettings(db)).uiLanguage).toBe('fr'));
  });

  it('changes the templates shortcut, refusing one that typing would trigger', async () => {
    const db = getDb();
    const { user } = renderInPage(<SettingsSection />);
    const field = await screen.findByLabelText('Shortcut that opens the templates in a reply box');
    // The field is filled once the stored settings are read.
    await waitFor(() => expect(field).toHaveValue('Alt+Shift+T'));
    const form = field.closest('form')!;
    await user.clear(field);
    await user.type(field, 'Shift+K');
    await user.click(within(form as HTMLElement).getByRole('button', { name: 'Save' }));
    await screen.findByText(/Add Alt, Ctrl or Meta to the key/);
    expect((await readSettings(db)).pickerShortcut).toBe('Alt+Shift+T');
    await user.clear(field);
    await user.type(field, 'Ctrl+;');
    await user.click(within(form as HTMLElement).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await readSettings(db)).pickerShortcut).toBe('Ctrl+;'));
  });

  it('turns the highlights and the draft guard off', async () => {
    const db = getDb();
    const { user } = renderInPage(<SettingsSection />);
    await user.click(await screen.findByRole('checkbox', { name: 'Highlight risky comments' }));
    await user.click(screen.getByRole('checkbox', { name: 'Check my drafts before I send them' }));
    await waitFor(async () =>
      expect(await readSettings(db)).toMatchObject({ highlightsEnabled: false, guardEnabled: false }),
    );
  });

  it('asks the background to restore the starter content', async () => {
    const requests: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      requests.push(message);
      return Promise.resolve({ ok: true, value: { added: 12 } });
    });
    const { user } = renderInPage(<SettingsSection />);
    await user.click(await screen.findByRole('button', { name: 'Reset starter content' }));
    await screen.findByText('12 starter items restored.');
    expect(requests).toEqual([{ tact: 1, name: 'restoreStarterContent', data: { replace: true } }]);
  });
});
