/**
 * Data access for the checklist (popup, options page, background reminders). Pure rules live in
 * lib/checklist; this file only reads and writes the tables.
 */
import { addDaysToKey, type DayKey, dayBounds, dayKeyOf } from '../checklist/days';
import {
  type ActionCounts,
  completionId,
  countActions,
  moveWithinMoment,
  nextOrder,
  statesOfDay,
  type TaskState,
} from '../checklist/status';
import { computeStreak, type Streak } from '../checklist/streak';
import {
  type ChecklistCompletion,
  type ChecklistTask,
  ChecklistTaskSchema,
  describeZodError,
  type Interaction,
  type Moment,
  newId,
  type Recurrence,
} from '../model';
import type { TactDatabase } from './database';

export interface NewTask {
  title: string;
  moment: Moment;
  brandId: string | null;
  recurrence?: Recurrence;
  time?: string;
}

function validTask(task: ChecklistTask): ChecklistTask {
  const parsed = ChecklistTaskSchema.safeParse(task);
  if (!parsed.success) throw new Error(describeZodError(parsed.error, 'task'));
  return parsed.data;
}

export async function addTask(db: TactDatabase, input: NewTask, now = Date.now()): Promise<ChecklistTask> {
  const all = await db.checklistTasks.toArray();
  const task = validTask({
    id: newId('task'),
    brandId: input.brandId,
    title: input.title.trim(),
    moment: input.moment,
    order: nextOrder(all),
    recurrence: input.recurrence ?? { kind: 'daily' },
    ...(input.time ? { time: input.time } : {}),
    createdAt: now,
    updatedAt: now,
  });
  await db.checklistTasks.add(task);
  return task;
}

export type TaskPatch = Partial<
  Pick<ChecklistTask, 'title' | 'moment' | 'recurrence' | 'time' | 'brandId' | 'autoTick'>
>;

export async function updateTask(
  db: TactDatabase,
  id: string,
  patch: TaskPatch,
  now = Date.now(),
): Promise<ChecklistTask> {
  return db.transaction('rw', db.checklistTasks, async () => {
    const current = await db.checklistTasks.get(id);
    if (!current) throw new Error(`No checklist task "${id}"`);
    const next: ChecklistTask = { ...current, ...patch, updatedAt: now };
    // An emptied time means "no time", not an invalid one.
    if (!next.time) delete next.time;
    if (!next.autoTick) delete next.autoTick;
    if (typeof next.title === 'string') next.title = next.title.trim();
    const task = validTask(next);
    await db.checklistTasks.put(task);
    return task;
  });
}

/** What a delete removed, so that Undo puts it back exactly. */
export interface DeletedTask {
  task: ChecklistTask;
  completions: ChecklistCompletion[];
}

export async function deleteTask(db: TactDatabase, id: string): Promise<DeletedTask | undefined> {
  return db.transaction('rw', db.checklistTasks, db.checklistCompletions, async () => {
    const task = await db.checklistTasks.get(id);
    if (!task) return undefined;
    const completions = await db.checklistCompletions.where('taskId').equals(id).toArray();
    await db.checklistCompletions.where('taskId').equals(id).delete();
    await db.checklistTasks.delete(id);
    return { task, completions };
  });
}

export async function restoreTask(db: TactDatabase, deleted: DeletedTask): Promise<void> {
  await db.transaction('rw', db.checklistTasks, db.checklistCompletions, async () => {
    await db.checklistTasks.put(deleted.task);
    await db.checklistCompletions.bulkPut(deleted.completions);
  });
}

/** The CM's tick (or untick, which overrides a tick proven by the log). */
export async function setTaskDone(
  db: TactDatabase,
  taskId: string,
  day: DayKey,
  done: boolean,
  now = Date.now(),
): Promise<void> {
  await db.checklistCompletions.put({ id: completionId(taskId, day), taskId, day, done, at: now });
}

export async function moveTask(
  db: TactDatabase,
  shown: readonly ChecklistTask[],
  taskId: string,
  direction: 'up' | 'down',
): Promise<void> {
  const changes = moveWithinMoment(shown, taskId, direction);
  if (changes.length === 0) return;
  await db.transaction('rw', db.checklistTasks, async () => {
    for (const { id, order } of changes) await db.checklistTasks.update(id, { order });
  });
}

export async function interactionsOfDay(db: TactDatabase, day: DayKey): Promise<Interaction[]> {
  const { from, to } = dayBounds(day);
  return db.interactions.where('at').between(from, to, true, true).toArray();
}

async function countsByDayFrom(
  db: TactDatabase,
  from: DayKey,
  to: DayKey,
): Promise<Map<DayKey, ActionCounts>> {
  const rows = await db.interactions
    .where('at')
    .between(dayBounds(from).from, dayBounds(to).to, true, true)
    .toArray();
  const byDay = new Map<DayKey, Array<{ action: string }>>();
  for (const row of rows) {
    const day = dayKeyOf(row.at);
    byDay.set(day, [...(byDay.get(day) ?? []), row]);
  }
  return new Map([...byDay].map(([day, list]) => [day, countActions(list)]));
}

/** Loads history a few days at a time: most streaks are short, and the log may hold 100,000 rows. */
const STREAK_HORIZONS = [7, 31, 120, 366];

export async function streakOf(
  db: TactDatabase,
  tasks: readonly ChecklistTask[],
  today: DayKey,
  brandId: string | null,
): Promise<Streak> {
  const needsLog = tasks.some((t) => t.autoTick);
  let streak: Streak = { days: 0, todayCounted: false, reachedHorizon: false };
  for (const span of STREAK_HORIZONS) {
    const horizon = addDaysToKey(today, -span);
    const completions = await db.checklistCompletions
      .where('day')
      .between(horizon, today, true, true)
      .toArray();
    const countsByDay = needsLog
      ? await countsByDayFrom(db, horizon, today)
      : new Map<DayKey, ActionCounts>();
    streak = computeStreak({ today, tasks, brandId, completions, countsByDay, horizon });
    if (!streak.reachedHorizon) break;
  }
  return streak;
}

/** Today's tasks and their state, without the streak (reminders). */
export async function loadDayStates(
  db: TactDatabase,
  day: DayKey,
  brandId: string | null,
): Promise<TaskState[]> {
  const [tasks, completions, interactions] = await Promise.all([
    db.checklistTasks.toArray(),
    db.checklistCompletions.where('day').equals(day).toArray(),
    interactionsOfDay(db, day),
  ]);
  return statesOfDay(tasks, day, brandId, completions, countActions(interactions));
}

export interface ChecklistDay {
  day: DayKey;
  brandId: string | null;
  /** Every task (for ordering and editing); `states` are the ones due today. */
  tasks: ChecklistTask[];
  states: TaskState[];
  interactions: Interaction[];
  streak: Streak;
}

/** Everything the popup shows about a day, in one read (one live query). */
export async function loadChecklistDay(
  db: TactDatabase,
  day: DayKey,
  brandId: string | null,
): Promise<ChecklistDay> {
  const [tasks, completions, interactions] = await Promise.all([
    db.checklistTasks.toArray(),
    db.checklistCompletions.where('day').equals(day).toArray(),
    interactionsOfDay(db, day),
  ]);
  const states = statesOfDay(tasks, day, brandId, completions, countActions(interactions));
  const streak = await streakOf(db, tasks, day, brandId);
  return { day, brandId, tasks, states, interactions, streak };
}
