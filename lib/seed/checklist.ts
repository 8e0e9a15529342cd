import type { ChecklistTask } from '../model';

/** A CM's day, as a starter checklist. */
export function starterChecklist(now: number): ChecklistTask[] {
  return [
    {
      id: 'task_overnight',
      brandId: null,
      title: 'Overnight check',
      moment: 'morning',
      order: 0,
      recurrence: { kind: 'daily' },
      createdAt: now,
      updatedAt: now,
    },
  ];
}
