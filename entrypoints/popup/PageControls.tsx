import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { useI18n } from '@/components/i18n';
import { pageKey, siteKey } from '@/lib/brands';
import { getDb } from '@/lib/db/database';
import { writeSettings } from '@/lib/db/settings-store';
import { sendMessage } from '@/lib/messaging/client';
import type { Settings } from '@/lib/model';
import { platformOfUrl } from '@/lib/platforms';
import { bumpRevision } from '@/lib/revision';

/** The address of the tab the popup was opened on; readable thanks to `activeTab`. */
function useCurrentTabUrl(): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then((tabs) => {
        if (live) setUrl(tabs[0]?.url ?? null);
      })
      .catch(() => {
        if (live) setUrl(null);
      });
    return () => {
      live = false;
    };
  }, []);
  return url;
}

export function SilenceControls({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const url = useCurrentTabUrl();
  // Only the platforms Tact runs on can be silenced; other pages (and the popup's own tab) hide the control.
  if (!url || platformOfUrl(url) === 'other') return null;
  const site = siteKey(url);
  const pageSilenced = settings.silencedPages.includes(pageKey(url));
  const siteSilenced = settings.silencedSites.includes(site);
  const toggle = (scope: 'page' | 'site', silenced: boolean) => {
    void sendMessage('setSilenced', { scope, url, silenced });
  };
  return (
    <fieldset className="switches">
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={pageSilenced}
          aria-checked={pageSilenced}
          onChange={(e) => toggle('page', e.currentTarget.checked)}
        />
        {t('popupSilencePage')}
      </label>
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={siteSilenced}
          aria-checked={siteSilenced}
          onChange={(e) => toggle('site', e.currentTarget.checked)}
        />
        {t('popupSilenceSite', { site })}
      </label>
    </fieldset>
  );
}

async function setReminders(enabled: boolean): Promise<boolean> {
  // The permission prompt must come straight from the click: nothing is awaited before it.
  const granted = enabled ? await browser.permissions.request({ permissions: ['notifications'] }) : true;
  if (enabled && !granted) return false;
  await writeSettings(getDb(), { remindersEnabled: enabled });
  await bumpRevision();
  await sendMessage('rescheduleReminders', {}).catch(() => {
    // The background schedules again at the next rollover.
  });
  return true;
}

export function RemindersSwitch({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const [denied, setDenied] = useState(false);
  return (
    <div className="reminders">
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={settings.remindersEnabled}
          aria-checked={settings.remindersEnabled}
          onChange={(e) => {
            setDenied(false);
            setReminders(e.currentTarget.checked).then(
              (ok) => setDenied(!ok),
              () => setDenied(true),
            );
          }}
        />
        {t('popupReminders')}
      </label>
      {denied && (
        <p role="alert" className="error">
          {t('popupRemindersDenied')}
        </p>
      )}
    </div>
  );
}
