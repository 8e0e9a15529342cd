/**
 * Percentile with linear interpolation between closest ranks (the spreadsheet PERCENTILE.INC rule), so
 * the figures match what a manager gets from the CSV in Excel or Sheets. `sorted` must be ascending.
 */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const rank = (n - 1) * Math.min(1, Math.max(0, p));
  const lower = Math.floor(rank);
  const upper = Math.min(n - 1, lower + 1);
  const low = sorted[lower] as number;
  const high = sorted[upper] as number;
  return low + (rank - lower) * (high - low);
}
