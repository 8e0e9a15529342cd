import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  type ChartOptions,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { useI18n } from '@/components/i18n';
import { platformLabel } from '@/components/options/labels';
import type { Report } from '@/lib/reports/kpi';

// Only what a stacked bar chart needs: keeps chart.js out of the bundle's unused parts.
ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip, Legend);

const REPLIES_COLOR = '#2f5d8a';
const MODERATION_COLOR = '#c98a2b';

const OPTIONS: ChartOptions<'bar'> = {
  responsive: true,
  maintainAspectRatio: false,
  animation: false,
  scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
  plugins: { legend: { position: 'bottom' } },
};

/** Volume per day and per platform; each chart carries a text summary for screen readers. */
export function ReportCharts({ report }: { report: Report }) {
  const { t, lang } = useI18n();
  const datasets = (rows: { replies: number; moderation: number }[]) => [
    { label: t('reportsReplies'), data: rows.map((r) => r.replies), backgroundColor: REPLIES_COLOR },
    { label: t('reportsModeration'), data: rows.map((r) => r.moderation), backgroundColor: MODERATION_COLOR },
  ];
  const dayLabel = (day: string) =>
    new Date(`${day}T12:00:00`).toLocaleDateString(lang, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
    });
  const summary = (rows: { label: string; replies: number; moderation: number }[]) =>
    rows.map((r) => `${r.label}: ${r.replies} / ${r.moderation}`).join('; ');
  const days = report.days.map((d) => ({ label: dayLabel(d.day), ...d }));
  const platforms = report.platforms.map((p) => ({ label: platformLabel(t, p.platform), ...p }));

  return (
    <div className="charts">
      <figure className="panel">
        <figcaption>
          <h3>{t('reportsPerDay')}</h3>
        </figcaption>
        <div className="chart-box" role="img" aria-label={`${t('reportsPerDay')}: ${summary(days)}`}>
          <Bar data={{ labels: days.map((d) => d.label), datasets: datasets(days) }} options={OPTIONS} />
        </div>
      </figure>
      <figure className="panel">
        <figcaption>
          <h3>{t('reportsPerPlatform')}</h3>
        </figcaption>
        <div
          className="chart-box"
          role="img"
          aria-label={`${t('reportsPerPlatform')}: ${summary(platforms)}`}
        >
          <Bar
            data={{ labels: platforms.map((p) => p.label), datasets: datasets(platforms) }}
            options={OPTIONS}
          />
        </div>
      </figure>
    </div>
  );
}
