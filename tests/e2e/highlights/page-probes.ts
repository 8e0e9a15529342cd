/** Functions evaluated in the fixture page's main world: what a user (or the page itself) can observe. */

export interface JudgedComment {
  text: string;
  risk: string | null;
  rules: string | null;
}

export function judgedComments(container: string): JudgedComment[] {
  return Array.from(document.querySelectorAll(container)).map((el) => ({
    text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
    risk: el.getAttribute('data-tact-risk'),
    rules: el.getAttribute('data-tact-rules'),
  }));
}

/** Texts painted by each of Tact's highlights, read from the page's own CSS.highlights registry. */
export function paintedTexts(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  if (!registry) return out;
  for (const name of ['tact-low', 'tact-medium', 'tact-high', 'tact-critical']) {
    const highlight = registry.get(name);
    if (!highlight) continue;
    out[name] = Array.from(highlight).map((range) => {
      const r = document.createRange();
      r.setStart(range.startContainer, range.startOffset);
      r.setEnd(range.endContainer, range.endOffset);
      return r.toString();
    });
  }
  return out;
}

export interface BadgeView {
  /** The badge's visible text. */
  text: string;
  name: string | null;
  expanded: string | null;
  panel: string;
  panelHidden: boolean;
  /** Text of the comment the badge stands beside. */
  comment: string;
}

export function badges(container: string): BadgeView[] {
  return Array.from(document.querySelectorAll('tact-badge')).map((badge) => {
    const button = badge.shadowRoot?.querySelector('button');
    const panel = badge.shadowRoot?.querySelector('[role="dialog"]') as HTMLElement | null;
    return {
      text: (button?.textContent ?? '').trim(),
      name: button?.getAttribute('aria-label') ?? null,
      expanded: button?.getAttribute('aria-expanded') ?? null,
      panel: (panel?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      panelHidden: panel?.hidden ?? true,
      comment: (badge.closest(container)?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    };
  });
}

export function counter(id: string): number {
  return Number(document.getElementById(id)?.textContent ?? 'NaN');
}
