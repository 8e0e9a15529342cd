import { useId, useMemo, useRef, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { EditorForm } from '@/components/options/EditorForm';
import type { MessageKey } from '@/lib/i18n';
import {
  type Brand,
  type Clause,
  describeZodError,
  type Lang,
  type Template,
  TemplateSchema,
} from '@/lib/model';
import {
  checkLength,
  renderTemplate,
  TEMPLATE_VARIABLES,
  type TemplateVariable,
  templateValues,
} from '@/lib/templates/render';

const VARIABLE_HELP: Record<TemplateVariable, MessageKey> = {
  firstName: 'tplVarFirstName',
  name: 'tplVarName',
  brand: 'tplVarBrand',
  signature: 'tplVarSignature',
  date: 'tplVarDate',
  platform: 'tplVarPlatform',
};

export interface TemplateDraft {
  title: string;
  body: string;
  language: Lang;
  brandId: string | null;
  tags: string;
  shortcut: string;
  clauseIds: string[];
}

export function draftOf(template: Template): TemplateDraft {
  return {
    title: template.title,
    body: template.body,
    language: template.language,
    brandId: template.brandId,
    tags: template.tags.join(', '),
    shortcut: template.shortcut ?? '',
    clauseIds: [...template.clauseIds],
  };
}

/** Builds the stored record from the form; zod says which field is wrong. */
export function templateFromDraft(
  draft: TemplateDraft,
  base: Template | null,
  id: string,
  now: number,
): { ok: true; template: Template } | { ok: false; error: string } {
  const candidate = {
    id,
    brandId: draft.brandId,
    language: draft.language,
    title: draft.title.trim(),
    body: draft.body.trim(),
    tags: draft.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    shortcut: draft.shortcut.trim() || undefined,
    clauseIds: draft.clauseIds,
    usageCount: base?.usageCount ?? 0,
    lastUsedAt: base?.lastUsedAt,
    createdAt: base?.createdAt ?? now,
    updatedAt: now,
  };
  const parsed = TemplateSchema.safeParse(candidate);
  return parsed.success
    ? { ok: true, template: parsed.data }
    : { ok: false, error: describeZodError(parsed.error) };
}

interface Props {
  initial: TemplateDraft;
  isNew: boolean;
  brands: readonly Brand[];
  /** Clauses of the charter of a brand (null: the active brand), offered as links. */
  clausesFor: (brandId: string | null) => readonly Clause[];
  otherTemplates: readonly Template[];
  sampleSignature: string;
  onSave: (draft: TemplateDraft) => Promise<string | null>;
  onCancel: () => void;
}

export function TemplateEditor({
  initial,
  isNew,
  brands,
  clausesFor,
  otherTemplates,
  sampleSignature,
  onSave,
  onCancel,
}: Props) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const field = (name: string) => `${id}-${name}`;
  const set = (patch: Partial<TemplateDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const brand = brands.find((b) => b.id === draft.brandId);
  const clauses = clausesFor(draft.brandId);
  const preview = useMemo(() => {
    const values = templateValues({
      authorName: 'Camille Martin',
      brandName: brand?.name ?? brands[0]?.name,
      signature: brand?.signature || sampleSignature,
      platform: 'x',
      language: draft.language,
      now: Date.now(),
    });
    const rendered = renderTemplate(draft.body, values);
    return { ...rendered, length: checkLength(rendered.text, 'x') };
  }, [draft.body, draft.language, brand, brands, sampleSignature]);

  const shortcut = draft.shortcut.trim().toLowerCase();
  const clash = shortcut
    ? otherTemplates.find((other) => other.shortcut?.toLowerCase() === shortcut)
    : undefined;

  const insertVariable = (variable: TemplateVariable) => {
    const area = bodyRef.current;
    const token = `{{${variable}}}`;
    const start = area?.selectionStart ?? draft.body.length;
    const end = area?.selectionEnd ?? draft.body.length;
    set({ body: draft.body.slice(0, start) + token + draft.body.slice(end) });
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  return (
    <EditorForm
      id={id}
      heading={isNew ? t('tplEditorNew') : t('tplEditorEdit')}
      error={error}
      onSubmit={() => void onSave(draft).then(setError)}
      onCancel={onCancel}
    >
      <div className="grid-2">
        <div className="field">
          <label htmlFor={field('title')}>{t('tplFieldTitle')}</label>
          <input
            id={field('title')}
            required
            value={draft.title}
            onChange={(e) => set({ title: e.currentTarget.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={field('shortcut')}>{t('tplFieldShortcut')}</label>
          <input
            id={field('shortcut')}
            value={draft.shortcut}
            aria-describedby={clash ? field('clash') : undefined}
            onChange={(e) => set({ shortcut: e.currentTarget.value })}
          />
          {clash && (
            <p id={field('clash')} className="warning">
              {t('tplShortcutTaken', { shortcut: draft.shortcut.trim(), title: clash.title })}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={field('language')}>{t('optLanguage')}</label>
          <select
            id={field('language')}
            value={draft.language}
            onChange={(e) => set({ language: e.currentTarget.value as Lang })}
          >
            <option value="fr">{t('languageFr')}</option>
            <option value="en">{t('languageEn')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={field('brand')}>{t('optBrand')}</label>
          <select
            id={field('brand')}
            value={draft.brandId ?? ''}
            onChange={(e) => set({ brandId: e.currentTarget.value || null })}
          >
            <option value="">{t('tplShared')}</option>
            {brands.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={field('body')}>{t('tplFieldBody')}</label>
        <textarea
          id={field('body')}
          ref={bodyRef}
          required
          rows={5}
          value={draft.body}
          onChange={(e) => set({ body: e.currentTarget.value })}
        />
      </div>
      <details className="variables">
        <summary>{t('tplVariablesHeading')}</summary>
        <p className="help">{t('tplVariablesHelp')}</p>
        <ul>
          {TEMPLATE_VARIABLES.map((variable) => (
            <li key={variable}>
              <button
                type="button"
                className="link"
                onClick={() => insertVariable(variable)}
                aria-label={t('tplInsertVariable', { variable: `{{${variable}}}` })}
              >
                <code>{`{{${variable}}}`}</code>
              </button>{' '}
              {t(VARIABLE_HELP[variable])}
            </li>
          ))}
        </ul>
      </details>
      <section className="preview" aria-labelledby={field('preview')}>
        <h4 id={field('preview')}>{t('tplPreviewHeading')}</h4>
        <p className="help">{t('tplPreviewSample')}</p>
        <output className="preview-text" htmlFor={field('body')} lang={draft.language}>
          {preview.text}
        </output>
        <p className={preview.length.over ? 'warning' : 'help'}>
          {preview.length.over
            ? t('tplPreviewTooLong', { length: preview.length.length, limit: preview.length.limit ?? 0 })
            : t('tplPreviewLength', { length: preview.length.length })}
        </p>
        {preview.unknown.length > 0 && (
          <p className="warning">{t('tplPreviewUnknown', { names: preview.unknown.join(', ') })}</p>
        )}
      </section>
      <div className="field">
        <label htmlFor={field('tags')}>{t('tplFieldTags')}</label>
        <input id={field('tags')} value={draft.tags} onChange={(e) => set({ tags: e.currentTarget.value })} />
      </div>
      <fieldset>
        <legend>{t('tplFieldClauses')}</legend>
        {clauses.length === 0 && <p className="help">{t('tplNoClauses')}</p>}
        <div className="checks">
          {clauses.map((clause) => (
            <label key={clause.id} className="check">
              <input
                type="checkbox"
                checked={draft.clauseIds.includes(clause.id)}
                onChange={(e) => {
                  const checked = e.currentTarget.checked;
                  set({
                    clauseIds: checked
                      ? [...draft.clauseIds, clause.id]
                      : draft.clauseIds.filter((c) => c !== clause.id),
                  });
                }}
              />
              {clause.name[lang]}
            </label>
          ))}
        </div>
      </fieldset>
    </EditorForm>
  );
}
