/** Errors of ours are reported in the console, never thrown into the page. */
export function reportError(error: unknown): void {
  console.warn('[Tact]', error instanceof Error ? error.message : error);
}
