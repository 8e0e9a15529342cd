import { browser } from 'wxt/browser';

/**
 * Content scripts cache the compiled charter; a change to brands, charters, templates or settings bumps
 * this counter in storage.local, whose change event reaches every tab without the `tabs` permission.
 */
export const REVISION_KEY = 'tact:revision';

export async function readRevision(): Promise<number> {
  const stored = await browser.storage.local.get(REVISION_KEY);
  const value = stored[REVISION_KEY];
  return typeof value === 'number' ? value : 0;
}

export async function bumpRevision(): Promise<number> {
  const next = (await readRevision()) + 1;
  await browser.storage.local.set({ [REVISION_KEY]: next });
  return next;
}

export function onRevisionChange(callback: (revision: number) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[REVISION_KEY];
    if (area === 'local' && change && typeof change.newValue === 'number') callback(change.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
