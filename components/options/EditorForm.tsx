import type { ReactNode } from 'react';
import { useI18n } from '@/components/i18n';

interface EditorFormProps {
  /** Prefix of the ids inside the form; the heading is `${id}-heading` and names the form. */
  id: string;
  heading: string;
  error: string | null | undefined;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/** The frame every editor of the options page shares: a named form, its refusal message, Save and Cancel. */
export function EditorForm({ id, heading, error, onSubmit, onCancel, children }: EditorFormProps) {
  const { t } = useI18n();
  return (
    <form
      className="panel editor"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h3 id={`${id}-heading`}>{heading}</h3>
      {error && (
        <p className="status status-error" role="alert">
          {error}
        </p>
      )}
      {children}
      <div className="row">
        <button type="submit" className="primary">
          {t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
