import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '@/components/i18n';
import { PopupApp } from '@/entrypoints/popup/PopupApp';
import { usePopupUi } from '@/entrypoints/popup/ui-store';
import { getDb } from '@/lib/db/database';
import { readSettings, writeSettings } from '@/lib/db/settings-store';
import type { Envelope } from '@/lib/messaging/protocol';
import { type Interaction, newId } from '@/lib/model';
import { seedStarterContent } from '@/lib/seed';

// Thursday 2 May 2024, 10:00 local: nine starter tasks are due (no weekly report, no charter review).
const NOW = new Date(2024, 4, 2, 10, 0);
const TODAY = '2024-05-02';

async function openPopup(lang: 'en' | 'fr' = 'en') {
  await seedStarterContent(getDb(), { now: NOW.getTime() - 86_400_000, language: lang });
  const user = userEvent.setup();
  render(
    <I18nProvider lang={lang}>
      <PopupApp />
    </I18nProvider>,
  );
  await screen.findByRole('checkbox', {
    name: lang === 'en' ? 'Morning moderation sweep' : 'Passe de modération du matin',
  });
  return user;
}

function replied(at: number): Interaction {
  return {
    id: newId('int'),
    at,
    platform: 'x',
    url: 'https://x.com/a/status/1',
    action: 'replied',
    ruleIds: [],
    brandId: null,
  };
}

/** The tab the popup was opened over (fakeBrowser's tabs.create cannot make a tab active). */
function activeTabIs(url: string) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
    { url } as Awaited<ReturnType<typeof fakeBrowser.tabs.query>>[number],
  ]);
}

