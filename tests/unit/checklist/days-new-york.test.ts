import { describe, expect, it } from 'vitest';
import { addDaysToKey, dayBounds, dayKeyOf, nextDayStart } from '@/lib/checklist/days';
import { isRecurrenceDueOn } from '@/lib/checklist/recurrence';
import { HOUR, inTimeZone, local } from './time-zone';

inTimeZone('America/New_York');

describe('local days in America/New_York', () => {
  it('spring forward (second Sunday of March) at 2 am', () => {
    const { from, to } = dayBounds('2024-03-10');
    expect(from).toBe(Date.parse('2024-03-10T05:00:00Z'));
    expect(to + 1 - from).toBe(23 * HOUR);
    expect(nextDayStart(local(2024, 3, 9, 23, 45))).toBe(Date.parse('2024-03-10T05:00:00Z'));
    expect(nextDayStart(local(2024, 3, 10, 12))).toBe(Date.parse('2024-03-11T04:00:00Z'));
  });

  it('fall back (first Sunday of November) at 2 am', () => {
    const { from, to } = dayBounds('2024-11-03');
    expect(to + 1 - from).toBe(25 * HOUR);
    expect(dayKeyOf(Date.parse('2024-11-04T04:30:00Z'))).toBe('2024-11-03');
    expect(dayKeyOf(Date.parse('2024-11-04T05:00:00Z'))).toBe('2024-11-04');
    expect(addDaysToKey('2024-11-03', 1)).toBe('2024-11-04');
  });

  it('keeps weekdays right on the changeover Sundays', () => {
    expect(isRecurrenceDueOn({ kind: 'weekdays' }, '2024-03-10')).toBe(false);
    expect(isRecurrenceDueOn({ kind: 'weekdays' }, '2024-03-11')).toBe(true);
    expect(isRecurrenceDueOn({ kind: 'days', days: [0] }, '2024-11-03')).toBe(true);
  });

  it('the evening of New Year’s Eve in New York is already next year in UTC, but not locally', () => {
    const instant = local(2024, 12, 31, 21);
    expect(new Date(instant).toISOString().slice(0, 10)).toBe('2025-01-01');
    expect(dayKeyOf(instant)).toBe('2024-12-31');
  });
});
