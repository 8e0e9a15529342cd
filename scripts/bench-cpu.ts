/** CPU-time throughput shared by the benchmarks of the risk engine. */

/**
 * MB per second of CPU time of this (single-threaded) process: on a shared machine, wall-clock time also counts
 * the other processes' turns, CPU time does not. Median of up to 5 repetitions after a warm-up pass.
 */
export function medianRate(check: (text: string) => unknown, texts: string[], megabytes: number): number {
  for (const text of texts) check(text); // warm-up: JIT, caches of compiled charters
  const rates: number[] = [];
  const deadline = performance.now() + 8000;
  for (let rep = 0; rep < 5 && (rep < 2 || performance.now() < deadline); rep++) {
    const before = process.cpuUsage();
    for (const text of texts) check(text);
    const used = process.cpuUsage(before);
    rates.push(megabytes / ((used.user + used.system) / 1e6));
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)]!;
}

/**
 * Each comment as a string of its own, as the engine gets it in the extension: read from the page, or brought
 * by a message (Chrome passes messages as JSON). The CSV parser's strings are views into one file string, in
 * its two-byte form when the file holds a single character beyond Latin-1, and reading through those views
 * costs every engine more: a cost of the loader, not of comments.
 */
export function ownStrings(texts: string[]): string[] {
  return JSON.parse(JSON.stringify(texts)) as string[];
}

/** UTF-8 megabytes of `texts`. */
export function megabytesOf(texts: string[]): number {
  return texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0) / 1e6;
}
