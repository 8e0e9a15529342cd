import { describe, expect, it } from 'vitest';
import {
  compareTasks,
  countActions,
  groupByMoment,
  moveWithinMoment,
  progressOf,
  statesOfDay,
  taskState,
} from '@/lib/checklist/status';
import { completion, task } from './fixtures';
import { inTimeZone } from './time-zone';

inTimeZone('Europe/Paris');

const answer = task('answer', { autoTick: { action: 'replied', count: 20 } });
const replies = (n: number) => countActions(Array.from({ length: n }, () => ({ action: 'replied' })));

describe('auto-tick from the log', () => {
  it('ticks once the count of the action is reached, not before', () => {
    expect(taskState(answer, undefined, replies(19)).done).toBe(false);
    expect(taskState(answer, undefined, replies(20)).done).toBe(true);
    expect(taskState(answer, undefined, replies(35)).autoProgress).toEqual({ count: 35, target: 20 });
  });

  it('counts only the task’s action', () => {
    const counts = countActions([...Array(25)].map(() => ({ action: 'inserted' })));
    expect(taskState(answer, undefined, counts).done).toBe(false);
  });

  it('the CM’s untick wins over the log, and a manual tick wins over a short count', () => {
    const unticked = taskState(answer, completion('answer', '2024-05-02', false), replies(30));
    expect(unticked).toMatchObject({ done: false, autoDone: true });
    expect(taskState(answer, completion('answer', '2024-05-02', true), replies(3)).done).toBe(true);
  });

  it('a task without autoTick is done only by the CM', () => {
    expect(taskState(task('plain'), undefined, replies(100)).done).toBe(false);
  });
});

describe('the day’s list', () => {
  const tasks = [
    task('evening', { moment: 'evening', order: 0 }),
    task('b', { order: 2 }),
    task('a', { order: 1 }),
    task('friday', { recurrence: { kind: 'days', days: [5] }, order: 3 }),
    task('other-brand', { brandId: 'b2' }),
    task('mine', { brandId: 'b1', moment: 'midday' }),
  ];

  it('keeps the due tasks of the brand, ordered by moment then order', () => {
    const thursday = statesOfDay(tasks, '2024-05-02', 'b1', [], {});
    expect(thursday.map((s) => s.task.id)).toEqual(['a', 'b', 'mine', 'evening']);
    const friday = statesOfDay(tasks, '2024-05-03', 'b1', [], {});
    expect(friday.map((s) => s.task.id)).toContain('friday');
  });

  it('yesterday’s ticks do not show today', () => {
    const states = statesOfDay(tasks, '2024-05-03', 'b1', [completion('a', '2024-05-02')], {});
    expect(progressOf(states)).toEqual({ done: 0, total: 5 });
  });

  it('groups by moment and counts progress', () => {
    const states = statesOfDay(tasks, '2024-05-02', 'b1', [completion('a', '2024-05-02')], {});
    expect(groupByMoment(states).map((g) => [g.moment, g.states.length])).toEqual([
      ['morning', 2],
      ['midday', 1],
      ['evening', 1],
    ]);
    expect(progressOf(states)).toEqual({ done: 1, total: 4 });
  });
});

describe('reordering', () => {
  const shown = [
    task('a', { order: 0 }),
    task('b', { order: 1 }),
    task('c', { order: 5 }),
    task('x', { moment: 'evening', order: 2 }),
  ];

  it('swaps a task with its neighbour in the same moment', () => {
    expect(moveWithinMoment(shown, 'c', 'up')).toEqual([
      { id: 'c', order: 1 },
      { id: 'b', order: 5 },
    ]);
    expect(moveWithinMoment(shown, 'a', 'down')).toEqual([
      { id: 'b', order: 0 },
      { id: 'a', order: 1 },
    ]);
  });

  it('does nothing at the ends of a moment', () => {
    expect(moveWithinMoment(shown, 'a', 'up')).toEqual([]);
    expect(moveWithinMoment(shown, 'x', 'down')).toEqual([]);
  });

  it('renumbers a group whose orders tie, so the move shows', () => {
    const tied = [task('p', { order: 3, createdAt: 1 }), task('q', { order: 3, createdAt: 2 })];
    const changes = new Map(moveWithinMoment(tied, 'q', 'up').map((c) => [c.id, c.order]));
    const after = tied.map((t) => ({ ...t, order: changes.get(t.id) ?? t.order })).sort(compareTasks);
    expect(after.map((t) => t.id)).toEqual(['q', 'p']);
  });
});
