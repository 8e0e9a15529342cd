import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { activeBrandOf, useBrands, useSettings, useTemplates } from '@/components/options/data';
import { deletedWithUndo, Status, type StatusMessage } from '@/components/options/Status';
import { getDb } from '@/lib/db/database';
import { type Clause, type Lang, newId, type Template } from '@/lib/model';
import { bumpRevision } from '@/lib/revision';
import { foldForSearch } from '@/lib/templates/rank';
import { draftOf, type TemplateDraft, TemplateEditor, templateFromDraft } from './TemplateEditor';

interface Filters {
  query: string;
  brand: string;
  language: '' | Lang;
  clause: string;
  tag: string;
}

const NO_FILTERS: Filters = { query: '', brand: '', language: '', clause: '', tag: '' };
const SHARED = '__shared';

export function filterTemplates(templates: readonly Template[], filters: Filters): Template[] {
  const words = foldForSearch(filters.query).split(/\s+/).filter(Boolean);
  return templates.filter((template) => {
    if (filters.brand === SHARED && template.brandId !== null) return false;
    if (filters.brand && filters.brand !== SHARED && template.brandId !== filters.brand) return false;
    if (filters.language && template.language !== filters.language) return false;
    if (filters.clause && !template.clauseIds.includes(filters.clause)) return false;
    if (filters.tag && !template.tags.includes(filters.tag)) return false;
    if (words.length === 0) return true;
    const text = foldForSearch(
      `${template.title} ${template.body} ${template.tags.join(' ')} ${template.shortcut ?? ''}`,
    );
    return words.every((word) => text.includes(word));
  });
}

async function saveTemplate(template: Template): Promise<void> {
  await getDb().templates.put(template);
  await bumpRevision();
}

type Editing = { template: Template | null; draft: TemplateDraft } | null;

