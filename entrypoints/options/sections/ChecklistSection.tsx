import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useI18n } from '@/components/i18n';
import { useBrands } from '@/components/options/data';
import { actionLabel } from '@/components/options/labels';
import { deletedWithUndo, Status, type StatusMessage } from '@/components/options/Status';
import { compareTasks } from '@/lib/checklist/status';
import { addTask, deleteTask, restoreTask, updateTask } from '@/lib/db/checklist-store';
import { getDb } from '@/lib/db/database';
import type { Translate } from '@/lib/i18n';
import { type ChecklistTask, InteractionActionSchema, type Recurrence } from '@/lib/model';
import { MOMENT_LABELS, REPEAT_LABELS, type TaskFields, TaskForm, WEEK, weekdayName } from './TaskForm';

export function describeRecurrence(t: Translate, lang: string, recurrence: Recurrence): string {
  const dayList = (days: readonly number[]) =>
    WEEK.filter((d) => days.includes(d))
      .map((d) => weekdayName(d, lang))
      .join(', ');
  switch (recurrence.kind) {
    case 'days':
      return dayList(recurrence.days);
    case 'weekly':
      return t('chkSummaryWeekly', { every: recurrence.every, days: dayList(recurrence.days) });
    case 'once':
      return t('chkSummaryOnce', { date: new Date(`${recurrence.date}T12:00:00`).toLocaleDateString(lang) });
    default:
      return t(REPEAT_LABELS[recurrence.kind]);
  }
}

export function ChecklistSection() {
  const { t, lang } = useI18n();
  const brands = useBrands();
  const tasks = useLiveQuery(async () => (await getDb().checklistTasks.toArray()).sort(compareTasks), []);
  const [editing, setEditing] = useState<{ task: ChecklistTask | null } | null>(null);
  const [status, setStatus] = useState<StatusMessage>(null);

  if (!tasks || !brands) return <p>{t('loading')}</p>;

  const save = async (fields: TaskFields): Promise<string | null> => {
    const db = getDb();
    try {
      const existing = editing?.task;
      const saved = existing
        ? await updateTask(db, existing.id, fields)
        : await addTask(db, fields).then((task) =>
            fields.autoTick ? updateTask(db, task.id, { autoTick: fields.autoTick }) : task,
          );
      setEditing(null);
      setStatus({ kind: 'info', text: t('chkSaved', { title: saved.title }) });
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  };

  const remove = async (task: ChecklistTask) => {
    const deleted = await deleteTask(getDb(), task.id);
    if (!deleted) return;
    setStatus(
      deletedWithUndo(
        t('chkDeleted', { title: task.title }),
        t('undo'),
        t('chkRestored', { title: task.title }),
        () => restoreTask(getDb(), deleted),
        setStatus,
      ),
    );
  };

  const autoText = (task: ChecklistTask) => {
    if (!task.autoTick) return '—';
    const action = InteractionActionSchema.safeParse(task.autoTick.action);
    const label = action.success ? actionLabel(t, action.data) : task.autoTick.action;
    return t('chkAutoSummary', { count: task.autoTick.count, action: label });
  };

  return (
    <section aria-labelledby="checklist-title">
      <div className="section-head">
        <h2 id="checklist-title">{t('chkTitle')}</h2>
        <button type="button" className="primary" onClick={() => setEditing({ task: null })}>
          {t('chkNew')}
        </button>
      </div>
      <p className="lead">{t('chkIntro')}</p>
      <Status message={status} />
      {editing && (
        <TaskForm
          key={editing.task?.id ?? 'new'}
          task={editing.task}
          brands={brands}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      )}
      {tasks.length === 0 ? (
        <p>{t('chkEmpty')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('chkFieldTitle')}</th>
              <th scope="col">{t('chkFieldMoment')}</th>
              <th scope="col">{t('chkFieldRepeat')}</th>
              <th scope="col">{t('chkFieldTime')}</th>
              <th scope="col">{t('optBrand')}</th>
              <th scope="col">{t('chkColumnAuto')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('optAction')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((task) => (
              <tr key={task.id}>
                <th scope="row">{task.title}</th>
                <td>{t(MOMENT_LABELS[task.moment])}</td>
                <td>{describeRecurrence(t, lang, task.recurrence)}</td>
                <td>{task.time ?? '—'}</td>
                <td>
                  {task.brandId
                    ? (brands.find((b) => b.id === task.brandId)?.name ?? task.brandId)
                    : t('optAllBrands')}
                </td>
                <td>{autoText(task)}</td>
                <td className="actions">
                  <button
                    type="button"
                    aria-label={t('chkEditOf', { title: task.title })}
                    onClick={() => setEditing({ task })}
                  >
                    {t('optEdit')}
                  </button>
                  <button
                    type="button"
                    className="danger"
                    aria-label={t('chkDeleteOf', { title: task.title })}
                    onClick={() => void remove(task)}
                  >
                    {t('delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
