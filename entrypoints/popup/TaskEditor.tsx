import { type FormEvent, useId, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { dayKeyOf } from '@/lib/checklist/days';
import { type ChecklistTask, MOMENTS, type Moment, type Recurrence } from '@/lib/model';
import { saveTask } from './checklist-actions';
import { momentLabel } from './labels';

type RepeatKind = Recurrence['kind'];
const REPEAT_KINDS: RepeatKind[] = ['daily', 'weekdays', 'days', 'weekly', 'once'];
/** Monday first, as the CM's week; values are date-fns `getDay` numbers. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];

interface TaskEditorProps {
  task: ChecklistTask;
  brands: ReadonlyArray<{ id: string; name: string }>;
  onDone(): void;
}

function initialDays(recurrence: Recurrence): number[] {
  return recurrence.kind === 'days' || recurrence.kind === 'weekly' ? recurrence.days : [1, 2, 3, 4, 5];
}

export function TaskEditor({ task, brands, onDone }: TaskEditorProps) {
  const { t, lang } = useI18n();
  const id = useId();
  const [title, setTitle] = useState(task.title);
  const [moment, setMoment] = useState<Moment>(task.moment);
  const [time, setTime] = useState(task.time ?? '');
  const [kind, setKind] = useState<RepeatKind>(task.recurrence.kind);
  const [days, setDays] = useState<number[]>(initialDays(task.recurrence));
  const [every, setEvery] = useState(task.recurrence.kind === 'weekly' ? task.recurrence.every : 2);
  const [date, setDate] = useState(
    task.recurrence.kind === 'once' ? task.recurrence.date : dayKeyOf(Date.now()),
  );
  const [brandId, setBrandId] = useState<string>(task.brandId ?? '');
  const [error, setError] = useState('');
  const weekdayName = (day: number) =>
    new Intl.DateTimeFormat(lang, { weekday: 'short' }).format(new Date(2024, 0, 7 + day));

  const recurrence = (): Recurrence => {
    switch (kind) {
      case 'daily':
      case 'weekdays':
        return { kind };
      case 'days':
        return { kind, days };
      case 'weekly':
        return {
          kind,
          every,
          days,
          anchor: task.recurrence.kind === 'weekly' ? task.recurrence.anchor : dayKeyOf(Date.now()),
        };
      case 'once':
        return { kind, date };
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return setError(t('popupTitleRequired'));
    if ((kind === 'days' || kind === 'weekly') && days.length === 0) return setError(t('popupDaysRequired'));
    try {
      await saveTask(task.id, {
        title,
        moment,
        time: time || undefined,
        recurrence: recurrence(),
        brandId: brandId || null,
      });
      onDone();
    } catch (caught) {
      setError(t('errorGeneric', { message: caught instanceof Error ? caught.message : String(caught) }));
    }
  };

  return (
    <form
      className="task-editor"
      aria-label={t('popupEditTitle')}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onDone();
        }
      }}
    >
      <label htmlFor={`${id}-title`}>{t('popupFieldTitle')}</label>
      <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.currentTarget.value)} autoFocus />
      <div className="editor-row">
        <label>
          {t('popupFieldMoment')}
          <select value={moment} onChange={(e) => setMoment(e.currentTarget.value as Moment)}>
            {MOMENTS.map((m) => (
              <option key={m} value={m}>
                {momentLabel(t, m)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('popupFieldTime')}
          <input type="time" value={time} onChange={(e) => setTime(e.currentTarget.value)} />
        </label>
      </div>
      <div className="editor-row">
        <label>
          {t('popupFieldRepeat')}
          <select value={kind} onChange={(e) => setKind(e.currentTarget.value as RepeatKind)}>
            {REPEAT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(REPEAT_LABELS[k])}
              </option>
            ))}
          </select>
        </label>
        {kind === 'weekly' && (
          <label>
            {t('popupFieldEvery')}
            <input
              type="number"
              min={1}
              max={52}
              value={every}
              onChange={(e) => setEvery(Math.min(52, Math.max(1, Number(e.currentTarget.value) || 1)))}
            />
          </label>
        )}
        {kind === 'once' && (
          <label>
            {t('popupFieldDate')}
            <input type="date" value={date} required onChange={(e) => setDate(e.currentTarget.value)} />
          </label>
        )}
      </div>
      {(kind === 'days' || kind === 'weekly') && (
        <fieldset className="editor-days">
          <legend>{t('popupFieldDays')}</legend>
          {WEEK.map((day) => (
            <label key={day}>
              <input
                type="checkbox"
                checked={days.includes(day)}
                onChange={(e) => {
                  const checked = e.currentTarget.checked;
                  setDays((list) =>
                    checked ? [...list, day].sort((a, b) => a - b) : list.filter((d) => d !== day),
                  );
                }}
              />
              {weekdayName(day)}
            </label>
          ))}
        </fieldset>
      )}
      <label>
        {t('popupFieldScope')}
        <select value={brandId} onChange={(e) => setBrandId(e.currentTarget.value)}>
          <option value="">{t('popupScopeAll')}</option>
          {brands.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="editor-actions">
        <button type="submit">{t('save')}</button>
        <button type="button" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

const REPEAT_LABELS = {
  daily: 'popupRepeatDaily',
  weekdays: 'popupRepeatWeekdays',
  days: 'popupRepeatDays',
  weekly: 'popupRepeatWeekly',
  once: 'popupRepeatOnce',
} as const;
