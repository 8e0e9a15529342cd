import { afterAll, beforeAll, expect } from 'vitest';

/**
 * Runs a test file in a time zone. Node re-reads `process.env.TZ` when it is assigned, and every function
 * under test reads the local calendar at call time, so the zone is set before the first test runs.
 */
export function inTimeZone(zone: string): void {
  const previous = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  });
}

/** A local wall-clock instant in the current zone (month 1-12). */
export function local(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return new Date(year, month - 1, day, hour, minute).getTime();
}

export const HOUR = 3_600_000;
