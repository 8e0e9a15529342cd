import { useState } from 'react';
import { useI18n } from '@/components/i18n';
import type { DayKey } from '@/lib/checklist/days';
import { groupByMoment, progressOf } from '@/lib/checklist/status';
import type { ChecklistDay } from '@/lib/db/checklist-store';
import type { Brand } from '@/lib/model';
import { quickAddTask } from './checklist-actions';
import { momentLabel } from './labels';
import { TaskRow } from './TaskRow';
import { usePopupUi } from './ui-store';

interface ChecklistSectionProps {
  checklist: ChecklistDay;
  day: DayKey;
  brands: readonly Brand[];
}

export function ChecklistSection({ checklist, day, brands }: ChecklistSectionProps) {
  const { t } = useI18n();
  const { organising, hideDone, toggleOrganising, toggleHideDone } = usePopupUi();
  const [draft, setDraft] = useState('');
  const { states, streak } = checklist;
  const progress = progressOf(states);
  const shownStates = hideDone ? states.filter((s) => !s.done) : states;
  const shownTasks = states.map((s) => s.task);
  const groups = groupByMoment(shownStates);
  const hiddenCount = states.length - shownStates.length;
  const streakText =
    streak.days === 0
      ? t('popupStreakNone')
      : streak.days === 1
        ? t('popupStreakOne')
        : t('popupStreak', { days: streak.days });

  return (
    <section className="checklist" aria-labelledby="checklist-title">
      <div className="section-head">
        <h2 id="checklist-title">{t('popupChecklistTitle')}</h2>
        <span className="streak">{streakText}</span>
      </div>
      <div className="progress-line">
        <progress
          aria-label={t('popupProgressLabel')}
          value={progress.done}
          max={Math.max(progress.total, 1)}
        />
        <output aria-live="polite" className="progress-text">
          {progress.total > 0 && progress.done === progress.total
            ? `${t('popupProgress', progress)} · ${t('popupAllDone')}`
            : t('popupProgress', progress)}
        </output>
        <button
          type="button"
          className="toggle"
          aria-pressed={hideDone}
          onClick={toggleHideDone}
          title={t('popupHideDone')}
        >
          {t('popupHideDone')}
        </button>
        <button type="button" className="toggle" aria-pressed={organising} onClick={toggleOrganising}>
          {t('popupOrganise')}
        </button>
      </div>
      {states.length === 0 && <p className="empty">{t('popupNothingDue')}</p>}
      {groups.map((group) => (
        <div key={group.moment} className="moment">
          <h3 id={`moment-${group.moment}`}>{momentLabel(t, group.moment)}</h3>
          <ul>
            {group.states.map((state, index) => (
              <TaskRow
                key={state.task.id}
                state={state}
                day={day}
                shown={shownTasks}
                isFirst={index === 0}
                isLast={index === group.states.length - 1}
                brands={brands}
              />
            ))}
          </ul>
        </div>
      ))}
      {hiddenCount > 0 && <p className="hidden-note">{t('popupDoneHidden', { count: hiddenCount })}</p>}
      <form
        className="quick-add"
        onSubmit={(event) => {
          event.preventDefault();
          const title = draft;
          setDraft('');
          // With several brands a quick task belongs to the active one; with one brand it is simply global.
          void quickAddTask(title, brands.length > 1 ? checklist.brandId : null);
        }}
      >
        <label htmlFor="quick-add" className="visually-hidden">
          {t('popupQuickAdd')}
        </label>
        <input
          id="quick-add"
          value={draft}
          maxLength={300}
          placeholder={t('popupQuickAddPlaceholder')}
          onChange={(event) => setDraft(event.currentTarget.value)}
        />
      </form>
    </section>
  );
}
