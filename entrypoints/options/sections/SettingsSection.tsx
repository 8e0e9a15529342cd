import { useEffect, useId, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { saveSettings, useSettings } from '@/components/options/data';
import { Status, type StatusMessage } from '@/components/options/Status';
import { getDb } from '@/lib/db/database';
import { purgeInteractionsOlderThan } from '@/lib/db/retention';
import { parseShortcut } from '@/lib/insertion/shortcut';
import { sendMessage } from '@/lib/messaging/client';
import type { Settings } from '@/lib/model';

export function SettingsSection() {
  const { t } = useI18n();
  const settings = useSettings();
  const ids = {
    retention: useId(),
    text: useId(),
    language: useId(),
    highlights: useId(),
    guard: useId(),
    shortcut: useId(),
  };
  const [retention, setRetention] = useState('');
  const [shortcut, setShortcut] = useState('');
  const [status, setStatus] = useState<StatusMessage>(null);

  useEffect(() => {
    if (settings) {
      setRetention(String(settings.retentionDays));
      setShortcut(settings.pickerShortcut);
    }
  }, [settings]);

  if (!settings) return <p>{t('loading')}</p>;

  const fail = (error: unknown) =>
    setStatus({
      kind: 'error',
      text: t('errorGeneric', { message: error instanceof Error ? error.message : String(error) }),
    });

  const retentionDays = Math.max(0, Math.min(3650, Math.floor(Number(retention) || 0)));

  const saveRetention = async () => {
    await saveSettings({ retentionDays });
    setStatus({ kind: 'info', text: t('optSaved') });
  };

  const purgeNow = async () => {
    await saveSettings({ retentionDays });
    const count = await purgeInteractionsOlderThan(getDb(), retentionDays);
    setStatus({ kind: 'info', text: t('settingsPurged', { count }) });
  };

  const saveShortcut = async () => {
    const parsed = parseShortcut(shortcut);
    if (!parsed) {
      setStatus({ kind: 'error', text: t('settingsShortcutInvalid', { value: shortcut }) });
      return;
    }
    if (!parsed.alt && !parsed.ctrl && !parsed.meta) {
      setStatus({ kind: 'error', text: t('settingsShortcutNeedsModifier') });
      return;
    }
    await saveSettings({ pickerShortcut: shortcut.trim() });
    setStatus({ kind: 'info', text: t('optSaved') });
  };

  const restoreStarter = async (replace: boolean) => {
    const { added } = await sendMessage('restoreStarterContent', { replace });
    setStatus({ kind: 'info', text: t('settingsStarterDone', { count: added }) });
  };

  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settingsTitle')}</h2>
      <Status message={status} />

      <div className="panel">
        <h3>{t('settingsRetentionHeading')}</h3>
        <form
          className="row"
          onSubmit={(event) => {
            event.preventDefault();
            saveRetention().catch(fail);
          }}
        >
          <label htmlFor={ids.retention}>{t('settingsRetentionLabel')}</label>
          <input
            id={ids.retention}
            type="number"
            min={0}
            max={3650}
            value={retention}
            onChange={(event) => setRetention(event.currentTarget.value)}
          />
          <button type="submit">{t('save')}</button>
          <button type="button" onClick={() => purgeNow().catch(fail)}>
            {t('settingsPurgeNow')}
          </button>
        </form>
        <p className="help">{t('settingsRetentionHelp')}</p>
      </div>

      <div className="panel">
        <h3>{t('settingsPrivacyHeading')}</h3>
        <div className="checkbox">
          <input
            id={ids.text}
            type="checkbox"
            checked={settings.storeCommentText}
            onChange={(event) => {
              saveSettings({ storeCommentText: event.currentTarget.checked }).catch(fail);
            }}
          />
          <label htmlFor={ids.text}>{t('settingsStoreText')}</label>
        </div>
        <p className="help">{t('settingsStoreTextHelp')}</p>
      </div>

      <div className="panel">
        <h3>{t('settingsPageToolsHeading')}</h3>
        <div className="checkbox">
          <input
            id={ids.highlights}
            type="checkbox"
            checked={settings.highlightsEnabled}
            onChange={(event) => saveSettings({ highlightsEnabled: event.currentTarget.checked }).catch(fail)}
          />
          <label htmlFor={ids.highlights}>{t('settingsHighlights')}</label>
        </div>
        <div className="checkbox">
          <input
            id={ids.guard}
            type="checkbox"
            checked={settings.guardEnabled}
            onChange={(event) => saveSettings({ guardEnabled: event.currentTarget.checked }).catch(fail)}
          />
          <label htmlFor={ids.guard}>{t('settingsGuard')}</label>
        </div>
        <form
          className="row"
          onSubmit={(event) => {
            event.preventDefault();
            saveShortcut().catch(fail);
          }}
        >
          <label htmlFor={ids.shortcut}>{t('settingsShortcutLabel')}</label>
          <input
            id={ids.shortcut}
            value={shortcut}
            onChange={(event) => setShortcut(event.currentTarget.value)}
          />
          <button type="submit">{t('save')}</button>
        </form>
        <p className="help">{t('settingsShortcutHelp')}</p>
      </div>

      <div className="panel">
        <h3>{t('settingsLanguageHeading')}</h3>
        <label htmlFor={ids.language}>{t('optLanguage')}</label>
        <select
          id={ids.language}
          value={settings.uiLanguage}
          onChange={(event) => {
            const uiLanguage = event.currentTarget.value as Settings['uiLanguage'];
            saveSettings({ uiLanguage }).catch(fail);
          }}
        >
          <option value="auto">{t('languageAuto')}</option>
          <option value="fr">{t('languageFr')}</option>
          <option value="en">{t('languageEn')}</option>
        </select>
      </div>

      <div className="panel">
        <h3>{t('settingsStarterHeading')}</h3>
        <p className="help">{t('settingsStarterHelp')}</p>
        <div className="row">
          <button type="button" onClick={() => restoreStarter(false).catch(fail)}>
            {t('settingsStarterAddMissing')}
          </button>
          <button type="button" className="danger" onClick={() => restoreStarter(true).catch(fail)}>
            {t('settingsStarterReset')}
          </button>
        </div>
      </div>
    </section>
  );
}
