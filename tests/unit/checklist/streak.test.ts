import { describe, expect, it } from 'vitest';
import { computeStreak, type StreakInput } from '@/lib/checklist/streak';
import type { ChecklistCompletion } from '@/lib/model';
import { completion, task } from './fixtures';
import { inTimeZone } from './time-zone';

inTimeZone('Europe/Paris');

const daily = task('daily');
const friday = task('friday', { recurrence: { kind: 'days', days: [5] } });

function streak(completions: ChecklistCompletion[], extra: Partial<StreakInput> = {}) {
  return computeStreak({
    today: '2024-04-03',
    tasks: [daily],
    brandId: null,
    completions,
    countsByDay: new Map(),
    horizon: '2024-01-01',
    ...extra,
  });
}

const doneOn = (...days: string[]) => days.map((d) => completion('daily', d));

describe('streak', () => {
  it('counts consecutive complete days back from yesterday while today is in progress', () => {
    expect(streak(doneOn('2024-04-02', '2024-04-01', '2024-03-31'))).toEqual({
      days: 3,
      todayCounted: false,
      reachedHorizon: false,
    });
  });

  it('includes today once every task of today is done', () => {
    expect(streak(doneOn('2024-04-03', '2024-04-02')).days).toBe(2);
  });

  it('stops at the first day with a task left undone, across the DST change', () => {
    expect(streak(doneOn('2024-04-02', '2024-04-01', '2024-03-31', '2024-03-29')).days).toBe(3);
  });

  it('an explicit untick breaks the streak', () => {
    const list = [...doneOn('2024-04-02'), completion('daily', '2024-04-01', false), ...doneOn('2024-03-31')];
    expect(streak(list).days).toBe(1);
  });

  it('days with nothing due neither count nor break it', () => {
    // Only Fridays are due: 2024-03-29 and 2024-03-22 done, today Wednesday 2024-04-03.
    const list = [completion('friday', '2024-03-29'), completion('friday', '2024-03-22')];
    expect(streak(list, { tasks: [friday] }).days).toBe(2);
  });

  it('days before the tasks existed end the walk', () => {
    const recent = task('daily', { createdAt: new Date(2024, 3, 1, 10).getTime() });
    expect(streak(doneOn('2024-04-02', '2024-04-01'), { tasks: [recent] })).toMatchObject({
      days: 2,
      reachedHorizon: false,
    });
  });

  it('auto-ticked days count from the log of that day', () => {
    const auto = task('auto', { autoTick: { action: 'replied', count: 2 } });
    const countsByDay = new Map([
      ['2024-04-02', { replied: 2 }],
      ['2024-04-01', { replied: 1 }],
    ]);
    expect(streak([], { tasks: [auto], countsByDay }).days).toBe(1);
  });

  it('goes across the year end and the leap day', () => {
    const days = ['2024-03-02', '2024-03-01', '2024-02-29', '2024-02-28'];
    expect(streak(doneOn(...days), { today: '2024-03-03' }).days).toBe(4);
    const newYear = ['2025-01-01', '2024-12-31', '2024-12-30'];
    expect(streak(doneOn(...newYear), { today: '2025-01-02', horizon: '2024-12-01' }).days).toBe(3);
  });

  it('says when the data loaded was not old enough', () => {
    const list = doneOn('2024-04-02', '2024-04-01', '2024-03-31');
    expect(streak(list, { horizon: '2024-04-01' })).toEqual({
      days: 2,
      todayCounted: false,
      reachedHorizon: true,
    });
  });
});
