import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { useBrands, useTemplates } from '@/components/options/data';
import { downloadLogCsv } from '@/components/options/export-csv';
import { actionLabel, formatDuration, platformLabel } from '@/components/options/labels';
import { Status, type StatusMessage } from '@/components/options/Status';
import { getDb } from '@/lib/db/database';
import { matchingLogIds, queryLogPage } from '@/lib/db/log-query';
import type { Clause } from '@/lib/model';
import { EMPTY_LOG_FILTERS, type LogFilterForm, LogFilters, toLogFilter } from './LogFilters';

export const LOG_PAGE_SIZE = 50;

/** A link only for web addresses: a stored URL is data and must never run as `javascript:`. */
function safeHref(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

export function LogSection() {
  const { t, lang } = useI18n();
  const brands = useBrands();
  const templates = useTemplates();
  const charters = useLiveQuery(() => getDb().charters.toArray(), []);
  const [form, setForm] = useState<LogFilterForm>(EMPTY_LOG_FILTERS);
  const [page, setPage] = useState(0);
  const [status, setStatus] = useState<StatusMessage>(null);
  const filter = useMemo(() => toLogFilter(form), [form]);
  const result = useLiveQuery(
    () => queryLogPage(getDb(), filter, { offset: page * LOG_PAGE_SIZE, limit: LOG_PAGE_SIZE }),
    [filter, page],
  );
  const rows = result?.rows;

  const clauses = useMemo(() => {
    const byId = new Map<string, Clause>();
    for (const charter of charters ?? []) for (const clause of charter.clauses) byId.set(clause.id, clause);
    return [...byId.values()];
  }, [charters]);
  const brandNames = useMemo(() => new Map((brands ?? []).map((b) => [b.id, b.name])), [brands]);
  const templateTitles = useMemo(
    () => new Map((templates ?? []).map((tpl) => [tpl.id, tpl.title])),
    [templates],
  );
  const clauseNames = useMemo(() => new Map(clauses.map((c) => [c.id, c.name[lang]])), [clauses, lang]);

  const total = result?.total ?? 0;
  const lastPage = Math.max(0, Math.ceil(total / LOG_PAGE_SIZE) - 1);
  const changeFilters = (next: LogFilterForm) => {
    setForm(next);
    setPage(0);
  };

  const exportCsv = async () => {
    const ids = await matchingLogIds(getDb(), filter);
    const count = await downloadLogCsv(ids, 'tact-log.csv');
    setStatus({ kind: 'info', text: t('logExported', { count }) });
  };

  return (
    <section aria-labelledby="log-title">
      <div className="section-head">
        <h2 id="log-title">{t('logTitle')}</h2>
        <button type="button" onClick={() => void exportCsv()} disabled={total === 0}>
          {t('logExportCsv')}
        </button>
      </div>
      <p className="lead">{t('logIntro')}</p>
      <Status message={status} />
      <LogFilters
        value={form}
        onChange={changeFilters}
        brands={brands ?? []}
        clauses={clauses}
        templates={templates ?? []}
      />
      {result === undefined ? (
        <p>{t('loading')}</p>
      ) : total === 0 ? (
        <p>{t('logEmpty')}</p>
      ) : (
        <>
          <div className="pager">
            <button type="button" onClick={() => setPage(Math.max(0, page - 1))} disabled={page === 0}>
              {t('logPrevious')}
            </button>
            <span aria-live="polite">
              {t('logCount', {
                first: (page * LOG_PAGE_SIZE + 1).toLocaleString(lang),
                last: Math.min(total, (page + 1) * LOG_PAGE_SIZE).toLocaleString(lang),
                total: total.toLocaleString(lang),
              })}
            </span>
            <button
              type="button"
              onClick={() => setPage(Math.min(lastPage, page + 1))}
              disabled={page >= lastPage}
            >
              {t('logNext')}
            </button>
          </div>
          <table className="data-table">
            <caption className="visually-hidden">{t('logTableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('logColumnWhen')}</th>
                <th scope="col">{t('optPlatform')}</th>
                <th scope="col">{t('optAction')}</th>
                <th scope="col">{t('optBrand')}</th>
                <th scope="col">{t('optClause')}</th>
                <th scope="col">{t('optTemplate')}</th>
                <th scope="col">{t('logColumnResponse')}</th>
                <th scope="col">{t('logColumnComment')}</th>
              </tr>
            </thead>
            <tbody>
              {(rows ?? []).map((row) => {
                const href = safeHref(row.commentPermalink) ?? safeHref(row.url);
                return (
                  <tr key={row.id}>
                    <td>{new Date(row.at).toLocaleString(lang)}</td>
                    <td>{platformLabel(t, row.platform)}</td>
                    <td>{actionLabel(t, row.action)}</td>
                    <td>{row.brandId ? (brandNames.get(row.brandId) ?? row.brandId) : '—'}</td>
                    <td>{row.ruleIds.map((id) => clauseNames.get(id) ?? id).join(', ') || '—'}</td>
                    <td>{row.templateId ? (templateTitles.get(row.templateId) ?? row.templateId) : '—'}</td>
                    <td>{row.responseMs === undefined ? '—' : formatDuration(t, row.responseMs)}</td>
                    <td>
                      {row.commentText && <span className="cell-sub">{row.commentText}</span>}
                      {href && (
                        <a href={href} target="_blank" rel="noopener noreferrer">
                          {row.commentPermalink ? t('logOpenComment') : t('logOpenPage')}
                        </a>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
