/**
 * The badge beside a risky comment: a `tact-badge` element with an open shadow root (no custom element
 * registration: content scripts have no customElements registry in Chrome). Its button names the severity
 * and clauses and opens the panel; the page's listeners never see our clicks and keys.
 */

import { type PanelView, renderPanel, severityLabel } from './badge-panel';
import { BADGE_CSS } from './badge-styles';

/** Events that would otherwise bubble to the site (X opens a tweet on click, shortcuts on keydown). */
const ISOLATED_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'touchstart',
  'touchend',
  'keydown',
  'keyup',
  'keypress',
  'input',
  'beforeinput',
  'focusin',
  'focusout',
] as const;

let sharedSheet: CSSStyleSheet | null | undefined;

/**
 * One constructed stylesheet shared by every badge (parsing a <style> per badge cost ~0.3 ms each on a
 * page of a hundred risky comments); a <style> of our own where the browser refuses adoption.
 */
function adoptBadgeStyles(shadow: ShadowRoot): void {
  if (sharedSheet === undefined) {
    try {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(BADGE_CSS);
    } catch {
      sharedSheet = null;
    }
  }
  if (sharedSheet) {
    try {
      shadow.adoptedStyleSheets = [sharedSheet];
      if (shadow.adoptedStyleSheets.length === 1) return;
    } catch {
      sharedSheet = null;
    }
  }
  const style = document.createElement('style');
  style.textContent = BADGE_CSS;
  shadow.append(style);
}

export class TactBadge {
  readonly host: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly names: HTMLElement;
  private readonly severity: HTMLElement;
  private readonly panel: HTMLElement;
  private view: PanelView | null = null;
  private rendered = false;
  private panelAbort: AbortController | null = null;

  constructor(private readonly signal: AbortSignal) {
    this.host = document.createElement('tact-badge');
    const shadow = this.host.attachShadow({ mode: 'open' });
    this.button = document.createElement('button');
    this.button.type = 'button';
    this.button.className = 'chip';
    this.button.setAttribute('aria-expanded', 'false');
    this.button.setAttribute('aria-controls', 'panel');
    this.severity = document.createElement('span');
    this.names = document.createElement('span');
    this.names.className = 'names';
    this.button.append(this.severity, this.names);
    this.panel = document.createElement('div');
    this.panel.id = 'panel';
    this.panel.className = 'panel';
    this.panel.setAttribute('role', 'dialog');
    this.panel.hidden = true;
    adoptBadgeStyles(shadow);
    shadow.append(this.button, this.panel);

    for (const type of ISOLATED_EVENTS) {
      this.host.addEventListener(type, (event) => event.stopPropagation(), { signal });
    }
    this.button.addEventListener('click', () => this.setOpen(this.panel.hidden), { signal });
    this.panel.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Escape') return;
        this.setOpen(false);
        this.button.focus();
      },
      { signal },
    );
  }

  update(view: PanelView): void {
    this.view = view;
    const { explanation, t } = view;
    const severity = severityLabel(t, explanation.severity);
    const names = explanation.clauses.map((c) => c.name).join(', ');
    this.button.className = `chip ${explanation.severity}`;
    this.severity.textContent = `⚠ ${severity}`;
    this.names.textContent = names ? `· ${names}` : '';
    this.button.setAttribute(
      'aria-label',
      t('highlightsBadgeName', { severity: severity.toLowerCase(), clauses: names }),
    );
    this.panel.setAttribute('aria-label', t('highlightsPanelTitle'));
    this.rendered = false;
    if (!this.panel.hidden) this.render();
  }

  setOpen(open: boolean): void {
    if (open) this.render();
    this.panel.hidden = !open;
    this.host.classList.toggle('tact-open', open);
    this.button.setAttribute('aria-expanded', String(open));
  }

  /** The panel is built on first opening: most badges are never opened. */
  private render(): void {
    if (this.rendered || !this.view) return;
    this.panelAbort?.abort();
    this.panelAbort = new AbortController();
    const signal = AbortSignal.any
      ? AbortSignal.any([this.signal, this.panelAbort.signal])
      : this.panelAbort.signal;
    renderPanel(this.panel, this.view, signal);
    this.rendered = true;
  }

  remove(): void {
    this.panelAbort?.abort();
    this.host.remove();
  }
}
