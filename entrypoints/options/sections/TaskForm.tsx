import { useId, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { EditorForm } from '@/components/options/EditorForm';
import { actionLabel } from '@/components/options/labels';
import { dayKeyOf } from '@/lib/checklist/days';
import type { TaskPatch } from '@/lib/db/checklist-store';
import type { MessageKey } from '@/lib/i18n';
import {
  type Brand,
  type ChecklistTask,
  INTERACTION_ACTIONS,
  MOMENTS,
  type Moment,
  type Recurrence,
} from '@/lib/model';

export const MOMENT_LABELS: Record<Moment, MessageKey> = {
  morning: 'chkMomentMorning',
  midday: 'chkMomentMidday',
  afternoon: 'chkMomentAfternoon',
  evening: 'chkMomentEvening',
};

export const REPEAT_LABELS: Record<Recurrence['kind'], MessageKey> = {
  daily: 'chkRepeatDaily',
  weekdays: 'chkRepeatWeekdays',
  days: 'chkRepeatDays',
  weekly: 'chkRepeatWeekly',
  once: 'chkRepeatOnce',
};

/** Monday first, as a French week; values are date-fns `getDay` numbers (0 = Sunday). */
export const WEEK = [1, 2, 3, 4, 5, 6, 0] as const;

export function weekdayName(day: number, lang: string, style: 'short' | 'long' = 'short'): string {
  // 7 January 2024 was a Sunday.
  return new Date(2024, 0, 7 + day).toLocaleDateString(lang, { weekday: style });
}

export type TaskFields = Required<Pick<TaskPatch, 'title' | 'moment' | 'recurrence' | 'brandId'>> &
  Pick<TaskPatch, 'time' | 'autoTick'>;

interface Props {
  task: ChecklistTask | null;
  brands: readonly Brand[];
  onSave: (fields: TaskFields) => Promise<string | null>;
  onCancel: () => void;
}

export function TaskForm({ task, brands, onSave, onCancel }: Props) {
  const { t, lang } = useI18n();
  const id = useId();
  const today = dayKeyOf(Date.now());
  const start = task?.recurrence;
  const [title, setTitle] = useState(task?.title ?? '');
  const [moment, setMoment] = useState<Moment>(task?.moment ?? 'morning');
  const [time, setTime] = useState(task?.time ?? '');
  const [brandId, setBrandId] = useState(task?.brandId ?? '');
  const [kind, setKind] = useState<Recurrence['kind']>(start?.kind ?? 'daily');
  const [days, setDays] = useState<number[]>(
    start?.kind === 'days' || start?.kind === 'weekly' ? start.days : [1, 2, 3, 4, 5],
  );
  const [every, setEvery] = useState(String(start?.kind === 'weekly' ? start.every : 2));
  const [anchor, setAnchor] = useState(start?.kind === 'weekly' ? start.anchor : today);
  const [date, setDate] = useState(start?.kind === 'once' ? start.date : today);
  const [auto, setAuto] = useState(task?.autoTick !== undefined);
  const [autoAction, setAutoAction] = useState(task?.autoTick?.action ?? 'replied');
  const [autoCount, setAutoCount] = useState(String(task?.autoTick?.count ?? 10));
  const [error, setError] = useState<string | null>(null);

  const recurrence = (): Recurrence | null => {
    if ((kind === 'days' || kind === 'weekly') && days.length === 0) return null;
    switch (kind) {
      case 'daily':
        return { kind };
      case 'weekdays':
        return { kind };
      case 'days':
        return { kind, days: [...days].sort() };
      case 'weekly':
        return {
          kind,
          every: Math.max(1, Math.min(52, Math.floor(Number(every)) || 1)),
          days: [...days].sort(),
          anchor,
        };
      case 'once':
        return { kind, date };
    }
  };

  const submit = async () => {
    const rule = recurrence();
    if (!rule) {
      setError(t('chkDaysRequired'));
      return;
    }
    setError(
      await onSave({
        title,
        moment,
        recurrence: rule,
        brandId: brandId || null,
        time: time || undefined,
        autoTick: auto
          ? { action: autoAction, count: Math.max(1, Math.floor(Number(autoCount)) || 1) }
          : undefined,
      }),
    );
  };

  return (
    <EditorForm
      id={id}
      heading={task ? t('chkEditorEdit') : t('chkEditorNew')}
      error={error}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('chkFieldTitle')}</label>
        <input id={`${id}-title`} required value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
      </div>
      <div className="grid-2">
        <div className="field">
          <label htmlFor={`${id}-moment`}>{t('chkFieldMoment')}</label>
          <select
            id={`${id}-moment`}
            value={moment}
            onChange={(e) => setMoment(e.currentTarget.value as Moment)}
          >
            {MOMENTS.map((m) => (
              <option key={m} value={m}>
                {t(MOMENT_LABELS[m])}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-time`}>{t('chkFieldTime')}</label>
          <input
            id={`${id}-time`}
            type="time"
            value={time}
            onChange={(e) => setTime(e.currentTarget.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-brand`}>{t('optBrand')}</label>
          <select id={`${id}-brand`} value={brandId} onChange={(e) => setBrandId(e.currentTarget.value)}>
            <option value="">{t('optAllBrands')}</option>
            {brands.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-repeat`}>{t('chkFieldRepeat')}</label>
          <select
            id={`${id}-repeat`}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as Recurrence['kind'])}
          >
            {(Object.keys(REPEAT_LABELS) as Recurrence['kind'][]).map((k) => (
              <option key={k} value={k}>
                {t(REPEAT_LABELS[k])}
              </option>
            ))}
          </select>
        </div>
      </div>
      {(kind === 'days' || kind === 'weekly') && (
        <fieldset>
          <legend>{t('chkFieldDays')}</legend>
          <div className="checks">
            {WEEK.map((day) => (
              <label key={day} className="check">
                <input
                  type="checkbox"
                  checked={days.includes(day)}
                  onChange={(e) => {
                    const checked = e.currentTarget.checked;
                    setDays((current) => (checked ? [...current, day] : current.filter((d) => d !== day)));
                  }}
                />
                {weekdayName(day, lang, 'long')}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {kind === 'weekly' && (
        <div className="grid-2">
          <div className="field">
            <label htmlFor={`${id}-every`}>{t('chkFieldEvery')}</label>
            <input
              id={`${id}-every`}
              type="number"
              min={1}
              max={52}
              value={every}
              onChange={(e) => setEvery(e.currentTarget.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-anchor`}>{t('chkFieldStart')}</label>
            <input
              id={`${id}-anchor`}
              type="date"
              required
              value={anchor}
              onChange={(e) => setAnchor(e.currentTarget.value)}
            />
          </div>
        </div>
      )}
      {kind === 'once' && (
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('chkFieldDate')}</label>
          <input
            id={`${id}-date`}
            type="date"
            required
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
          />
        </div>
      )}
      <div className="checkbox">
        <input
          id={`${id}-auto`}
          type="checkbox"
          checked={auto}
          onChange={(e) => setAuto(e.currentTarget.checked)}
        />
        <label htmlFor={`${id}-auto`}>{t('chkFieldAutoTick')}</label>
      </div>
      {auto && (
        <div className="grid-2">
          <div className="field">
            <label htmlFor={`${id}-auto-action`}>{t('chkFieldAutoAction')}</label>
            <select
              id={`${id}-auto-action`}
              value={autoAction}
              onChange={(e) => setAutoAction(e.currentTarget.value)}
            >
              {INTERACTION_ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {actionLabel(t, a)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-auto-count`}>{t('chkFieldAutoCount')}</label>
            <input
              id={`${id}-auto-count`}
              type="number"
              min={1}
              value={autoCount}
              onChange={(e) => setAutoCount(e.currentTarget.value)}
            />
          </div>
        </div>
      )}
    </EditorForm>
  );
}
