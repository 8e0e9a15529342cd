import { describe, expect, it } from 'vitest';
import { dayKeyOf } from '@/lib/checklist/days';
import {
  addTask,
  deleteTask,
  interactionsOfDay,
  loadChecklistDay,
  restoreTask,
  setTaskDone,
  streakOf,
  updateTask,
} from '@/lib/db/checklist-store';
import { getDb } from '@/lib/db/database';
import { type Interaction, newId } from '@/lib/model';
import { starterChecklist } from '@/lib/seed/checklist';
import { task } from './fixtures';
import { HOUR, inTimeZone, local } from './time-zone';

inTimeZone('Europe/Paris');

function logged(at: number, action: Interaction['action'] = 'replied'): Interaction {
  return {
    id: newId('int'),
    at,
    platform: 'x',
    url: 'https://x.com/a/status/1',
    action,
    ruleIds: [],
    brandId: null,
  };
}

describe('checklist store', () => {
  it('reads the interactions of a 25-hour local day, and none of its neighbours', async () => {
    const db = getDb();
    const start = local(2024, 10, 27);
    await db.interactions.bulkAdd([
      logged(start - 1),
      logged(start),
      logged(start + 24 * HOUR + 30 * 60_000), // 23:30 local, still 27 October
      logged(start + 25 * HOUR),
    ]);
    expect(await interactionsOfDay(db, '2024-10-27')).toHaveLength(2);
  });

  it('ticks itself from today’s log and lets the CM override', async () => {
    const db = getDb();
    const now = local(2024, 5, 2, 15);
    const day = dayKeyOf(now);
    await db.checklistTasks.bulkAdd(starterChecklist(local(2024, 4, 1), 'en'));
    const replies = Array.from({ length: 20 }, (_, i) => logged(local(2024, 5, 2, 9) + i * 60_000));
    await db.interactions.bulkAdd([...replies, logged(local(2024, 5, 1, 20))]);
    const answer = (await loadChecklistDay(db, day, null)).states.find(
      (s) => s.task.id === 'task_answer_comments',
    );
    expect(answer).toMatchObject({ done: true, autoDone: true, autoProgress: { count: 20, target: 20 } });

    await setTaskDone(db, 'task_answer_comments', day, false, now);
    const overridden = (await loadChecklistDay(db, day, null)).states.find(
      (s) => s.task.id === 'task_answer_comments',
    );
    expect(overridden?.done).toBe(false);
  });

  it('adds, edits, deletes and restores a task with its history', async () => {
    const db = getDb();
    const created = await addTask(
      db,
      { title: '  Call the agency ', moment: 'midday', brandId: null },
      local(2024, 5, 2, 12),
    );
    expect(created).toMatchObject({ title: 'Call the agency', recurrence: { kind: 'daily' } });
    await updateTask(db, created.id, { time: '14:30', recurrence: { kind: 'days', days: [2, 4] } });
    expect((await db.checklistTasks.get(created.id))?.time).toBe('14:30');
    await updateTask(db, created.id, { time: undefined });
    expect((await db.checklistTasks.get(created.id))?.time).toBeUndefined();
    await expect(updateTask(db, created.id, { title: '   ' })).rejects.toThrow('task.title');

    await setTaskDone(db, created.id, '2024-05-02', true);
    const deleted = await deleteTask(db, created.id);
    expect(await db.checklistCompletions.count()).toBe(0);
    await restoreTask(db, deleted!);
    expect(await db.checklistTasks.get(created.id)).toEqual(deleted?.task);
    expect(await db.checklistCompletions.get(`${created.id}|2024-05-02`)).toMatchObject({ done: true });
  });

  it('finds a streak longer than the first page of history it loads', async () => {
    const db = getDb();
    const daily = task('daily', { createdAt: local(2024, 1, 1) });
    await db.checklistTasks.add(daily);
    // Done every day from 1 February to 31 March 2024 (60 days, a leap February and the DST change).
    for (let d = new Date(2024, 1, 1); d <= new Date(2024, 2, 31); d.setDate(d.getDate() + 1)) {
      await setTaskDone(db, 'daily', dayKeyOf(d), true);
    }
    expect(await streakOf(db, [daily], '2024-04-01', null)).toMatchObject({ days: 60, todayCounted: false });
  });
});
