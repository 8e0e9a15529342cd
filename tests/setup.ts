import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetDbInstance } from '@/lib/db/database';

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(async () => {
  cleanup();
  resetDbInstance();
  // Each test starts from an empty database.
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase('tact');
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
});
