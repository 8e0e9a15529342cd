import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db/database';
import { readSettings } from '@/lib/db/settings-store';
import { langOfLocale } from '@/lib/i18n';
import { serveMessages } from '@/lib/messaging/server';
import { bumpRevision } from '@/lib/revision';
import { seedStarterContent } from '@/lib/seed';
import { handlers } from './handlers';
import { setupReminders } from './reminders';

export default defineBackground(() => {
  serveMessages(handlers);
  setupReminders();

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install' && reason !== 'update') return;
    // On update, only what is missing is added: the CM's edits of the starter content stay.
    void (async () => {
      const db = getDb();
      const settings = await readSettings(db);
      const language =
        settings.uiLanguage === 'auto' ? langOfLocale(browser.i18n.getUILanguage()) : settings.uiLanguage;
      await seedStarterContent(db, { language });
      await bumpRevision();
    })().catch((error: unknown) => console.error('Tact: seeding the starter content failed', error));
  });
});
