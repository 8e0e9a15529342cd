/** The "Templates" dialog (DESIGN.md contract 3): search as you type, arrows, Enter inserts, Escape closes. */
import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import type { MessageKey } from '@/lib/i18n';
import { translator } from '@/lib/i18n';
import type { Lang, Template } from '@/lib/model';
import { PLATFORM_LABELS, type Platform } from '@/lib/platforms';
import { type RankContext, rankTemplates } from '@/lib/templates/rank';
import { checkLength, renderTemplate, type TemplateValues } from '@/lib/templates/render';

export interface PickerDialogProps {
  templates: readonly Template[];
  ranking: Omit<RankContext, 'query'>;
  values: TemplateValues;
  platform: Platform;
  uiLanguage: Lang;
  /** The keyboard shortcut that opens the dialog, shown in the hint. */
  shortcut: string;
  onInsert(template: Template, text: string): void;
  onClose(): void;
}

const LANGUAGE_NAME: Record<Lang, MessageKey> = { fr: 'languageFr', en: 'languageEn' };

export function PickerDialog(props: PickerDialogProps) {
  const { templates, ranking, values, platform, uiLanguage, shortcut, onInsert, onClose } = props;
  const t = useMemo(() => translator(uiLanguage), [uiLanguage]);
  const ids = useId();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  const matches = useMemo(() => rankTemplates(templates, { ...ranking, query }), [templates, ranking, query]);
  const current = matches[Math.min(selected, matches.length - 1)];
  const rendered = useMemo(() => (current ? renderTemplate(current.body, values) : null), [current, values]);
  const length = rendered ? checkLength(rendered.text, platform) : null;

  const move = (delta: number) => {
    if (matches.length === 0) return;
    setSelected((index) =>
      Math.max(0, Math.min(matches.length - 1, Math.min(index, matches.length - 1) + delta)),
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.nativeEvent.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
        move(1);
        break;
      case 'ArrowUp':
        move(-1);
        break;
      case 'PageDown':
        move(5);
        break;
      case 'PageUp':
        move(-5);
        break;
      case 'Enter':
        if (current && rendered) onInsert(current, rendered.text);
        break;
      case 'Escape':
        onClose();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const optionId = (index: number) => `${ids}-option-${index}`;
  const activeIndex = current ? matches.indexOf(current) : -1;

  return (
    <div role="dialog" aria-label={t('composerTemplates')} className="dialog" onKeyDown={onKeyDown}>
      <header>
        <h2>{t('composerTemplates')}</h2>
        <button type="button" className="close" aria-label={t('close')} onClick={onClose}>
          ×
        </button>
      </header>
      <input
        type="search"
        autoFocus
        aria-label={t('composerSearch')}
        placeholder={t('composerSearchPlaceholder')}
        aria-controls={`${ids}-list`}
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setSelected(0);
        }}
      />
      {matches.length === 0 ? (
        <p className="empty">
          {templates.length === 0 ? t('composerNoTemplates') : t('composerNoMatch', { query })}
        </p>
      ) : (
        <div role="listbox" className="options" id={`${ids}-list`} aria-label={t('composerTemplateList')}>
          {matches.map((template, index) => {
            const suggested = template.clauseIds.some((id) => ranking.ruleIds.includes(id));
            return (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the search box drives the keyboard (aria-activedescendant).
              <div
                key={template.id}
                id={optionId(index)}
                role="option"
                tabIndex={-1}
                aria-selected={index === activeIndex}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => onInsert(template, renderTemplate(template.body, values).text)}
              >
                <span className="title">{template.title}</span>
                {template.shortcut ? <span className="shortcut">{template.shortcut}</span> : null}
                {template.language !== ranking.language ? (
                  <span className="tag">{t(LANGUAGE_NAME[template.language])}</span>
                ) : null}
                {suggested ? <span className="tag suggested">{t('composerSuggested')}</span> : null}
              </div>
            );
          })}
        </div>
      )}
      {rendered ? (
        <section className="preview" aria-label={t('composerPreview')}>
          <p className="preview-text">{rendered.text}</p>
          {rendered.unknown.length > 0 ? (
            <p className="warning">
              {t('composerUnknownVariables', { names: rendered.unknown.map((n) => `{{${n}}}`).join(', ') })}
            </p>
          ) : null}
          {rendered.missing.length > 0 ? (
            <p className="note">{t('composerMissingValues', { names: rendered.missing.join(', ') })}</p>
          ) : null}
          {length?.limit ? (
            <p className={length.over ? 'warning' : 'note'}>
              {length.over
                ? t('composerTooLong', {
                    length: length.length,
                    limit: length.limit,
                    platform: PLATFORM_LABELS[platform],
                  })
                : t('composerLength', { length: length.length, limit: length.limit })}
            </p>
          ) : null}
        </section>
      ) : null}
      <p className="hint">{t('composerKeysHint', { shortcut })}</p>
    </div>
  );
}