export function TemplatesSection() {
  const { t, lang } = useI18n();
  const templates = useTemplates();
  const brands = useBrands();
  const settings = useSettings();
  const charters = useLiveQuery(() => getDb().charters.toArray(), []);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState<StatusMessage>(null);
  const id = useId();

  const active = brands ? activeBrandOf(brands, settings) : undefined;
  const clausesFor = (brandId: string | null): readonly Clause[] => {
    const brand = brands?.find((b) => b.id === brandId) ?? active;
    return charters?.find((c) => c.id === brand?.charterId)?.clauses ?? [];
  };
  const allClauses = useMemo(() => {
    const byId = new Map<string, Clause>();
    for (const charter of charters ?? []) for (const clause of charter.clauses) byId.set(clause.id, clause);
    return [...byId.values()];
  }, [charters]);
  const allTags = useMemo(
    () => [...new Set((templates ?? []).flatMap((tpl) => tpl.tags))].sort((a, b) => a.localeCompare(b)),
    [templates],
  );
  const shown = useMemo(
    () =>
      filterTemplates(templates ?? [], filters).sort((a, b) =>
        a.title.localeCompare(b.title, lang, { sensitivity: 'base' }),
      ),
    [templates, filters, lang],
  );

  if (!templates || !brands || !charters) return <p>{t('loading')}</p>;

  const brandName = (brandId: string | null) =>
    brandId === null ? t('tplShared') : (brands.find((b) => b.id === brandId)?.name ?? brandId);
  const setFilter = (patch: Partial<Filters>) => setFilters((current) => ({ ...current, ...patch }));

  const startNew = () =>
    setEditing({
      template: null,
      draft: {
        title: '',
        body: '',
        language: active?.language ?? lang,
        brandId: active?.id ?? null,
        tags: '',
        shortcut: '',
        clauseIds: [],
      },
    });

  const save = async (draft: TemplateDraft): Promise<string | null> => {
    const base = editing?.template ?? null;
    const built = templateFromDraft(draft, base, base?.id ?? newId('tpl'), Date.now());
    if (!built.ok) return built.error;
    await saveTemplate(built.template);
    setEditing(null);
    setStatus({ kind: 'info', text: t('tplSaved', { title: built.template.title }) });
    return null;
  };

  const duplicate = async (template: Template) => {
    const now = Date.now();
    const copy: Template = {
      ...template,
      id: newId('tpl'),
      title: `${template.title} ${t('tplCopySuffix')}`.slice(0, 200),
      shortcut: undefined,
      usageCount: 0,
      lastUsedAt: undefined,
      createdAt: now,
      updatedAt: now,
    };
    await saveTemplate(copy);
    setEditing({ template: copy, draft: draftOf(copy) });
  };

  const remove = async (template: Template) => {
    await getDb().templates.delete(template.id);
    await bumpRevision();
    if (editing?.template?.id === template.id) setEditing(null);
    setStatus(
      deletedWithUndo(
        t('tplDeleted', { title: template.title }),
        t('undo'),
        t('tplRestored', { title: template.title }),
        () => saveTemplate(template),
        setStatus,
      ),
    );
  };

  return (
    <section aria-labelledby="templates-title">
      <div className="section-head">
        <h2 id="templates-title">{t('tplTitle')}</h2>
        <button type="button" className="primary" onClick={startNew}>
          {t('tplNew')}
        </button>
      </div>
      <p className="lead">{t('tplIntro')}</p>
      <Status message={status} />

      {editing && (
        <TemplateEditor
          key={editing.template?.id ?? 'new'}
          initial={editing.draft}
          isNew={editing.template === null}
          brands={brands}
          clausesFor={clausesFor}
          otherTemplates={templates.filter((tpl) => tpl.id !== editing.template?.id)}
          sampleSignature={settings?.signature ?? ''}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      )}

      <search className="filters" aria-label={t('tplSearch')}>
        <div className="field grow">
          <label htmlFor={`${id}-q`}>{t('tplSearch')}</label>
          <input
            id={`${id}-q`}
            type="search"
            value={filters.query}
            onChange={(e) => setFilter({ query: e.currentTarget.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-brand`}>{t('optBrand')}</label>
          <select
            id={`${id}-brand`}
            value={filters.brand}
            onChange={(e) => setFilter({ brand: e.currentTarget.value })}
          >
            <option value="">{t('optAnyValue')}</option>
            <option value={SHARED}>{t('tplShared')}</option>
            {brands.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-lang`}>{t('optLanguage')}</label>
          <select
            id={`${id}-lang`}
            value={filters.language}
            onChange={(e) => setFilter({ language: e.currentTarget.value as Filters['language'] })}
          >
            <option value="">{t('optAnyValue')}</option>
            <option value="fr">{t('languageFr')}</option>
            <option value="en">{t('languageEn')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-clause`}>{t('optClause')}</label>
          <select
            id={`${id}-clause`}
            value={filters.clause}
            onChange={(e) => setFilter({ clause: e.currentTarget.value })}
          >
            <option value="">{t('optAnyValue')}</option>
            {allClauses.map((clause) => (
              <option key={clause.id} value={clause.id}>
                {clause.name[lang]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-tag`}>{t('tplFilterTag')}</label>
          <select
            id={`${id}-tag`}
            value={filters.tag}
            onChange={(e) => setFilter({ tag: e.currentTarget.value })}
          >
            <option value="">{t('optAnyValue')}</option>
            {allTags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </div>
      </search>

      <p className="help" aria-live="polite">
        {t('tplCount', { count: shown.length, total: templates.length })}
      </p>
      {shown.length === 0 ? (
        <p>{t('tplNoMatch')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('tplFieldTitle')}</th>
              <th scope="col">{t('optLanguage')}</th>
              <th scope="col">{t('optBrand')}</th>
              <th scope="col">{t('tplFieldShortcut')}</th>
              <th scope="col">{t('tplUsageColumn')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('optAction')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((template) => (
              <tr key={template.id}>
                <th scope="row">
                  <span className="cell-title">{template.title}</span>
                  <span className="cell-sub">{template.body}</span>
                </th>
                <td>{template.language.toUpperCase()}</td>
                <td>{brandName(template.brandId)}</td>
                <td>{template.shortcut ? <kbd>{template.shortcut}</kbd> : '—'}</td>
                <td>
                  {template.usageCount > 0
                    ? t('tplUsage', { count: template.usageCount })
                    : t('tplNeverUsed')}
                  {template.lastUsedAt !== undefined && (
                    <span className="cell-sub">
                      {t('tplLastUsed', { date: new Date(template.lastUsedAt).toLocaleDateString(lang) })}
                    </span>
                  )}
                </td>
                <td className="actions">
                  <button
                    type="button"
                    aria-label={t('tplEditOf', { title: template.title })}
                    onClick={() => setEditing({ template, draft: draftOf(template) })}
                  >
                    {t('optEdit')}
                  </button>
                  <button
                    type="button"
                    aria-label={t('tplDuplicateOf', { title: template.title })}
                    onClick={() => void duplicate(template)}
                  >
                    {t('optDuplicate')}
                  </button>
                  <button
                    type="button"
                    className="danger"
                    aria-label={t('tplDeleteOf', { title: template.title })}
                    onClick={() => void remove(template)}
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
