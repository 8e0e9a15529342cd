import { type ClauseSeverity, severityRank } from '@/lib/model';

export interface Segment {
  text: string;
  /** Set on highlighted parts: the most severe clause's severity and every clause that covers the part. */
  mark?: { severity: ClauseSeverity; rules: string[] };
}

/**
 * Cuts a text into plain and highlighted parts from the engine's spans (which may overlap), as the
 * content script paints them: overlapping spans merge, and the merged part shows its most severe clause.
 */
export function markSegments(
  text: string,
  spans: readonly { start: number; end: number; rule: string }[],
  severityOf: (rule: string) => ClauseSeverity,
): Segment[] {
  const sorted = spans
    .filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let at = 0;
  let index = 0;
  while (index < sorted.length) {
    const first = sorted[index] as (typeof sorted)[number];
    let end = first.end;
    const rules = new Set([first.rule]);
    index++;
    while (index < sorted.length && (sorted[index]?.start ?? Number.POSITIVE_INFINITY) < end) {
      const next = sorted[index] as (typeof sorted)[number];
      end = Math.max(end, next.end);
      rules.add(next.rule);
      index++;
    }
    if (first.start > at) segments.push({ text: text.slice(at, first.start) });
    const list = [...rules];
    const severity = list
      .map(severityOf)
      .reduce((worst, s) => (severityRank(s) > severityRank(worst) ? s : worst), 'low' as ClauseSeverity);
    segments.push({ text: text.slice(first.start, end), mark: { severity, rules: list } });
    at = end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at) });
  return segments;
}
