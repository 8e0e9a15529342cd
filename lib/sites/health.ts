/**
 * Selectors rot when a site ships new markup. A miss is reported once per selector, through whatever
 * reporter the content script registers, so a broken adapter is visible without flooding the console.
 */
type Reporter = (message: string) => void;

let reporter: Reporter = () => {};
const reported = new Set<string>();

export function setSelectorReporter(next: Reporter): void {
  reporter = next;
}

export function reportSelectorMiss(platform: string, what: string, detail = ''): void {
  const id = `${platform}:${what}`;
  if (reported.has(id)) return;
  reported.add(id);
  reporter(`${platform} selector "${what}" ${detail || 'stopped matching'}; using generic detection`);
}

/** Runs `work`; on an exception reports it and returns `fallback` (never throws into the page). */
export function guarded<T>(platform: string, what: string, work: () => T, fallback: () => T): T {
  try {
    return work();
  } catch (error) {
    reportSelectorMiss(platform, what, `failed (${error instanceof Error ? error.message : String(error)})`);
    return fallback();
  }
}
