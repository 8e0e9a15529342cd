/**
 * The look of painted words, one style per severity. Translucent backgrounds keep the site's own text
 * colour readable on light and dark themes; the underline still shows where colours are hard to tell apart.
 */
import type { ClauseSeverity } from '@/lib/model';

export const HIGHLIGHT_NAMES: Record<ClauseSeverity, string> = {
  low: 'tact-low',
  medium: 'tact-medium',
  high: 'tact-high',
  critical: 'tact-critical',
};

const COLORS: Record<ClauseSeverity, string> = {
  low: '37 99 235',
  medium: '217 119 6',
  high: '220 38 38',
  critical: '190 18 60',
};

const HIGHLIGHT_CSS = (Object.keys(HIGHLIGHT_NAMES) as ClauseSeverity[])
  .map((severity) => {
    const rgb = COLORS[severity];
    const alpha = severity === 'low' ? 0.18 : severity === 'medium' ? 0.24 : 0.32;
    const line = severity === 'low' ? 'dotted' : 'wavy';
    return `::highlight(${HIGHLIGHT_NAMES[severity]}) { background-color: rgb(${rgb} / ${alpha}); text-decoration: underline ${line} rgb(${rgb}); text-decoration-thickness: 2px; }`;
  })
  .join('\n');

/**
 * Adopts a constructed stylesheet on the document, so nothing is written into the page's DOM. Where the
 * browser refuses one from a content script, a <style> in <head> is the fallback. Returns `ensure`,
 * which re-adopts the sheet if the page replaced document.adoptedStyleSheets, and `remove`.
 */
export function installHighlightStyles(): { ensure(): void; remove(): void } {
  let sheet: CSSStyleSheet | null = null;
  let style: HTMLStyleElement | null = null;
  const adopt = (): boolean => {
    try {
      sheet ??= new CSSStyleSheet();
      if (sheet.cssRules.length === 0) sheet.replaceSync(HIGHLIGHT_CSS);
      if (!document.adoptedStyleSheets.includes(sheet)) {
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }
      return document.adoptedStyleSheets.includes(sheet);
    } catch {
      return false;
    }
  };
  const ensure = () => {
    if (style?.isConnected) return;
    if (adopt()) return;
    style = document.createElement('style');
    style.dataset.tact = 'highlights';
    style.textContent = HIGHLIGHT_CSS;
    (document.head ?? document.documentElement).append(style);
  };
  ensure();
  return {
    ensure,
    remove() {
      try {
        if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      } catch {
        // The sheet only styles our highlight names; once the highlights are gone it paints nothing.
      }
      style?.remove();
    },
  };
}
