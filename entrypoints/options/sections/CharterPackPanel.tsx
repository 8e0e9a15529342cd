import { useId, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { saveCharter } from '@/components/options/charter-edits';
import { downloadText } from '@/components/options/download';
import type { StatusMessage } from '@/components/options/Status';
import { exportCharterPack, MAX_PACK_LENGTH, parseCharterPack } from '@/lib/charter/pack';
import type { Charter } from '@/lib/model';

/** Checked before reading the file: a pack is words, a few hundred kilobytes at most. */
const MAX_PACK_FILE_BYTES = 5 * 1024 * 1024;

function packFileName(charter: Charter): string {
  const slug = charter.name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `tact-charter-${slug || 'pack'}.json`;
}

/**
 * Export and import of charter packs. An import keeps this charter's id, brand and name, and takes the
 * pack's clauses: the brand's pages then follow the imported rules.
 */
export function CharterPackPanel({
  charter,
  onStatus,
}: {
  charter: Charter;
  onStatus: (message: StatusMessage) => void;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const [inputKey, setInputKey] = useState(0);

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const refuse = (reason: string) => onStatus({ kind: 'error', text: t('charterPackRefused', { reason }) });
    try {
      if (file.size > MAX_PACK_FILE_BYTES || file.size > MAX_PACK_LENGTH * 3) {
        refuse(t('charterPackTooLarge'));
        return;
      }
      const parsed = parseCharterPack(await file.text());
      if (!parsed.ok) {
        refuse(parsed.message[lang]);
        return;
      }
      await saveCharter({ ...charter, clauses: parsed.charter.clauses });
      onStatus({ kind: 'info', text: t('charterPackImported', { count: parsed.charter.clauses.length }) });
    } catch (error) {
      refuse(error instanceof Error ? error.message : String(error));
    } finally {
      setInputKey((key) => key + 1);
    }
  };

  return (
    <div className="panel">
      <h3>{t('charterPackHeading')}</h3>
      <p className="help">{t('charterPackHelp')}</p>
      <div className="row">
        <button
          type="button"
          onClick={() => downloadText(packFileName(charter), exportCharterPack(charter), 'application/json')}
        >
          {t('charterPackExport')}
        </button>
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('charterPackFile')}</label>
        <input
          key={inputKey}
          id={`${id}-file`}
          type="file"
          accept="application/json,.json"
          onChange={(event) => void importFile(event.currentTarget.files?.[0])}
        />
      </div>
    </div>
  );
}
