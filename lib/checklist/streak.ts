/**
 * The streak: consecutive days on which every due task was done. Today counts once it is complete and
 * never breaks the streak while the day is still going; a day with nothing due neither counts nor breaks.
 */
import type { ChecklistCompletion, ChecklistTask } from '../model';
import { addDaysToKey, type DayKey, dayKeyOf } from './days';
import { type ActionCounts, statesOfDay } from './status';

export type DayOutcome = 'complete' | 'incomplete' | 'nothing-due';

export function dayOutcome(
  tasks: readonly ChecklistTask[],
  day: DayKey,
  brandId: string | null,
  completions: readonly ChecklistCompletion[],
  counts: ActionCounts,
): DayOutcome {
  const states = statesOfDay(tasks, day, brandId, completions, counts);
  if (states.length === 0) return 'nothing-due';
  return states.every((s) => s.done) ? 'complete' : 'incomplete';
}

export interface StreakInput {
  today: DayKey;
  tasks: readonly ChecklistTask[];
  brandId: string | null;
  /** Completions from `horizon` to today. */
  completions: readonly ChecklistCompletion[];
  /** Logged actions per day from `horizon` to today (for tasks that tick themselves). */
  countsByDay: ReadonlyMap<DayKey, ActionCounts>;
  /** The first day whose data was loaded. */
  horizon: DayKey;
}

export interface Streak {
  days: number;
  todayCounted: boolean;
  /** The walk reached the horizon still unbroken: load older data and ask again. */
  reachedHorizon: boolean;
}

const NO_COUNTS: ActionCounts = {};

export function computeStreak(input: StreakInput): Streak {
  const { today, tasks, brandId, completions, countsByDay, horizon } = input;
  const byDay = new Map<DayKey, ChecklistCompletion[]>();
  for (const c of completions) byDay.set(c.day, [...(byDay.get(c.day) ?? []), c]);
  const outcome = (day: DayKey) =>
    dayOutcome(tasks, day, brandId, byDay.get(day) ?? [], countsByDay.get(day) ?? NO_COUNTS);

  // Before the first task existed nothing was due: the walk stops there.
  let firstDay: DayKey = today;
  for (const task of tasks) {
    const created = dayKeyOf(task.createdAt);
    if (created < firstDay) firstDay = created;
  }

  const todayCounted = outcome(today) === 'complete';
  let days = todayCounted ? 1 : 0;
  for (let day = addDaysToKey(today, -1); day >= firstDay; day = addDaysToKey(day, -1)) {
    if (day < horizon) return { days, todayCounted, reachedHorizon: true };
    const result = outcome(day);
    if (result === 'incomplete') break;
    if (result === 'complete') days++;
  }
  return { days, todayCounted, reachedHorizon: false };
}
