import type { DayKey } from '@/lib/checklist/days';
import { momentAt } from '@/lib/checklist/days';
import {
  addTask,
  deleteTask,
  moveTask,
  restoreTask,
  setTaskDone,
  type TaskPatch,
  updateTask,
} from '@/lib/db/checklist-store';
import { getDb } from '@/lib/db/database';
import { sendMessage } from '@/lib/messaging/client';
import type { ChecklistTask } from '@/lib/model';
import { usePopupUi } from './ui-store';

/** Shown for about six seconds after a delete. */
export const UNDO_MS = 6000;

/** Reminders follow the checklist; the background also reschedules at every day rollover. */
function rescheduleReminders(): void {
  sendMessage('rescheduleReminders', {}).catch(() => {
    // The background may be restarting; the next rollover or popup change schedules again.
  });
}

export async function tickTask(taskId: string, day: DayKey, done: boolean): Promise<void> {
  await setTaskDone(getDb(), taskId, day, done);
  rescheduleReminders();
}

export async function quickAddTask(
  title: string,
  brandId: string | null,
): Promise<ChecklistTask | undefined> {
  if (!title.trim()) return undefined;
  const task = await addTask(getDb(), { title, moment: momentAt(Date.now()), brandId });
  rescheduleReminders();
  return task;
}

export async function saveTask(taskId: string, patch: TaskPatch): Promise<void> {
  await updateTask(getDb(), taskId, patch);
  rescheduleReminders();
}

export async function moveShownTask(
  shown: readonly ChecklistTask[],
  taskId: string,
  direction: 'up' | 'down',
): Promise<void> {
  await moveTask(getDb(), shown, taskId, direction);
}

export async function removeTask(taskId: string): Promise<void> {
  const deleted = await deleteTask(getDb(), taskId);
  usePopupUi.getState().offerUndo(deleted ?? null);
  rescheduleReminders();
}

export async function undoRemoval(): Promise<void> {
  const { lastDeleted, offerUndo } = usePopupUi.getState();
  if (!lastDeleted) return;
  offerUndo(null);
  await restoreTask(getDb(), lastDeleted);
  rescheduleReminders();
}
