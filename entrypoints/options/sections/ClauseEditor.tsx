import { useId } from 'react';
import { useI18n } from '@/components/i18n';
import type { ClauseEdits } from '@/components/options/charter-edits';
import { detectorLabel } from '@/components/options/labels';
import type { MessageKey } from '@/lib/i18n';
import {
  ACTIONS,
  type Clause,
  type ClauseSeverity,
  LANGS,
  type Lang,
  type RecommendedAction,
  type Template,
} from '@/lib/model';
import { SEVERITY_LABELS } from './CharterTestBench';
import { TermChips } from './TermChips';

export const ACTION_LABELS: Record<RecommendedAction, MessageKey> = {
  reply: 'actionReply',
  reply_private: 'actionReplyPrivate',
  hide: 'actionHide',
  delete: 'actionDelete',
  report: 'actionReport',
  ban: 'actionBan',
  escalate: 'actionEscalate',
  monitor: 'actionMonitor',
};

const CLAUSE_SEVERITIES: ClauseSeverity[] = ['low', 'medium', 'high', 'critical'];

interface Props {
  clause: Clause;
  templates: readonly Template[];
  edits: ClauseEdits;
}

export function ClauseEditor({ clause, templates, edits }: Props) {
  const { t, lang } = useI18n();
  const id = useId();
  const langName = (l: Lang) => t(l === 'fr' ? 'languageFr' : 'languageEn');
  return (
    <details className={clause.enabled ? 'clause' : 'clause disabled'}>
      <summary>
        <span className="cell-title">{clause.name[lang]}</span>
        <span className={`severity severity-${clause.severity}`}>{t(SEVERITY_LABELS[clause.severity])}</span>
        {!clause.enabled && <span className="help">({t('charterClauseOff')})</span>}
      </summary>
      <section className="clause-body" aria-label={clause.name[lang]}>
        {clause.description && <p className="help">{clause.description[lang]}</p>}
        <div className="grid-2">
          <div className="checkbox field">
            <input
              id={`${id}-enabled`}
              type="checkbox"
              checked={clause.enabled}
              onChange={(e) => edits.setEnabled(e.currentTarget.checked)}
            />
            <label htmlFor={`${id}-enabled`}>{t('charterEnabled')}</label>
          </div>
          <div className="field">
            <label htmlFor={`${id}-severity`}>{t('charterSeverity')}</label>
            <select
              id={`${id}-severity`}
              value={clause.severity}
              onChange={(e) => edits.setSeverity(e.currentTarget.value as ClauseSeverity)}
            >
              {CLAUSE_SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {t(SEVERITY_LABELS[s])}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-action`}>{t('charterAction')}</label>
            <select
              id={`${id}-action`}
              value={clause.action}
              onChange={(e) => edits.setAction(e.currentTarget.value as RecommendedAction)}
            >
              {ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {t(ACTION_LABELS[a])}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="grid-2">
          {LANGS.map((l) => (
            <div key={l}>
              <TermChips
                label={t('charterTerms', { lang: langName(l) })}
                terms={clause.terms[l]}
                onAdd={(term) => edits.addTerm(l, term)}
                onRemove={(term) => edits.removeTerm(l, term)}
              />
              <TermChips
                label={t('charterAllowed', { lang: langName(l) })}
                terms={clause.allowed[l]}
                variant="allowed"
                onAdd={(term) => edits.allowTerm(l, term)}
                onRemove={(term) => edits.removeAllowed(l, term)}
              />
            </div>
          ))}
        </div>
        {clause.detectors.length > 0 && (
          <p className="help">
            {t('charterDetectors', { list: clause.detectors.map((d) => detectorLabel(t, d)).join(', ') })}
          </p>
        )}
        <fieldset>
          <legend>{t('charterLinkedTemplates')}</legend>
          {templates.length === 0 && <p className="help">{t('charterNoTemplates')}</p>}
          <div className="checks">
            {templates.map((template) => (
              <label key={template.id} className="check">
                <input
                  type="checkbox"
                  checked={clause.templateIds.includes(template.id)}
                  onChange={(e) => {
                    const checked = e.currentTarget.checked;
                    edits.setTemplates(
                      checked
                        ? [...clause.templateIds, template.id]
                        : clause.templateIds.filter((tid) => tid !== template.id),
                    );
                  }}
                />
                {template.title} <span className="help">({template.language.toUpperCase()})</span>
              </label>
            ))}
          </div>
        </fieldset>
      </section>
    </details>
  );
}
