import { describe, expect, it } from 'vitest';
import { dayKeyOf, nextDayStart } from '@/lib/checklist/days';
import { progressOf, statesOfDay } from '@/lib/checklist/status';
import { completion, task } from './fixtures';
import { inTimeZone } from './time-zone';

inTimeZone('Europe/Paris');

describe('the computer changes time zone', () => {
  it('today is the local calendar date at the time it is read, and ticks stay with their day', () => {
    const instant = Date.parse('2024-06-30T22:30:00Z'); // 00:30 on 1 July in Paris, 18:30 on 30 June in New York
    const ticks = [completion('daily', '2024-07-01')];
    expect(dayKeyOf(instant)).toBe('2024-07-01');
    expect(progressOf(statesOfDay([task('daily')], dayKeyOf(instant), null, ticks, {})).done).toBe(1);

    process.env.TZ = 'America/New_York';
    try {
      expect(dayKeyOf(instant)).toBe('2024-06-30');
      expect(progressOf(statesOfDay([task('daily')], dayKeyOf(instant), null, ticks, {})).done).toBe(0);
      // The next rollover is New York's midnight, not Paris's.
      expect(nextDayStart(instant)).toBe(Date.parse('2024-07-01T04:00:00Z'));
    } finally {
      process.env.TZ = 'Europe/Paris';
    }
    expect(nextDayStart(instant)).toBe(Date.parse('2024-07-01T22:00:00Z'));
  });

  it('flying east across midnight jumps to the next day without adding 24 h', () => {
    process.env.TZ = 'America/New_York';
    const instant = Date.parse('2024-12-31T23:30:00Z'); // 18:30 in New York, 08:30 next day in Tokyo
    try {
      expect(dayKeyOf(instant)).toBe('2024-12-31');
      process.env.TZ = 'Asia/Tokyo';
      expect(dayKeyOf(instant)).toBe('2025-01-01');
    } finally {
      process.env.TZ = 'Europe/Paris';
    }
  });
});
