import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { markSegments } from '@/components/options/segments';
import type { MessageKey } from '@/lib/i18n';
import type { Charter, ClauseSeverity, Severity } from '@/lib/model';
import { compileCharter, scanText } from '@/lib/risk';

export const SEVERITY_LABELS: Record<Severity, MessageKey> = {
  none: 'severityNone',
  low: 'severityLow',
  medium: 'severityMedium',
  high: 'severityHigh',
  critical: 'severityCritical',
};

const SAMPLE_LINES =
  'Merci pour votre réponse rapide !\nVous êtes des connards, remboursez-moi\nWrite to me at fan@example.com';

/** Paste comments, see what the content script would flag with this charter as it is now. */
export function CharterTestBench({ charter }: { charter: Charter }) {
  const { t, lang } = useI18n();
  const id = useId();
  const [text, setText] = useState(SAMPLE_LINES);
  const deferred = useDeferredValue(text);
  const compiled = useMemo(() => compileCharter(charter), [charter]);
  const clauses = useMemo(() => new Map(charter.clauses.map((c) => [c.id, c])), [charter]);
  const results = useMemo(
    () =>
      deferred
        .split('\n')
        .slice(0, 500)
        .map((line, index) => ({ index, line, verdict: scanText(compiled, line) }))
        .filter((r) => r.line.trim() !== ''),
    [deferred, compiled],
  );
  const severityOf = (rule: string): ClauseSeverity => clauses.get(rule)?.severity ?? 'medium';
  const nameOf = (rule: string) => clauses.get(rule)?.name[lang] ?? rule;

  return (
    <div className="panel">
      <h3 id={`${id}-heading`}>{t('charterBenchHeading')}</h3>
      <p className="help">{t('charterBenchHelp')}</p>
      <label htmlFor={`${id}-input`}>{t('charterBenchLabel')}</label>
      <textarea id={`${id}-input`} rows={5} value={text} onChange={(e) => setText(e.currentTarget.value)} />
      <ol className="bench-results" aria-label={t('charterBenchResults')}>
        {results.map(({ index, line, verdict }) => {
          const lowered = verdict.findings.filter((f) => f.lowered).map((f) => f.match);
          return (
            <li key={index} data-severity={verdict.severity}>
              <p className="bench-line">
                {markSegments(line, verdict.spans, severityOf).map((segment, i) =>
                  segment.mark ? (
                    <mark
                      // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and rebuilt together
                      key={i}
                      className={`finding finding-${segment.mark.severity}`}
                      title={segment.mark.rules.map(nameOf).join(', ')}
                    >
                      {segment.text}
                    </mark>
                  ) : (
                    // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and rebuilt together
                    <span key={i}>{segment.text}</span>
                  ),
                )}
              </p>
              <p className="bench-verdict">
                <span className={`severity severity-${verdict.severity}`}>
                  {t(SEVERITY_LABELS[verdict.severity])}
                </span>{' '}
                {verdict.rules.length === 0 ? t('charterBenchClean') : verdict.rules.map(nameOf).join(', ')}
              </p>
              {lowered.length > 0 && (
                <p className="help">{t('charterBenchLowered', { words: lowered.join(', ') })}</p>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
