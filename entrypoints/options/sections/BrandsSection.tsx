import { useId, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { createBrand, deleteBrand, undoDeleteBrand, updateBrand } from '@/components/options/brand-actions';
import { saveSettings, useBrands, useSettings } from '@/components/options/data';
import { EditorForm } from '@/components/options/EditorForm';
import { deletedWithUndo, Status, type StatusMessage } from '@/components/options/Status';
import { brandForUrl, urlMatchesPattern } from '@/lib/brands';
import { type Brand, BrandSchema, describeZodError, type Lang } from '@/lib/model';

interface BrandDraft {
  name: string;
  signature: string;
  language: Lang;
  ownedPages: string;
}

function BrandEditor({
  brand,
  onDone,
  onSaved,
}: {
  brand: Brand | null;
  onDone: () => void;
  onSaved: (name: string) => void;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState<BrandDraft>({
    name: brand?.name ?? '',
    signature: brand?.signature ?? '',
    language: brand?.language ?? lang,
    ownedPages: brand?.ownedPages.join('\n') ?? '',
  });
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<BrandDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const save = async () => {
    const fields = {
      name: draft.name.trim(),
      signature: draft.signature.trim(),
      language: draft.language,
      ownedPages: draft.ownedPages
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    };
    const now = Date.now();
    const candidate = {
      ...fields,
      id: brand?.id ?? 'new',
      charterId: brand?.charterId ?? 'new',
      createdAt: now,
      updatedAt: now,
    };
    const parsed = BrandSchema.safeParse(candidate);
    if (!parsed.success) {
      setError(describeZodError(parsed.error));
      return;
    }
    if (brand) await updateBrand({ ...brand, ...fields });
    else await createBrand(fields);
    onSaved(fields.name);
  };

  return (
    <EditorForm
      id={id}
      heading={brand ? t('brandsEditorEdit') : t('brandsEditorNew')}
      error={error}
      onSubmit={() => void save()}
      onCancel={onDone}
    >
      <div className="grid-2">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('brandsFieldName')}</label>
          <input
            id={`${id}-name`}
            required
            value={draft.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-signature`}>{t('brandsFieldSignature')}</label>
          <input
            id={`${id}-signature`}
            value={draft.signature}
            onChange={(e) => set({ signature: e.currentTarget.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-language`}>{t('brandsFieldLanguage')}</label>
          <select
            id={`${id}-language`}
            value={draft.language}
            onChange={(e) => set({ language: e.currentTarget.value as Lang })}
          >
            <option value="fr">{t('languageFr')}</option>
            <option value="en">{t('languageEn')}</option>
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-pages`}>{t('brandsFieldPages')}</label>
        <textarea
          id={`${id}-pages`}
          rows={4}
          value={draft.ownedPages}
          aria-describedby={`${id}-pages-help`}
          onChange={(e) => set({ ownedPages: e.currentTarget.value })}
        />
        <p id={`${id}-pages-help`} className="help">
          {t('brandsPagesExample')}
        </p>
      </div>
      {!brand && <p className="help">{t('brandsNewCharterNote')}</p>}
    </EditorForm>
  );
}

function WhereActive({ brands, activeBrandId }: { brands: readonly Brand[]; activeBrandId: string | null }) {
  const { t } = useI18n();
  const id = useId();
  const [url, setUrl] = useState('');
  const brand = url.trim() ? brandForUrl(brands, url.trim(), activeBrandId) : null;
  const owned = brand?.ownedPages.some((pattern) => urlMatchesPattern(url.trim(), pattern)) ?? false;
  return (
    <div className="panel">
      <h3>{t('brandsWhereHeading')}</h3>
      <p className="help">{t('brandsWhereExplain')}</p>
      <div className="field">
        <label htmlFor={`${id}-url`}>{t('brandsTestUrl')}</label>
        <input
          id={`${id}-url`}
          type="url"
          value={url}
          placeholder="https://x.com/…"
          onChange={(e) => setUrl(e.currentTarget.value)}
        />
      </div>
      <p role="status">
        {brand &&
          (owned
            ? t('brandsTestResultOwned', { name: brand.name })
            : t('brandsTestResultActive', { name: brand.name }))}
      </p>
    </div>
  );
}

export function BrandsSection() {
  const { t } = useI18n();
  const brands = useBrands();
  const settings = useSettings();
  const [editing, setEditing] = useState<{ brand: Brand | null } | null>(null);
  const [status, setStatus] = useState<StatusMessage>(null);

  if (!brands || !settings) return <p>{t('loading')}</p>;
  const activeId = settings.activeBrandId ?? brands[0]?.id ?? null;

  const remove = async (brand: Brand) => {
    const deleted = await deleteBrand(brand);
    setStatus(
      deletedWithUndo(
        t('brandsDeleted', { name: brand.name }),
        t('undo'),
        t('brandsRestored', { name: brand.name }),
        () => undoDeleteBrand(deleted),
        setStatus,
      ),
    );
  };

  return (
    <section aria-labelledby="brands-title">
      <div className="section-head">
        <h2 id="brands-title">{t('brandsTitle')}</h2>
        <button type="button" className="primary" onClick={() => setEditing({ brand: null })}>
          {t('brandsNew')}
        </button>
      </div>
      <p className="lead">{t('brandsIntro')}</p>
      <Status message={status} />
      {editing && (
        <BrandEditor
          key={editing.brand?.id ?? 'new'}
          brand={editing.brand}
          onDone={() => setEditing(null)}
          onSaved={(name) => {
            setEditing(null);
            setStatus({ kind: 'info', text: t('brandsSaved', { name }) });
          }}
        />
      )}
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('brandsFieldName')}</th>
            <th scope="col">{t('brandsFieldLanguage')}</th>
            <th scope="col">{t('brandsFieldSignature')}</th>
            <th scope="col">{t('brandsColumnPages')}</th>
            <th scope="col">{t('brandsActive')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('optAction')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {brands.map((brand) => (
            <tr key={brand.id}>
              <th scope="row" className="cell-title">
                {brand.name}
              </th>
              <td>{brand.language.toUpperCase()}</td>
              <td>{brand.signature || '—'}</td>
              <td>
                {brand.ownedPages.length === 0
                  ? '—'
                  : brand.ownedPages.map((pattern) => (
                      <code key={pattern} className="cell-sub">
                        {pattern}
                      </code>
                    ))}
              </td>
              <td>
                <input
                  type="radio"
                  name="active-brand"
                  aria-label={t('brandsMakeActive', { name: brand.name })}
                  checked={brand.id === activeId}
                  onChange={() => void saveSettings({ activeBrandId: brand.id })}
                />
                {brand.id === activeId && <span> {t('brandsIsActive')}</span>}
              </td>
              <td className="actions">
                <button
                  type="button"
                  aria-label={t('brandsEditOf', { name: brand.name })}
                  onClick={() => setEditing({ brand })}
                >
                  {t('optEdit')}
                </button>
                <button
                  type="button"
                  className="danger"
                  aria-label={t('brandsDeleteOf', { name: brand.name })}
                  title={brands.length === 1 ? t('brandsLastOne') : undefined}
                  disabled={brands.length === 1}
                  onClick={() => void remove(brand)}
                >
                  {t('delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <WhereActive brands={brands} activeBrandId={activeId} />
    </section>
  );
}
