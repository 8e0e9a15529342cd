/** The panel a badge opens: why the comment was flagged, and the approved replies for its clauses. */
import type { MessageKey, Translate } from '@/lib/i18n';
import type { RecommendedAction, Severity, Template } from '@/lib/model';
import type { Explanation } from './explain';

export type TemplateOutcome = 'inserted' | 'copied' | { failed: string };

export interface PanelView {
  explanation: Explanation;
  t: Translate;
  chooseTemplate(template: Template): Promise<TemplateOutcome>;
}

const ACTION_KEYS: Record<RecommendedAction, MessageKey> = {
  reply: 'actionReply',
  reply_private: 'actionReplyPrivate',
  hide: 'actionHide',
  delete: 'actionDelete',
  report: 'actionReport',
  ban: 'actionBan',
  escalate: 'actionEscalate',
  monitor: 'actionMonitor',
};

const SEVERITY_KEYS: Record<Severity, MessageKey> = {
  none: 'severityNone',
  low: 'severityLow',
  medium: 'severityMedium',
  high: 'severityHigh',
  critical: 'severityCritical',
};

export function severityLabel(t: Translate, severity: Severity): string {
  return t(SEVERITY_KEYS[severity]);
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

/** Fills `panel` (the dialog element in the badge's shadow root) for `view`. */
export function renderPanel(panel: HTMLElement, view: PanelView, signal: AbortSignal): void {
  const { explanation, t } = view;
  const title = element('h2', t('highlightsPanelTitle'));
  const status = element('p', '', 'status');
  status.setAttribute('role', 'status');
  panel.replaceChildren(title);

  for (const clause of explanation.clauses) {
    const section = element('section');
    section.append(element('h3', clause.name));
    section.append(
      element('p', t('highlightsClauseSeverity', { severity: severityLabel(t, clause.severity) }), 'label'),
    );
    if (clause.words.length > 0) {
      const words = element('p');
      words.append(element('span', `${t('highlightsWords')} `, 'label'));
      clause.words.forEach((word, index) => {
        if (index > 0) words.append(', ');
        words.append(element('mark', word));
      });
      section.append(words);
    }
    if (clause.action) {
      const action = element('p');
      action.append(
        element('span', `${t('highlightsRecommended')} `, 'label'),
        t(ACTION_KEYS[clause.action]),
      );
      if (clause.actionNote) action.append(` — ${clause.actionNote}`);
      section.append(action);
    }
    section.append(element('p', t('highlightsTemplates'), 'label'));
    if (clause.templates.length === 0) {
      section.append(element('p', t('highlightsNoTemplates')));
    } else {
      const list = element('ul');
      for (const template of clause.templates) {
        const button = element('button', template.title, 'template');
        button.type = 'button';
        button.setAttribute('aria-label', t('highlightsUseTemplate', { title: template.title }));
        button.append(element('span', template.language, 'lang'));
        button.addEventListener(
          'click',
          () => {
            status.textContent = '';
            void view.chooseTemplate(template).then((outcome) => {
              if (outcome === 'inserted') status.textContent = t('highlightsInserted');
              else if (outcome === 'copied') status.textContent = t('highlightsCopied');
              else {
                status.textContent = t('highlightsCopyFailed');
                const fallback = element('textarea');
                fallback.readOnly = true;
                fallback.value = outcome.failed;
                status.after(fallback);
                fallback.select();
              }
            });
          },
          { signal },
        );
        const item = element('li');
        item.append(button);
        list.append(item);
      }
      section.append(list);
    }
    panel.append(section);
  }
  panel.append(status);
}
