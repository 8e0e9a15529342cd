/**
 * Functions serialised into an extension context (Chromium's service worker, or an extension page in
 * Firefox). They must be self-contained: no imports, no closures. They read IndexedDB without Dexie, so
 * the tests check what is really stored, and never create the database when it does not exist yet.
 */

import type { DatabaseInfo } from './types';

/** The part of the WebExtension API these scripts use (`browser` in Firefox, `chrome` in Chromium). */
interface ExtensionApi {
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

export async function databaseInfoInContext(name: string): Promise<DatabaseInfo | null> {
  const known = await indexedDB.databases();
  if (!known.some((db) => db.name === name)) return null;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const info = {
    version: db.version / 10,
    idbVersion: db.version,
    tables: Array.from(db.objectStoreNames).sort(),
  };
  db.close();
  return info;
}

export async function readTableInContext(args: { name: string; table: string }): Promise<unknown[]> {
  const known = await indexedDB.databases();
  if (!known.some((db) => db.name === args.name)) return [];
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(args.name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    if (!db.objectStoreNames.contains(args.table)) {
      throw new Error(`The database ${args.name} has no table ${args.table}`);
    }
    return await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(args.table, 'readonly').objectStore(args.table).getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

export async function writeSettingsInContext(args: {
  name: string;
  patch: Record<string, unknown>;
  revisionKey: string;
}): Promise<void> {
  const known = await indexedDB.databases();
  if (!known.some((db) => db.name === args.name)) {
    throw new Error(`The database ${args.name} does not exist yet (the extension seeds it on install)`);
  }
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(args.name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('settings', 'readwrite');
      const store = tx.objectStore('settings');
      for (const [key, value] of Object.entries(args.patch)) store.put({ key, value });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
  // Dexie's live queries in open pages see the write; content scripts refresh on the revision counter.
  const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = (scope.browser ?? scope.chrome) as ExtensionApi;
  const stored = await api.storage.local.get(args.revisionKey);
  const current = stored[args.revisionKey];
  await api.storage.local.set({ [args.revisionKey]: (typeof current === 'number' ? current : 0) + 1 });
}

/** One message of the typed protocol, sent the way the extension's own pages send it. */
export async function sendMessageInContext(args: { name: string; data: unknown }): Promise<unknown> {
  const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = (scope.browser ?? scope.chrome) as ExtensionApi;
  const reply = (await api.runtime.sendMessage({ tact: 1, name: args.name, data: args.data })) as
    | { ok: true; value: unknown }
    | { ok: false; error: string }
    | undefined;
  if (!reply) throw new Error(`No answer to ${args.name}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
