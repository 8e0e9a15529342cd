/** The `tact-guard` element: what the pre-send guard found in the draft, shown beside the reply box. */
import type { Translate } from '@/lib/i18n';
import type { DraftProblem } from '@/lib/insertion/draft-guard';
import { createOverlayElement, type OverlayElement, placeNear } from './overlay';

export class GuardOverlay {
  private element: OverlayElement | null = null;
  private panel: HTMLElement | null = null;
  private anchor: HTMLElement | null = null;

  constructor(private readonly signal: AbortSignal) {}

  private ensure(): HTMLElement {
    if (this.panel) return this.panel;
    this.element = createOverlayElement('tact-guard', this.signal);
    const panel = document.createElement('section');
    panel.className = 'guard';
    panel.setAttribute('role', 'status');
    panel.hidden = true;
    this.element.root.append(panel);
    window.addEventListener('scroll', () => this.reposition(), {
      capture: true,
      passive: true,
      signal: this.signal,
    });
    this.panel = panel;
    return panel;
  }

  show(anchor: HTMLElement, problems: readonly DraftProblem[], t: Translate): void {
    if (problems.length === 0) {
      this.hide();
      return;
    }
    const panel = this.ensure();
    this.anchor = anchor;
    const title = document.createElement('h2');
    title.textContent = t('composerGuardLabel');
    const list = document.createElement('ul');
    for (const problem of problems) {
      const item = document.createElement('li');
      item.textContent = t('composerGuardFinding', {
        words: problem.words.join(', '),
        clause: problem.clauseName,
      });
      list.append(item);
    }
    const note = document.createElement('p');
    note.className = 'note';
    note.textContent = t('composerGuardNote');
    panel.setAttribute('aria-label', t('composerGuardLabel'));
    panel.replaceChildren(title, list, note);
    panel.hidden = false;
    this.reposition();
  }

  hide(): void {
    if (this.panel) this.panel.hidden = true;
    this.anchor = null;
  }

  private reposition(): void {
    if (!this.panel || this.panel.hidden || !this.anchor?.isConnected) return;
    // Above the box: below it sit the site's Send button and the template dialog.
    placeNear(this.panel, this.anchor.getBoundingClientRect(), 420, this.panel.offsetHeight || 110, 'above');
  }
}
