import { dayKeyOf } from '../checklist/days';
import type { ChecklistTask, Lang, Localized, Moment, Recurrence } from '../model';

interface StarterTask {
  id: string;
  title: Localized;
  moment: Moment;
  recurrence: Recurrence;
  time?: string;
  autoTick?: ChecklistTask['autoTick'];
}

const WEEKDAYS: Recurrence = { kind: 'weekdays' };
const DAILY: Recurrence = { kind: 'daily' };

/** A CM's day, from the overnight check to the hand-over. */
function starterTasks(today: string): StarterTask[] {
  return [
    {
      id: 'task_overnight',
      title: {
        fr: 'Vérifier les notifications et alertes de la nuit',
        en: 'Check overnight notifications and alerts',
      },
      moment: 'morning',
      recurrence: DAILY,
      time: '09:00',
    },
    {
      id: 'task_moderation_sweep',
      title: { fr: 'Passe de modération du matin', en: 'Morning moderation sweep' },
      moment: 'morning',
      recurrence: DAILY,
    },
    {
      id: 'task_scheduled_posts',
      title: { fr: 'Contrôler les publications programmées', en: 'Check scheduled posts' },
      moment: 'morning',
      recurrence: WEEKDAYS,
    },
    {
      id: 'task_monitoring',
      title: {
        fr: 'Veille : mentions de la marque et concurrents',
        en: 'Monitoring: brand mentions and competitors',
      },
      moment: 'morning',
      recurrence: WEEKDAYS,
    },
    {
      id: 'task_crisis_radar',
      title: { fr: 'Radar de crise : sujets sensibles', en: 'Crisis radar: sensitive topics' },
      moment: 'midday',
      recurrence: DAILY,
    },
    {
      id: 'task_midday_sweep',
      title: { fr: 'Passe de modération de midi', en: 'Midday moderation sweep' },
      moment: 'midday',
      recurrence: DAILY,
      time: '13:00',
    },
    {
      id: 'task_answer_comments',
      title: { fr: 'Répondre aux commentaires du jour (20)', en: "Answer today's comments (20)" },
      moment: 'afternoon',
      recurrence: DAILY,
      autoTick: { action: 'replied', count: 20 },
    },
    {
      id: 'task_weekly_report',
      title: { fr: 'Rapport hebdomadaire', en: 'Weekly report' },
      moment: 'afternoon',
      recurrence: { kind: 'days', days: [5] },
      time: '16:00',
    },
    {
      id: 'task_kpi_note',
      title: { fr: 'Noter les KPI du jour', en: "Note today's KPIs" },
      moment: 'evening',
      recurrence: WEEKDAYS,
    },
    {
      id: 'task_handover',
      title: { fr: "Note de passation pour l'équipe du soir", en: 'Hand-over note for the evening team' },
      moment: 'evening',
      recurrence: WEEKDAYS,
      time: '18:00',
    },
    {
      id: 'task_charter_review',
      title: { fr: 'Relire la charte de modération', en: 'Review the moderation charter' },
      moment: 'afternoon',
      // Every four weeks, on Mondays, counted from the install week.
      recurrence: { kind: 'weekly', every: 4, days: [1], anchor: today },
    },
  ];
}

/** The starter checklist, titled in the brand's language (tasks are the CM's data, not UI strings). */
export function starterChecklist(now: number, lang: Lang): ChecklistTask[] {
  return starterTasks(dayKeyOf(now)).map((task, order) => ({
    id: task.id,
    brandId: null,
    title: task.title[lang],
    moment: task.moment,
    order,
    recurrence: task.recurrence,
    ...(task.time ? { time: task.time } : {}),
    ...(task.autoTick ? { autoTick: task.autoTick } : {}),
    createdAt: now,
    updatedAt: now,
  }));
}
