import { useEffect } from 'react';
import { useI18n } from '@/components/i18n';
import { UNDO_MS, undoRemoval } from './checklist-actions';
import { usePopupUi } from './ui-store';

/** After a delete: a short notice with Undo, for about six seconds. */
export function UndoToast() {
  const { t } = useI18n();
  const lastDeleted = usePopupUi((s) => s.lastDeleted);
  const offerUndo = usePopupUi((s) => s.offerUndo);
  useEffect(() => {
    if (!lastDeleted) return;
    const timer = setTimeout(() => offerUndo(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [lastDeleted, offerUndo]);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {lastDeleted && (
        <div className="toast">
          <span>{t('popupDeleted', { title: lastDeleted.task.title })}</span>
          <button type="button" onClick={() => void undoRemoval()}>
            {t('undo')}
          </button>
        </div>
      )}
    </div>
  );
}
