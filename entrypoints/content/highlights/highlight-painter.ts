/**
 * Paints risky words with the CSS Custom Highlight API: one Highlight per severity in CSS.highlights, the
 * site's text nodes untouched. Where the API is missing the painter does nothing and the badge still shows.
 */
import type { ClauseSeverity } from '@/lib/model';
import { spanToNodes, type TextMap } from '@/lib/sites/text-map';
import { HIGHLIGHT_NAMES } from './highlight-styles';

export interface PaintSpan {
  start: number;
  end: number;
  severity: ClauseSeverity;
}

export type PaintedRanges = Array<{ severity: ClauseSeverity; range: Range }>;

export class HighlightPainter {
  private readonly highlights = new Map<ClauseSeverity, Highlight>();
  readonly supported: boolean;

  constructor() {
    this.supported = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
    if (!this.supported) return;
    for (const [severity, name] of Object.entries(HIGHLIGHT_NAMES) as [ClauseSeverity, string][]) {
      const highlight = new Highlight();
      this.highlights.set(severity, highlight);
      CSS.highlights.set(name, highlight);
    }
  }

  /** Ranges over the page's text for the spans of a comment read into `map`. */
  paint(map: TextMap, spans: readonly PaintSpan[]): PaintedRanges {
    if (!this.supported) return [];
    const painted: PaintedRanges = [];
    for (const span of spans) {
      const points = spanToNodes(map, span.start, span.end);
      if (!points) continue;
      const range = document.createRange();
      range.setStart(points.startNode, points.startOffset);
      range.setEnd(points.endNode, points.endOffset);
      this.highlights.get(span.severity)?.add(range);
      painted.push({ severity: span.severity, range });
    }
    return painted;
  }

  erase(painted: PaintedRanges): void {
    for (const { severity, range } of painted) this.highlights.get(severity)?.delete(range);
  }

  /** Re-registers our highlights if the page cleared CSS.highlights. */
  ensureRegistered(): void {
    if (!this.supported) return;
    for (const [severity, highlight] of this.highlights) {
      const name = HIGHLIGHT_NAMES[severity];
      if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
    }
  }

  dispose(): void {
    if (!this.supported) return;
    for (const [severity, highlight] of this.highlights) {
      highlight.clear();
      const name = HIGHLIGHT_NAMES[severity];
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    }
  }
}
