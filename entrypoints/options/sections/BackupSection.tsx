import { useId, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { downloadText } from '@/components/options/download';
import { Status, type StatusMessage } from '@/components/options/Status';
import {
  BACKUP_TABLES,
  type Backup,
  type BackupProblem,
  type BackupTable,
  backupFileName,
  exportBackup,
  MAX_BACKUP_BYTES,
  parseBackupText,
  previewRestore,
  type RestorePreview,
  restoreBackup,
  serializeBackup,
} from '@/lib/backup';
import { getDb } from '@/lib/db/database';
import type { MessageKey, Translate } from '@/lib/i18n';
import { bumpRevision } from '@/lib/revision';

const TABLE_LABELS: Record<BackupTable, MessageKey> = {
  brands: 'backupTableBrands',
  charters: 'backupTableCharters',
  templates: 'backupTableTemplates',
  checklistTasks: 'backupTableChecklistTasks',
  checklistCompletions: 'backupTableChecklistCompletions',
  interactions: 'backupTableInteractions',
  settings: 'backupTableSettings',
};

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export function describeProblem(t: Translate, problem: BackupProblem): string {
  switch (problem.code) {
    case 'tooLarge':
      return t('backupTooLarge', { size: megabytes(problem.bytes), limit: megabytes(problem.limit) });
    case 'notJson':
      return t('backupNotJson', { detail: problem.detail });
    case 'notBackup':
      return t('backupNotBackup', { detail: problem.detail });
    case 'unknownVersion':
      return t('backupUnknownVersion', { version: problem.version });
    case 'newerSchema':
      return t('backupNewerSchema', { version: problem.schemaVersion });
    case 'invalidRecord':
      return t('backupInvalidRecord', { detail: problem.detail });
  }
}

function PreviewTable({ backup, preview }: { backup: Backup; preview: RestorePreview }) {
  const { t, lang } = useI18n();
  const date = new Date(backup.exportedAt).toLocaleString(lang);
  return (
    <table className="data-table">
      <caption>{t('backupPreviewCaption', { date })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('backupColumnTable')}</th>
          <th scope="col">{t('backupColumnAdded')}</th>
          <th scope="col">{t('backupColumnUpdated')}</th>
          <th scope="col">{t('backupColumnRemoved')}</th>
          <th scope="col">{t('backupColumnUnchanged')}</th>
        </tr>
      </thead>
      <tbody>
        {BACKUP_TABLES.map((table) => (
          <tr key={table}>
            <th scope="row">{t(TABLE_LABELS[table])}</th>
            <td>{preview[table].added}</td>
            <td>{preview[table].updated}</td>
            <td>{preview[table].removed}</td>
            <td>{preview[table].unchanged}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function BackupSection() {
  const { t } = useI18n();
  const fileId = useId();
  const [status, setStatus] = useState<StatusMessage>(null);
  const [pending, setPending] = useState<{ backup: Backup; preview: RestorePreview } | null>(null);
  const [busy, setBusy] = useState(false);
  const [inputKey, setInputKey] = useState(0);

  const exportNow = async () => {
    setBusy(true);
    try {
      const backup = await exportBackup(getDb());
      downloadText(backupFileName(backup.exportedAt), serializeBackup(backup), 'application/json');
      const { settings: _settings, ...tables } = backup.data;
      const count = Object.values(tables).reduce((sum, rows) => sum + rows.length, 0);
      setStatus({ kind: 'info', text: t('backupExported', { count }) });
    } catch (error) {
      setStatus({ kind: 'error', text: t('errorGeneric', { message: String(error) }) });
    } finally {
      setBusy(false);
    }
  };

  const chooseFile = async (file: File | undefined) => {
    setPending(null);
    if (!file) return;
    const refuse = (reason: string) => setStatus({ kind: 'error', text: t('backupRefused', { reason }) });
    // Checked before reading: a huge file would freeze the page while it loads.
    if (file.size > MAX_BACKUP_BYTES) {
      refuse(describeProblem(t, { code: 'tooLarge', bytes: file.size, limit: MAX_BACKUP_BYTES }));
      return;
    }
    setStatus({ kind: 'info', text: t('backupReading') });
    const parsed = parseBackupText(await file.text());
    if (!parsed.ok) {
      refuse(describeProblem(t, parsed.problem));
      return;
    }
    setPending({ backup: parsed.backup, preview: await previewRestore(getDb(), parsed.backup) });
    setStatus(null);
  };

  const restore = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      await restoreBackup(getDb(), pending.backup);
      await bumpRevision();
      setStatus({ kind: 'info', text: t('backupRestored') });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setStatus({ kind: 'error', text: t('backupRestoreFailed', { message }) });
    } finally {
      setPending(null);
      setInputKey((key) => key + 1);
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backupTitle')}</h2>
      <p className="lead">{t('backupIntro')}</p>
      <Status message={status} />
      <div className="panel">
        <h3>{t('backupExportHeading')}</h3>
        <button type="button" className="primary" onClick={exportNow} disabled={busy}>
          {t('backupExport')}
        </button>
      </div>
      <div className="panel">
        <h3>{t('backupRestoreHeading')}</h3>
        <label htmlFor={fileId}>{t('backupFileLabel')}</label>
        <input
          key={inputKey}
          id={fileId}
          type="file"
          accept="application/json,.json"
          onChange={(event) => void chooseFile(event.currentTarget.files?.[0])}
        />
        {pending && (
          <div className="restore-preview">
            <PreviewTable backup={pending.backup} preview={pending.preview} />
            <p className="warning">{t('backupPreviewWarning')}</p>
            <div className="row">
              <button type="button" className="danger" onClick={restore} disabled={busy}>
                {t('backupRestore')}
              </button>
              <button
                type="button"
                onClick={() => {
                  setPending(null);
                  setInputKey((key) => key + 1);
                }}
              >
                {t('cancel')}
              </button>
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
