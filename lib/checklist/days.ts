/**
 * Local calendar days for the checklist. A day is the key `yyyy-MM-dd` of the local calendar date at the
 * moment it is computed; days are stepped with date-fns calendar arithmetic (never by adding 24 h), so a
 * 23-hour or 25-hour day, a month or year end and a change of the computer's time zone all land on the
 * right date.
 */
import { addDays, differenceInCalendarDays, format, getDay, isValid, parse, startOfDay } from 'date-fns';
import type { Moment } from '../model';

export const DAY_FORMAT = 'yyyy-MM-dd';
export type DayKey = string;

/** The local calendar day of an instant. */
export function dayKeyOf(instant: number | Date): DayKey {
  return format(instant, DAY_FORMAT);
}

/** Local start of a day: midnight, or the first existing minute where a DST change skips midnight. */
export function startOfDayKey(day: DayKey): Date {
  const date = parse(day, DAY_FORMAT, new Date(0));
  if (!isValid(date) || dayKeyOf(date) !== day) throw new Error(`Not a day: "${day}" (expected YYYY-MM-DD)`);
  return startOfDay(date);
}

export function addDaysToKey(day: DayKey, amount: number): DayKey {
  return dayKeyOf(addDays(startOfDayKey(day), amount));
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: DayKey, to: DayKey): number {
  return differenceInCalendarDays(startOfDayKey(to), startOfDayKey(from));
}

/** 0 = Sunday … 6 = Saturday, as date-fns `getDay`. */
export function weekdayOf(day: DayKey): number {
  return getDay(startOfDayKey(day));
}

/** Epoch bounds of a local day, inclusive; 23 or 25 hours long on DST days. */
export function dayBounds(day: DayKey): { from: number; to: number } {
  return {
    from: startOfDayKey(day).getTime(),
    to: startOfDayKey(addDaysToKey(day, 1)).getTime() - 1,
  };
}

/** The instant the next local day starts, for the rollover alarm and the popup's timer. */
export function nextDayStart(now: number | Date): number {
  return startOfDay(addDays(now, 1)).getTime();
}

/** The instant of a local time `HH:mm` on a day; a time skipped by DST moves forward as the clock does. */
export function instantOnDay(day: DayKey, time: string): number {
  return parse(`${day} ${time}`, `${DAY_FORMAT} HH:mm`, new Date(0)).getTime();
}

/** The moment of the day a new task most likely belongs to, from the local hour. */
export function momentAt(instant: number | Date): Moment {
  const hour = new Date(instant).getHours();
  if (hour < 11) return 'morning';
  if (hour < 14) return 'midday';
  if (hour < 18) return 'afternoon';
  return 'evening';
}
