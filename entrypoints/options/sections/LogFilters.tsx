import { useId } from 'react';
import { useI18n } from '@/components/i18n';
import { actionLabel, dayInputBound, platformLabel } from '@/components/options/labels';
import type { LogFilter } from '@/lib/db/log-query';
import {
  type Brand,
  type Clause,
  INTERACTION_ACTIONS,
  type InteractionAction,
  type Template,
} from '@/lib/model';
import { PLATFORMS, type Platform } from '@/lib/platforms';

/** What the filter form holds: the date inputs' text, the selects' values ('' = any). */
export interface LogFilterForm {
  from: string;
  to: string;
  brandId: string;
  platform: string;
  action: string;
  clauseId: string;
  templateId: string;
}

export const EMPTY_LOG_FILTERS: LogFilterForm = {
  from: '',
  to: '',
  brandId: '',
  platform: '',
  action: '',
  clauseId: '',
  templateId: '',
};

export function toLogFilter(form: LogFilterForm): LogFilter {
  return {
    from: dayInputBound(form.from, 'start'),
    to: dayInputBound(form.to, 'end'),
    brandId: form.brandId || undefined,
    platform: (form.platform || undefined) as Platform | undefined,
    action: (form.action || undefined) as InteractionAction | undefined,
    clauseId: form.clauseId || undefined,
    templateId: form.templateId || undefined,
  };
}

interface Props {
  value: LogFilterForm;
  onChange: (value: LogFilterForm) => void;
  brands: readonly Brand[];
  clauses: readonly Clause[];
  templates: readonly Template[];
}

export function LogFilters({ value, onChange, brands, clauses, templates }: Props) {
  const { t, lang } = useI18n();
  const id = useId();
  const set = (patch: Partial<LogFilterForm>) => onChange({ ...value, ...patch });
  const select = (name: keyof LogFilterForm, label: string, options: { value: string; label: string }[]) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <select
        id={`${id}-${name}`}
        value={value[name]}
        onChange={(e) => set({ [name]: e.currentTarget.value })}
      >
        <option value="">{t('optAnyValue')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <search className="filters" aria-label={t('logFilters')}>
      <div className="field">
        <label htmlFor={`${id}-from`}>{t('optFrom')}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={value.from}
          onChange={(e) => set({ from: e.currentTarget.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{t('optTo')}</label>
        <input
          id={`${id}-to`}
          type="date"
          value={value.to}
          onChange={(e) => set({ to: e.currentTarget.value })}
        />
      </div>
      {select(
        'brandId',
        t('optBrand'),
        brands.map((b) => ({ value: b.id, label: b.name })),
      )}
      {select(
        'platform',
        t('optPlatform'),
        [...PLATFORMS, 'other' as const].map((p) => ({ value: p, label: platformLabel(t, p) })),
      )}
      {select(
        'action',
        t('optAction'),
        INTERACTION_ACTIONS.map((a) => ({ value: a, label: actionLabel(t, a) })),
      )}
      {select(
        'clauseId',
        t('optClause'),
        clauses.map((c) => ({ value: c.id, label: c.name[lang] })),
      )}
      {select(
        'templateId',
        t('optTemplate'),
        [...templates]
          .sort((a, b) => a.title.localeCompare(b.title, lang))
          .map((tpl) => ({ value: tpl.id, label: tpl.title })),
      )}
    </search>
  );
}
