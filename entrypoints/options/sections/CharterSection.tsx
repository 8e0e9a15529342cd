import { useId, useState } from 'react';
import { useI18n } from '@/components/i18n';
import {
  type ClauseEdits,
  type ClauseTransform,
  clauseEditsFor,
  saveCharter,
} from '@/components/options/charter-edits';
import { activeBrandOf, useBrands, useCharter, useSettings, useTemplates } from '@/components/options/data';
import { Status, type StatusMessage } from '@/components/options/Status';
import type { Charter } from '@/lib/model';
import { CharterPackPanel } from './CharterPackPanel';
import { CharterTestBench } from './CharterTestBench';
import { ClauseEditor } from './ClauseEditor';

export function CharterSection() {
  const { t, lang } = useI18n();
  const id = useId();
  const brands = useBrands();
  const settings = useSettings();
  const templates = useTemplates();
  const [chosenBrandId, setChosenBrandId] = useState<string | null>(null);
  const [status, setStatus] = useState<StatusMessage>(null);
  const brand =
    brands?.find((b) => b.id === chosenBrandId) ?? (brands ? activeBrandOf(brands, settings) : undefined);
  const charter = useCharter(brand?.charterId);

  if (!brands || !settings || !templates || charter === undefined) return <p>{t('loading')}</p>;

  const apply = (current: Charter) => (transform: ClauseTransform) => {
    saveCharter(transform(current)).then(
      () => setStatus({ kind: 'info', text: t('charterSaved') }),
      (error: unknown) =>
        setStatus({
          kind: 'error',
          text: t('errorGeneric', { message: error instanceof Error ? error.message : String(error) }),
        }),
    );
  };
  const brandTemplates = templates
    .filter((tpl) => tpl.brandId === null || tpl.brandId === brand?.id)
    .sort((a, b) => a.title.localeCompare(b.title, lang));

  return (
    <section aria-labelledby="charter-title">
      <h2 id="charter-title">{t('charterTitle')}</h2>
      <p className="lead">{t('charterIntro')}</p>
      {brands.length === 0 ? (
        <p>{t('optNoBrandYet')}</p>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-brand`}>{t('charterBrand')}</label>
          <select
            id={`${id}-brand`}
            value={brand?.id ?? ''}
            onChange={(e) => setChosenBrandId(e.currentTarget.value)}
          >
            {brands.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <Status message={status} />
      {brand && charter === null && <p role="alert">{t('charterMissing')}</p>}
      {charter && (
        <>
          <CharterTestBench charter={charter} />
          <h3>{t('charterClausesHeading')}</h3>
          {charter.clauses.map((clause) => {
            const edits: ClauseEdits = clauseEditsFor(clause.id, apply(charter));
            return <ClauseEditor key={clause.id} clause={clause} templates={brandTemplates} edits={edits} />;
          })}
          <CharterPackPanel charter={charter} onStatus={setStatus} />
        </>
      )}
    </section>
  );
}
