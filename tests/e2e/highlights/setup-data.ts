/** Run in the extension's background context: links a template to a clause, as the options page would. */
export async function putTemplate(arg: {
  template: Record<string, unknown>;
  revisionKey: string;
}): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('tact');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('templates', 'readwrite');
      tx.objectStore('templates').put(arg.template);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
  type LocalArea = {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  type Api = { storage?: { local?: LocalArea } };
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  const local = (scope.browser ?? scope.chrome)?.storage?.local;
  if (!local) throw new Error('no storage API in this context');
  const stored = await local.get(arg.revisionKey);
  const value = stored[arg.revisionKey];
  const current = typeof value === 'number' ? value : 0;
  await local.set({ [arg.revisionKey]: current + 1 });
}

export async function clauseName(arg: { clauseId: string; lang: 'en' | 'fr' }): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('tact');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const request = db.transaction('charters').objectStore('charters').getAll();
      request.onsuccess = () => {
        db.close();
        const charters = request.result as Array<{
          clauses: Array<{ id: string; name: Record<string, string> }>;
        }>;
        const clause = charters.flatMap((c) => c.clauses).find((c) => c.id === arg.clauseId);
        resolve(clause?.name[arg.lang] ?? null);
      };
      request.onerror = () => reject(request.error);
    };
  });
}
