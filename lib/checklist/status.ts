/** What the checklist of one day looks like: which tasks, in what order, ticked by whom. */
import { type ChecklistCompletion, type ChecklistTask, MOMENTS, type Moment } from '../model';
import type { DayKey } from './days';
import { appliesToBrand, isTaskDueOn } from './recurrence';

/** How many interactions of each action (`replied`, `hidden`…) were logged in a day. */
export type ActionCounts = Readonly<Record<string, number>>;

export function countActions(interactions: Iterable<{ action: string }>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { action } of interactions) counts[action] = (counts[action] ?? 0) + 1;
  return counts;
}

export function completionId(taskId: string, day: DayKey): string {
  return `${taskId}|${day}`;
}

export interface TaskState {
  task: ChecklistTask;
  done: boolean;
  /** The log proves the task (autoTick target reached). */
  autoDone: boolean;
  /** The CM's own tick or untick, which wins over the log. */
  manual: ChecklistCompletion | undefined;
  /** For auto tasks: how far the log has got today. */
  autoProgress?: { count: number; target: number };
}

export function taskState(
  task: ChecklistTask,
  completion: ChecklistCompletion | undefined,
  counts: ActionCounts,
): TaskState {
  const autoProgress = task.autoTick
    ? { count: counts[task.autoTick.action] ?? 0, target: task.autoTick.count }
    : undefined;
  const autoDone = autoProgress !== undefined && autoProgress.count >= autoProgress.target;
  return { task, done: completion ? completion.done : autoDone, autoDone, manual: completion, autoProgress };
}

const momentRank = (moment: Moment): number => MOMENTS.indexOf(moment);

/** Display order: moment of the day, then the CM's order, then creation. */
export function compareTasks(a: ChecklistTask, b: ChecklistTask): number {
  return (
    momentRank(a.moment) - momentRank(b.moment) ||
    a.order - b.order ||
    a.createdAt - b.createdAt ||
    a.id.localeCompare(b.id)
  );
}

export function tasksDueOn(
  tasks: readonly ChecklistTask[],
  day: DayKey,
  brandId: string | null,
): ChecklistTask[] {
  return tasks.filter((t) => appliesToBrand(t, brandId) && isTaskDueOn(t, day)).sort(compareTasks);
}

export function statesOfDay(
  tasks: readonly ChecklistTask[],
  day: DayKey,
  brandId: string | null,
  completions: readonly ChecklistCompletion[],
  counts: ActionCounts,
): TaskState[] {
  const byTask = new Map(completions.filter((c) => c.day === day).map((c) => [c.taskId, c]));
  return tasksDueOn(tasks, day, brandId).map((task) => taskState(task, byTask.get(task.id), counts));
}

export interface MomentGroup {
  moment: Moment;
  states: TaskState[];
}

export function groupByMoment(states: readonly TaskState[]): MomentGroup[] {
  return MOMENTS.map((moment) => ({ moment, states: states.filter((s) => s.task.moment === moment) })).filter(
    (group) => group.states.length > 0,
  );
}

export function progressOf(states: readonly TaskState[]): { done: number; total: number } {
  return { done: states.filter((s) => s.done).length, total: states.length };
}

/** The order for a task added at the end of the list. */
export function nextOrder(tasks: readonly ChecklistTask[]): number {
  return tasks.reduce((max, t) => Math.max(max, t.order), -1) + 1;
}

/**
 * Moves a task one place up or down among the tasks shown with it (same moment), and returns the new
 * orders to store. The group's existing order values are reused, so hidden tasks keep their places.
 */
export function moveWithinMoment(
  shown: readonly ChecklistTask[],
  taskId: string,
  direction: 'up' | 'down',
): Array<{ id: string; order: number }> {
  const task = shown.find((t) => t.id === taskId);
  if (!task) return [];
  const group = shown.filter((t) => t.moment === task.moment).sort(compareTasks);
  const from = group.findIndex((t) => t.id === taskId);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (to < 0 || to >= group.length) return [];
  const reordered = [...group];
  [reordered[from], reordered[to]] = [reordered[to]!, reordered[from]!];
  const slots = group.map((t) => t.order);
  const distinct = slots.every((order, i) => i === 0 || order > slots[i - 1]!);
  const orders = distinct ? slots : group.map((_, i) => (slots[0] ?? 0) + i);
  return reordered
    .map((t, i) => ({ id: t.id, order: orders[i]! }))
    .filter(({ id, order }) => group.find((t) => t.id === id)?.order !== order);
}
