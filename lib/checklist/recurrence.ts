import { differenceInCalendarWeeks } from 'date-fns';
import type { ChecklistTask, Recurrence } from '../model';
import { type DayKey, dayKeyOf, startOfDayKey, weekdayOf } from './days';

/** Weeks start on Monday, as in the CM's (French) week. */
const WEEK_STARTS_ON = 1;

export function isRecurrenceDueOn(recurrence: Recurrence, day: DayKey): boolean {
  switch (recurrence.kind) {
    case 'daily':
      return true;
    case 'weekdays': {
      const weekday = weekdayOf(day);
      return weekday >= 1 && weekday <= 5;
    }
    case 'days':
      return recurrence.days.includes(weekdayOf(day));
    case 'weekly': {
      // Keys compare as dates; weeks are counted from the anchor's week, so "every 2 weeks" keeps its rhythm.
      if (day < recurrence.anchor || !recurrence.days.includes(weekdayOf(day))) return false;
      const weeks = differenceInCalendarWeeks(startOfDayKey(day), startOfDayKey(recurrence.anchor), {
        weekStartsOn: WEEK_STARTS_ON,
      });
      return weeks % recurrence.every === 0;
    }
    case 'once':
      return recurrence.date === day;
  }
}

/** Tasks of the active brand and the global ones (brandId null). */
export function appliesToBrand(task: Pick<ChecklistTask, 'brandId'>, brandId: string | null): boolean {
  return task.brandId === null || task.brandId === brandId;
}

/** Due on a day: the recurrence matches and the task existed then (a new task does not break past days). */
export function isTaskDueOn(task: ChecklistTask, day: DayKey): boolean {
  return dayKeyOf(task.createdAt) <= day && isRecurrenceDueOn(task.recurrence, day);
}
