import { subDays } from 'date-fns';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { useBrands, useTemplates } from '@/components/options/data';
import { downloadLogCsv } from '@/components/options/export-csv';
import { dayInputBound, dayInputValue, formatDuration } from '@/components/options/labels';
import { Status, type StatusMessage } from '@/components/options/Status';
import { readReport } from '@/lib/db/daily-stats';
import { getDb } from '@/lib/db/database';
import { matchingLogIds } from '@/lib/db/log-query';
import type { Report } from '@/lib/reports/kpi';
import { ReportCharts } from './ReportCharts';

function lastDays(count: number, now = Date.now()): { from: string; to: string } {
  return { from: dayInputValue(subDays(now, count - 1).getTime()), to: dayInputValue(now) };
}

function RankedTable({ caption, rows }: { caption: string; rows: { label: string; count: number }[] }) {
  const { t } = useI18n();
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{caption}</th>
          <th scope="col" className="num">
            {t('reportsTimes')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={2}>{t('reportsNoValue')}</td>
          </tr>
        ) : (
          rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td className="num">{row.count}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

export function ReportsSection() {
  const { t, lang } = useI18n();
  const id = useId();
  const brands = useBrands();
  const templates = useTemplates();
  const charters = useLiveQuery(() => getDb().charters.toArray(), []);
  const [range, setRange] = useState(() => lastDays(7));
  const [brandId, setBrandId] = useState('');
  const [printRequested, setPrintRequested] = useState(false);
  const [status, setStatus] = useState<StatusMessage>(null);

  const from = dayInputBound(range.from, 'start') ?? 0;
  const to = dayInputBound(range.to, 'end') ?? Date.now();
  // Whole local days, read from the daily rollup: a long range costs a few thousand small records.
  const fromDay = dayInputValue(from);
  const toDay = dayInputValue(to);
  const computed = useLiveQuery(
    () => readReport(getDb(), { fromDay, toDay }, brandId || undefined),
    [fromDay, toDay, brandId],
  );

  useEffect(() => {
    if (!printRequested || !computed) return;
    setPrintRequested(false);
    window.print();
  }, [printRequested, computed]);

  const clauseNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const charter of charters ?? [])
      for (const clause of charter.clauses) names.set(clause.id, clause.name[lang]);
    return names;
  }, [charters, lang]);
  const templateTitles = useMemo(
    () => new Map((templates ?? []).map((tpl) => [tpl.id, tpl.title])),
    [templates],
  );
  const brandLabel = brands?.find((b) => b.id === brandId)?.name ?? t('optAllBrands');

  const exportCsv = async () => {
    const ids = await matchingLogIds(getDb(), { from, to, brandId: brandId || undefined });
    const count = await downloadLogCsv(ids, `tact-log-${range.from}-${range.to}.csv`);
    setStatus({ kind: 'info', text: t('logExported', { count }) });
  };

  const report: Report | undefined = computed?.report;

  return (
    <section aria-labelledby="reports-title" className="reports">
      <div className="section-head">
        <h2 id="reports-title">{t('reportsTitle')}</h2>
        <div className="row no-print">
          <button type="button" onClick={() => void exportCsv()}>
            {t('reportsExportCsv')}
          </button>
          <button
            type="button"
            className="primary"
            onClick={() => {
              setRange(lastDays(7));
              setPrintRequested(true);
            }}
          >
            {t('reportsPrint')}
          </button>
        </div>
      </div>
      <p className="lead no-print">{t('reportsIntro')}</p>
      <p className="print-only">
        {t('reportsPrintedOn', {
          from: new Date(from).toLocaleDateString(lang),
          to: new Date(to).toLocaleDateString(lang),
          brand: brandLabel,
        })}
      </p>
      <Status message={status} />
      <fieldset className="filters">
        <legend>{t('reportsRange')}</legend>
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('optFrom')}</label>
          <input
            id={`${id}-from`}
            type="date"
            value={range.from}
            onChange={(e) => setRange({ ...range, from: e.currentTarget.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('optTo')}</label>
          <input
            id={`${id}-to`}
            type="date"
            value={range.to}
            onChange={(e) => setRange({ ...range, to: e.currentTarget.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-brand`}>{t('optBrand')}</label>
          <select id={`${id}-brand`} value={brandId} onChange={(e) => setBrandId(e.currentTarget.value)}>
            <option value="">{t('optAllBrands')}</option>
            {(brands ?? []).map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </div>
        <button type="button" onClick={() => setRange(lastDays(7))}>
          {t('reportsLast7')}
        </button>
        <button type="button" onClick={() => setRange(lastDays(30))}>
          {t('reportsLast30')}
        </button>
      </fieldset>

      {!report ? (
        <p>{t('loading')}</p>
      ) : (
        <>
          <dl className="kpis">
            <div>
              <dt>{t('reportsReplies')}</dt>
              <dd>{report.total.replies.toLocaleString(lang)}</dd>
            </div>
            <div>
              <dt>{t('reportsModeration')}</dt>
              <dd>{report.total.moderation.toLocaleString(lang)}</dd>
            </div>
            <div>
              <dt>{t('reportsMedian')}</dt>
              <dd>{formatDuration(t, report.responseTime.medianMs)}</dd>
            </div>
            <div>
              <dt>{t('reportsP90')}</dt>
              <dd>{formatDuration(t, report.responseTime.p90Ms)}</dd>
            </div>
            <div>
              <dt>{t('reportsRiskySeen')}</dt>
              <dd>{report.riskySeen.toLocaleString(lang)}</dd>
            </div>
          </dl>
          <p className="help">
            {t('reportsComputedIn', { count: (computed?.count ?? 0).toLocaleString(lang) })}
          </p>
          {computed?.count === 0 && <p>{t('reportsNothing')}</p>}
          <ReportCharts report={report} />
          <div className="charts">
            <RankedTable
              caption={t('reportsClausesHit')}
              rows={report.clauses.map((c) => ({ label: clauseNames.get(c.id) ?? c.id, count: c.count }))}
            />
            <RankedTable
              caption={t('reportsTemplatesUsed')}
              rows={report.templates.map((tpl) => ({
                label: templateTitles.get(tpl.id) ?? t('reportsDeletedTemplate', { id: tpl.id }),
                count: tpl.count,
              }))}
            />
          </div>
        </>
      )}
    </section>
  );
}
