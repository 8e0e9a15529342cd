import { useId, useMemo, useState } from 'react';
import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/lib/i18n';
import { checkCharterTerm, type TermWarning } from '@/lib/risk/term-check';

const NEVER_MESSAGES: Record<Extract<TermWarning, { kind: 'never' }>['reason'], MessageKey> = {
  nothing: 'charterTermNothing',
  tooShort: 'charterTermTooShort',
  tooLong: 'charterTermTooLong',
};

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
  // Terms the engine drops or reads wider than written (an emoji it does not know), so the CM is not left
  // trusting a word that will never flag anything.
  const warnings = useMemo(
    () =>
      terms.flatMap((term) => {
        const warning = checkCharterTerm(term);
        if (!warning) return [];
        return warning.kind === 'never'
          ? [{ term, text: t(NEVER_MESSAGES[warning.reason], { term }) }]
          : [{ term, text: t('charterTermIgnored', { term, characters: warning.characters.join(' ') }) }];
      }),
    [terms, t],
  );
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
            <li
              key={term}
              className={`chip${variant === 'allowed' ? ' allowed' : ''}${warnings.some((w) => w.term === term) ? ' unmatched' : ''}`}
            >
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
      {warnings.length > 0 && (
        <ul className="term-warnings" aria-label={t('charterTermWarnings')}>
          {warnings.map((w) => (
            <li key={w.term} className="warning">
              {w.text}
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
