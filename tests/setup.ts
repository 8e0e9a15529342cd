import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetDbInstance } from '@/lib/db/database';

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser does not implement i18n: an English browser unless a test says otherwise.
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
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
