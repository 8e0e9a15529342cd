import { describe, expect, it } from 'vitest';
import { statesOfDay } from '@/lib/checklist/status';
import { ChecklistTaskSchema } from '@/lib/model';
import { starterChecklist } from '@/lib/seed/checklist';
import { inTimeZone, local } from './time-zone';

inTimeZone('Europe/Paris');

describe('starter checklist', () => {
  it('is valid, in the brand’s language, with the same ids in French and English', () => {
    const now = local(2024, 5, 6, 9);
    const fr = starterChecklist(now, 'fr');
    const en = starterChecklist(now, 'en');
    for (const task of [...fr, ...en]) expect(ChecklistTaskSchema.safeParse(task).success).toBe(true);
    expect(fr.map((t) => t.id)).toEqual(en.map((t) => t.id));
    expect(fr.find((t) => t.id === 'task_overnight')?.title).toMatch(/nuit/);
    expect(en.find((t) => t.id === 'task_overnight')?.title).toMatch(/overnight/i);
  });

  it('fits a typical weekday, adds the weekly report on Friday, and lightens the weekend', () => {
    const tasks = starterChecklist(local(2024, 5, 6, 9), 'en'); // Monday 6 May 2024
    const dueOn = (day: string) => statesOfDay(tasks, day, null, [], {}).map((s) => s.task.id);
    expect(dueOn('2024-05-07')).toHaveLength(9);
    expect(dueOn('2024-05-10')).toContain('task_weekly_report');
    expect(dueOn('2024-05-07')).not.toContain('task_weekly_report');
    expect(dueOn('2024-05-11').length).toBeLessThan(dueOn('2024-05-07').length);
    // The charter review comes back every four weeks, on Mondays.
    expect(dueOn('2024-05-06')).toContain('task_charter_review');
    expect(dueOn('2024-05-13')).not.toContain('task_charter_review');
    expect(dueOn('2024-06-03')).toContain('task_charter_review');
  });
});
