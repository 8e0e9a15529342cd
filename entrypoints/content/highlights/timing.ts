/**
 * Main-thread time of our work, as `tact:*` performance measures: `npm run bench:page` observes them
 * (PerformanceObserver) to check the budgets. They are cleared at once, so a long session keeps no buffer.
 */
export function recordTiming(name: `tact:${string}`, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
    performance.clearMeasures(name);
  } catch {
    // Timing is a diagnostic: a page that replaced `performance` only loses the measure.
  }
}
