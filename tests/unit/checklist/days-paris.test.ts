import { describe, expect, it } from 'vitest';
import {
  addDaysToKey,
  dayBounds,
  dayKeyOf,
  daysBetween,
  instantOnDay,
  momentAt,
  nextDayStart,
  startOfDayKey,
  weekdayOf,
} from '@/lib/checklist/days';
import { HOUR, inTimeZone, local } from './time-zone';

inTimeZone('Europe/Paris');

describe('local days in Europe/Paris', () => {
  it('spring forward (last Sunday of March): the day has 23 hours and rolls over at midnight', () => {
    const { from, to } = dayBounds('2024-03-31');
    expect(to + 1 - from).toBe(23 * HOUR);
    expect(from).toBe(Date.parse('2024-03-30T23:00:00Z'));
    expect(nextDayStart(local(2024, 3, 31, 0, 30))).toBe(Date.parse('2024-03-31T22:00:00Z'));
    // Adding 24 h to midnight would land at 01:00 on April 1st; the day key is still right.
    expect(dayKeyOf(from + 24 * HOUR)).toBe('2024-04-01');
    expect(addDaysToKey('2024-03-30', 1)).toBe('2024-03-31');
    expect(addDaysToKey('2024-03-31', 1)).toBe('2024-04-01');
  });

  it('fall back (last Sunday of October): the day has 25 hours and 23:30 is still the same day', () => {
    const { from, to } = dayBounds('2024-10-27');
    expect(to + 1 - from).toBe(25 * HOUR);
    expect(dayKeyOf(local(2024, 10, 27, 23, 30))).toBe('2024-10-27');
    // 24 h after midnight is still Sunday 23:00 here: adding 24 h would give the wrong day.
    expect(dayKeyOf(from + 24 * HOUR)).toBe('2024-10-27');
    expect(nextDayStart(local(2024, 10, 27, 0, 10))).toBe(Date.parse('2024-10-27T23:00:00Z'));
    expect(daysBetween('2024-10-26', '2024-10-28')).toBe(2);
  });

  it('a reminder time skipped by the change moves forward like the clock', () => {
    expect(instantOnDay('2024-03-31', '02:30')).toBe(Date.parse('2024-03-31T01:30:00Z'));
    expect(instantOnDay('2024-03-31', '09:00')).toBe(Date.parse('2024-03-31T07:00:00Z'));
    expect(instantOnDay('2024-10-27', '09:00')).toBe(Date.parse('2024-10-27T08:00:00Z'));
  });

  it('steps across month ends, year ends and the leap day', () => {
    expect(addDaysToKey('2024-01-31', 1)).toBe('2024-02-01');
    expect(addDaysToKey('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDaysToKey('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDaysToKey('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDaysToKey('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDaysToKey('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysBetween('2023-12-31', '2024-12-31')).toBe(366);
    expect(nextDayStart(local(2024, 12, 31, 23, 59))).toBe(local(2025, 1, 1));
    expect(weekdayOf('2024-02-29')).toBe(4);
  });

  it('rejects what is not a calendar day, naming it', () => {
    expect(() => startOfDayKey('2023-02-29')).toThrow('"2023-02-29"');
    expect(() => startOfDayKey('29/02/2024')).toThrow('expected YYYY-MM-DD');
  });

  it('suggests the moment of a new task from the local hour', () => {
    expect(momentAt(local(2024, 5, 2, 8))).toBe('morning');
    expect(momentAt(local(2024, 5, 2, 12, 30))).toBe('midday');
    expect(momentAt(local(2024, 5, 2, 15))).toBe('afternoon');
    expect(momentAt(local(2024, 5, 2, 21))).toBe('evening');
  });
});
