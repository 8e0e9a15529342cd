import type { ChecklistCompletion, ChecklistTask } from '@/lib/model';

/** A task created long before the days under test, unless told otherwise. */
export function task(id: string, extra: Partial<ChecklistTask> = {}): ChecklistTask {
  return {
    id,
    brandId: null,
    title: id,
    moment: 'morning',
    order: 0,
    recurrence: { kind: 'daily' },
    createdAt: new Date(2020, 0, 1).getTime(),
    updatedAt: 0,
    ...extra,
  };
}

export function completion(taskId: string, day: string, done = true): ChecklistCompletion {
  return { id: `${taskId}|${day}`, taskId, day, done, at: 1 };
}
