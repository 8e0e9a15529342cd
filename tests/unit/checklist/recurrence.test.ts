import { describe, expect, it } from 'vitest';
import { addDaysToKey } from '@/lib/checklist/days';
import { appliesToBrand, isRecurrenceDueOn, isTaskDueOn } from '@/lib/checklist/recurrence';
import type { ChecklistTask, Recurrence } from '@/lib/model';
import { inTimeZone, local } from './time-zone';

inTimeZone('Europe/Paris');

/** The days of a span on which a recurrence is due. */
function dueDays(recurrence: Recurrence, from: string, count: number): string[] {
  const days: string[] = [];
  for (let i = 0, day = from; i < count; i++, day = addDaysToKey(day, 1)) {
    if (isRecurrenceDueOn(recurrence, day)) days.push(day);
  }
  return days;
}

describe('recurrence', () => {
  it('daily is due every day, including the DST Sundays', () => {
    expect(dueDays({ kind: 'daily' }, '2024-03-30', 3)).toEqual(['2024-03-30', '2024-03-31', '2024-04-01']);
    expect(dueDays({ kind: 'daily' }, '2024-10-26', 3)).toHaveLength(3);
  });

  it('weekdays skips Saturday and Sunday across a month end', () => {
    // 2024-08-30 is a Friday, 2024-09-02 a Monday.
    expect(dueDays({ kind: 'weekdays' }, '2024-08-29', 5)).toEqual([
      '2024-08-29',
      '2024-08-30',
      '2024-09-02',
    ]);
  });

  it('chosen days: Fridays only, and Sunday as 0', () => {
    expect(dueDays({ kind: 'days', days: [5] }, '2024-12-23', 14)).toEqual(['2024-12-27', '2025-01-03']);
    expect(dueDays({ kind: 'days', days: [0, 6] }, '2024-03-29', 3)).toEqual(['2024-03-30', '2024-03-31']);
  });

  it('the leap day is a Thursday in 2024', () => {
    expect(isRecurrenceDueOn({ kind: 'days', days: [4] }, '2024-02-29')).toBe(true);
    expect(dueDays({ kind: 'days', days: [4] }, '2024-02-26', 7)).toEqual(['2024-02-29']);
  });

  it('every 2 weeks on Monday keeps its rhythm across the year end', () => {
    const every2 = { kind: 'weekly', every: 2, days: [1], anchor: '2024-12-16' } satisfies Recurrence;
    expect(dueDays(every2, '2024-12-01', 50)).toEqual(['2024-12-16', '2024-12-30', '2025-01-13']);
  });

  it('every N weeks counts weeks from the anchor week, on several days, across the DST change', () => {
    const every3 = { kind: 'weekly', every: 3, days: [2, 4], anchor: '2024-03-13' } satisfies Recurrence;
    // Anchor is a Wednesday: its own Tuesday is before it; its Thursday counts; then three weeks later.
    expect(dueDays(every3, '2024-03-11', 28)).toEqual(['2024-03-14', '2024-04-02', '2024-04-04']);
  });

  it('every 4 weeks across a leap February', () => {
    const every4 = { kind: 'weekly', every: 4, days: [4], anchor: '2024-02-01' } satisfies Recurrence;
    expect(dueDays(every4, '2024-02-01', 60)).toEqual(['2024-02-01', '2024-02-29', '2024-03-28']);
  });

  it('weekly is never due before its anchor', () => {
    expect(
      isRecurrenceDueOn({ kind: 'weekly', every: 1, days: [1], anchor: '2024-06-10' }, '2024-06-03'),
    ).toBe(false);
  });

  it('once is due on its date only, including 31 December and 29 February', () => {
    expect(dueDays({ kind: 'once', date: '2024-12-31' }, '2024-12-30', 3)).toEqual(['2024-12-31']);
    expect(dueDays({ kind: 'once', date: '2024-02-29' }, '2024-02-28', 3)).toEqual(['2024-02-29']);
  });

  it('a task is not due on days before it was created', () => {
    const task: ChecklistTask = {
      id: 't',
      brandId: null,
      title: 'T',
      moment: 'morning',
      order: 0,
      recurrence: { kind: 'daily' },
      createdAt: local(2024, 5, 10, 15),
      updatedAt: 0,
    };
    expect(isTaskDueOn(task, '2024-05-09')).toBe(false);
    expect(isTaskDueOn(task, '2024-05-10')).toBe(true);
  });

  it('shows the active brand’s tasks and the global ones', () => {
    expect(appliesToBrand({ brandId: null }, 'b1')).toBe(true);
    expect(appliesToBrand({ brandId: 'b1' }, 'b1')).toBe(true);
    expect(appliesToBrand({ brandId: 'b2' }, 'b1')).toBe(false);
  });
});
