import { useI18n } from '@/components/i18n';
import type { DayKey } from '@/lib/checklist/days';
import type { TaskState } from '@/lib/checklist/status';
import type { ChecklistTask } from '@/lib/model';
import { moveShownTask, removeTask, tickTask } from './checklist-actions';
import { TaskEditor } from './TaskEditor';
import { usePopupUi } from './ui-store';

interface TaskRowProps {
  state: TaskState;
  day: DayKey;
  shown: readonly ChecklistTask[];
  isFirst: boolean;
  isLast: boolean;
  brands: ReadonlyArray<{ id: string; name: string }>;
}

export function TaskRow({ state, day, shown, isFirst, isLast, brands }: TaskRowProps) {
  const { t } = useI18n();
  const { task, done, autoProgress, manual } = state;
  const organising = usePopupUi((s) => s.organising);
  const editing = usePopupUi((s) => s.editingTaskId === task.id);
  const startEditing = usePopupUi((s) => s.startEditing);
  const checkboxId = `task-${task.id}`;
  const hintId = `task-hint-${task.id}`;

  if (editing) {
    return (
      <li className="task editing">
        <TaskEditor task={task} brands={brands} onDone={() => startEditing(null)} />
      </li>
    );
  }

  const overridden = manual !== undefined && manual.done !== state.autoDone;
  const autoHint = autoProgress
    ? t('popupAutoHintLong', {
        target: autoProgress.target,
        action: task.autoTick?.action ?? '',
        count: autoProgress.count,
      })
    : undefined;

  return (
    <li className={done ? 'task done' : 'task'}>
      <input
        id={checkboxId}
        type="checkbox"
        checked={done}
        aria-describedby={autoHint ? hintId : undefined}
        onChange={(event) => void tickTask(task.id, day, event.currentTarget.checked)}
        onKeyDown={(event) => {
          // Alt+arrows reorder without leaving the checkbox.
          if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
          event.preventDefault();
          void moveShownTask(shown, task.id, event.key === 'ArrowUp' ? 'up' : 'down');
        }}
      />
      <label htmlFor={checkboxId} className="task-title">
        {task.title}
      </label>
      {task.time && <span className="task-time">{task.time}</span>}
      {autoProgress && (
        <span className="task-auto" title={autoHint}>
          <span aria-hidden="true">
            {t('popupAutoHint', { count: autoProgress.count, target: autoProgress.target })}
            {overridden ? ` · ${t('popupOverridden')}` : ''}
          </span>
          <span id={hintId} className="visually-hidden">
            {autoHint}
            {overridden ? ` (${t('popupOverridden')})` : ''}
          </span>
        </span>
      )}
      {organising && (
        <span className="task-tools">
          <button
            type="button"
            className="icon"
            disabled={isFirst}
            aria-label={t('popupMoveUp', { title: task.title })}
            title={t('popupMoveUp', { title: task.title })}
            onClick={() => void moveShownTask(shown, task.id, 'up')}
          >
            ↑
          </button>
          <button
            type="button"
            className="icon"
            disabled={isLast}
            aria-label={t('popupMoveDown', { title: task.title })}
            title={t('popupMoveDown', { title: task.title })}
            onClick={() => void moveShownTask(shown, task.id, 'down')}
          >
            ↓
          </button>
          <button
            type="button"
            className="icon"
            aria-label={t('popupEdit', { title: task.title })}
            title={t('popupEdit', { title: task.title })}
            onClick={() => startEditing(task.id)}
          >
            ✎
          </button>
          <button
            type="button"
            className="icon danger"
            aria-label={t('popupDelete', { title: task.title })}
            title={t('popupDelete', { title: task.title })}
            onClick={() => void removeTask(task.id)}
          >
            ✕
          </button>
        </span>
      )}
    </li>
  );
}