const taskNames = () => screen.getAllByRole('checkbox').map((box) => box.getAttribute('id'));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  usePopupUi.setState({ organising: false, hideDone: false, editingTaskId: null, lastDeleted: null });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('popup checklist', () => {
  it('shows today’s starter tasks as labelled checkboxes, grouped by moment, with progress', async () => {
    await openPopup();
    expect(screen.getAllByRole('checkbox')).toHaveLength(9);
    expect(screen.getByRole('heading', { name: 'Morning' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Evening' })).toBeInTheDocument();
    expect(screen.getByText('0 of 9')).toHaveAttribute('aria-live', 'polite');
    expect(screen.queryByRole('checkbox', { name: 'Weekly report' })).not.toBeInTheDocument();
  });

  it('speaks French', async () => {
    await openPopup('fr');
    expect(screen.getByRole('heading', { name: 'Matin' })).toBeInTheDocument();
    expect(screen.getByText('0 sur 9')).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: 'Vérifier les notifications et alertes de la nuit' }),
    ).toBeInTheDocument();
  });

  it('ticking a task stores the tick for today and updates the progress', async () => {
    const user = await openPopup();
    await user.click(screen.getByRole('checkbox', { name: 'Check scheduled posts' }));
    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: 'Check scheduled posts' })).toBeChecked(),
    );
    expect(screen.getByText('1 of 9')).toBeInTheDocument();
    expect(await getDb().checklistCompletions.get(`task_scheduled_posts|${TODAY}`)).toMatchObject({
      done: true,
    });
  });

  it('adds a task with Enter in the moment of the day', async () => {
    const user = await openPopup();
    await user.type(screen.getByRole('textbox', { name: 'Add a task' }), 'Call the agency{Enter}');
    const box = await screen.findByRole('checkbox', { name: 'Call the agency' });
    expect(box.closest('ul')).toBe(
      screen.getByRole('checkbox', { name: 'Morning moderation sweep' }).closest('ul'),
    );
    expect(screen.getByRole('textbox', { name: 'Add a task' })).toHaveValue('');
    expect(screen.getByText('0 of 10')).toBeInTheDocument();
  });

  it('deletes a task and brings it back with Undo', async () => {
    const user = await openPopup();
    await user.click(screen.getByRole('button', { name: 'Organise' }));
    await user.click(screen.getByRole('button', { name: 'Delete: Crisis radar: sensitive topics' }));
    await waitFor(() =>
      expect(screen.queryByRole('checkbox', { name: 'Crisis radar: sensitive topics' })).toBeNull(),
    );
    expect(screen.getByText('Deleted "Crisis radar: sensitive topics"')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(
      await screen.findByRole('checkbox', { name: 'Crisis radar: sensitive topics' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('moves a task down with a button and up with Alt+ArrowUp', async () => {
    const user = await openPopup();
    const before = taskNames();
    expect(before.slice(0, 2)).toEqual(['task-task_overnight', 'task-task_moderation_sweep']);
    await user.click(screen.getByRole('button', { name: 'Organise' }));
    await user.click(
      screen.getByRole('button', { name: 'Move down: Check overnight notifications and alerts' }),
    );
    await waitFor(() =>
      expect(taskNames().slice(0, 2)).toEqual(['task-task_moderation_sweep', 'task-task_overnight']),
    );
    screen.getByRole('checkbox', { name: 'Check overnight notifications and alerts' }).focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() => expect(taskNames()).toEqual(before));
  });

  it('edits a task’s title, repeat and time', async () => {
    const user = await openPopup();
    await user.click(screen.getByRole('button', { name: 'Organise' }));
    await user.click(screen.getByRole('button', { name: "Edit: Note today's KPIs" }));
    const form = screen.getByRole('form', { name: 'Edit the task' });
    const title = within(form).getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'KPI note for the manager');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Repeat' }), 'Chosen days');
    await user.click(within(form).getByRole('checkbox', { name: /Mon/ }));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    // Thursday is still chosen, so the renamed task stays on today's list.
    expect(await screen.findByRole('checkbox', { name: 'KPI note for the manager' })).toBeInTheDocument();
    expect((await getDb().checklistTasks.get('task_kpi_note'))?.recurrence).toEqual({
      kind: 'days',
      days: [2, 3, 4, 5],
    });
  });

  it('ticks the replies task from today’s log, shows the auto hint, and keeps the CM’s untick', async () => {
    const user = await openPopup();
    const replies = Array.from({ length: 20 }, (_, i) => replied(NOW.getTime() - 3_600_000 + i * 1000));
    await act(() =>
      getDb().interactions.bulkAdd([...replies, replied(new Date(2024, 4, 1, 23, 59).getTime())]),
    );
    const box = screen.getByRole('checkbox', { name: "Answer today's comments (20)" });
    await waitFor(() => expect(box).toBeChecked());
    expect(box).toHaveAccessibleDescription(
      /Ticks itself when 20 "replied" actions are logged today \(20 so far\)/,
    );
    await user.click(box);
    await waitFor(() => expect(box).not.toBeChecked());
    expect(await getDb().checklistCompletions.get(`task_answer_comments|${TODAY}`)).toMatchObject({
      done: false,
    });
  });

  it('shows today’s figures by platform', async () => {
    await openPopup();
    await act(() =>
      getDb().interactions.bulkAdd([
        replied(NOW.getTime() - 1000),
        { ...replied(NOW.getTime() - 2000), action: 'hidden', platform: 'youtube' },
        { ...replied(NOW.getTime() - 3000), action: 'seen_risky' },
      ]),
    );
    expect(await screen.findByText('X: 1 replies, 0 moderated')).toBeInTheDocument();
    expect(screen.getByText('YouTube: 0 replies, 1 moderated')).toBeInTheDocument();
    const glance = screen.getByRole('region', { name: 'Today at a glance' });
    expect(within(glance).getByText('Risky seen').nextSibling).toHaveTextContent('1');
  });

  it('switches the active brand and shows its tasks with the global ones', async () => {
    const db = getDb();
    await db.brands.put({ ...(await db.brands.get('brand_default'))!, id: 'brand_gym', name: 'Gym Club' });
    await db.checklistTasks.put({
      id: 'gym_only',
      brandId: 'brand_gym',
      title: 'Post the class schedule',
      moment: 'morning',
      order: 99,
      recurrence: { kind: 'daily' },
      createdAt: 0,
      updatedAt: 0,
    });
    const user = await openPopup();
    expect(screen.queryByRole('checkbox', { name: 'Post the class schedule' })).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Brand' }), 'Gym Club');
    expect(await screen.findByRole('checkbox', { name: 'Post the class schedule' })).toBeInTheDocument();
    expect((await readSettings(db)).activeBrandId).toBe('brand_gym');
    expect(screen.getAllByRole('checkbox')).toHaveLength(10);
  });

  it('offers to silence Tact on a supported page only', async () => {
    const sent: Envelope[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      sent.push(message as Envelope);
      return Promise.resolve({ ok: true, value: { silenced: true } });
    });
    activeTabIs('https://x.com/tact/status/1');
    const user = await openPopup();
    const site = await screen.findByRole('switch', { name: 'Silence Tact on x.com' });
    await user.click(site);
    expect(sent).toContainEqual(
      expect.objectContaining({
        name: 'setSilenced',
        data: { scope: 'site', url: 'https://x.com/tact/status/1', silenced: true },
      }),
    );
    await act(() => writeSettings(getDb(), { silencedSites: ['x.com'] }));
    await waitFor(() => expect(screen.getByRole('switch', { name: 'Silence Tact on x.com' })).toBeChecked());
  });

  it('hides the silence control on pages Tact does not run on', async () => {
    activeTabIs('https://example.org/');
    await openPopup();
    expect(screen.queryByRole('switch', { name: /Silence Tact/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Templates' })).toHaveAttribute(
      'href',
      expect.stringMatching(/options\.html#templates$/),
    );
  });
});
