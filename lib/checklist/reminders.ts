import type { DayKey } from './days';
import { instantOnDay } from './days';
import type { TaskState } from './status';

export interface Reminder {
  taskId: string;
  title: string;
  when: number;
}

/** Reminders still to come today: timed tasks not done whose time has not passed. */
export function remindersToSchedule(states: readonly TaskState[], day: DayKey, now: number): Reminder[] {
  const reminders: Reminder[] = [];
  for (const { task, done } of states) {
    if (done || !task.time) continue;
    const when = instantOnDay(day, task.time);
    if (when > now) reminders.push({ taskId: task.id, title: task.title, when });
  }
  return reminders;
}
