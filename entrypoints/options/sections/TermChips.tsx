import { useId, useState } from 'react';
import { useI18n } from '@/components/i18n';

interface Props {
  label: string;
  terms: readonly string[];
  variant?: 'allowed';
  onAdd: (term: string) => void;
  onRemove: (term: string) => void;
}

/** A list of words as removable chips, with a field to add one (Enter or the button). */
export function TermChips({ label, terms, variant, onAdd, onRemove }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState('');
  const add = () => {
    const term = draft.trim();
    if (term) onAdd(term);
    setDraft('');
  };
  return (
    <div className="term-list">
      <h5 id={`${id}-label`}>{label}</h5>
      {terms.length === 0 ? (
        <p className="help">{t('charterNoTerms')}</p>
      ) : (
        <ul className="chips" aria-labelledby={`${id}-label`}>
          {terms.map((term) => (
            <li key={term} className={variant === 'allowed' ? 'chip allowed' : 'chip'}>
              {term}
              <button
                type="button"
                className="chip-remove"
                aria-label={t('charterRemoveTerm', { term })}
                onClick={() => onRemove(term)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="row">
        <input
          aria-label={t('charterAddTerm', { list: label })}
          value={draft}
          maxLength={200}
          onChange={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add}>
          {t('charterAdd')}
        </button>
      </div>
    </div>
  );
}
