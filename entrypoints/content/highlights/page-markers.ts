/** The page markers of DESIGN.md contract 2, the only attributes Tact writes on the site's elements. */
import type { Severity } from '@/lib/model';

export const RISK_ATTRIBUTE = 'data-tact-risk';
export const RULES_ATTRIBUTE = 'data-tact-rules';

export function markJudged(container: Element, severity: Severity, rules: readonly string[]): void {
  if (container.getAttribute(RISK_ATTRIBUTE) !== severity) container.setAttribute(RISK_ATTRIBUTE, severity);
  const value = severity === 'none' ? null : rules.join(' ');
  if (value === null) {
    if (container.hasAttribute(RULES_ATTRIBUTE)) container.removeAttribute(RULES_ATTRIBUTE);
  } else if (container.getAttribute(RULES_ATTRIBUTE) !== value) {
    container.setAttribute(RULES_ATTRIBUTE, value);
  }
}

export function unmark(container: Element): void {
  container.removeAttribute(RISK_ATTRIBUTE);
  container.removeAttribute(RULES_ATTRIBUTE);
}
