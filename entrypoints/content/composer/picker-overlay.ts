/** The `tact-picker` element: the "Insert template" button beside the focused reply box, and the dialog. */
import { reportError } from '../report-error';
import { createOverlayElement, type OverlayElement, placeNear } from './overlay';
import type { PickerDialogProps } from './PickerDialog';
import type { PickerRoot } from './picker-root';

const BUTTON_SIZE = 28;
const DIALOG_WIDTH = 440;
const DIALOG_HEIGHT = 420;

export class PickerOverlay {
  private element: OverlayElement | null = null;
  private button: HTMLButtonElement | null = null;
  private layer: HTMLDivElement | null = null;
  private toastBox: HTMLDivElement | null = null;
  private reactRoot: PickerRoot | null = null;
  private loadingRoot: Promise<PickerRoot> | null = null;
  private anchor: HTMLElement | null = null;
  private dialogOpen = false;
  private toastTimer = 0;

  constructor(
    private readonly signal: AbortSignal,
    private readonly onButton: () => void,
  ) {}

  get isOpen(): boolean {
    return this.dialogOpen;
  }

  private ensure(): OverlayElement {
    if (this.element) return this.element;
    const element = createOverlayElement('tact-picker', this.signal);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'trigger';
    button.textContent = '✎';
    button.hidden = true;
    // Keeps the reply box focused (and its caret) when the button is clicked.
    button.addEventListener('mousedown', (event) => event.preventDefault(), { signal: this.signal });
    button.addEventListener('click', () => this.onButton(), { signal: this.signal });
    const layer = document.createElement('div');
    layer.style.position = 'fixed';
    layer.hidden = true;
    const toast = document.createElement('div');
    toast.className = 'toast';
    toast.setAttribute('role', 'status');
    toast.hidden = true;
    element.root.append(button, layer, toast);
    window.addEventListener('scroll', () => this.reposition(), {
      capture: true,
      passive: true,
      signal: this.signal,
    });
    window.addEventListener('resize', () => this.reposition(), { passive: true, signal: this.signal });
    this.signal.addEventListener('abort', () => this.reactRoot?.unmount(), { once: true });
    this.element = element;
    this.button = button;
    this.layer = layer;
    this.toastBox = toast;
    return element;
  }

  showButton(anchor: HTMLElement, label: string, title: string): void {
    this.ensure();
    this.anchor = anchor;
    if (!this.button) return;
    this.button.setAttribute('aria-label', label);
    this.button.title = title;
    this.button.hidden = false;
    this.reposition();
  }

  hideButton(): void {
    if (this.button && !this.dialogOpen) this.button.hidden = true;
  }

  openDialog(anchor: HTMLElement, props: PickerDialogProps): void {
    this.ensure();
    this.anchor = anchor;
    if (!this.layer) return;
    this.dialogOpen = true;
    this.layer.hidden = false;
    this.reposition();
    if (this.reactRoot) {
      this.reactRoot.show(props);
      return;
    }
    this.loadRoot()
      .then((root) => {
        if (this.dialogOpen && !this.signal.aborted) root.show(props);
      })
      .catch(reportError);
  }

  /**
   * React is loaded with the first dialog, or when a reply box gets focus (`preload`, in idle time), not with
   * every page: most pages never open a dialog.
   */
  private loadRoot(): Promise<PickerRoot> {
    const layer = this.ensureLayer();
    this.loadingRoot ??= import('./picker-root').then(({ createPickerRoot }) => {
      this.reactRoot = createPickerRoot(layer);
      return this.reactRoot;
    });
    return this.loadingRoot;
  }

  /** A reply box has focus: get the dialog ready while the page is idle, so its first opening is quick. */
  preload(): void {
    if (this.loadingRoot) return;
    requestIdleCallback(
      () => {
        if (!this.signal.aborted) this.loadRoot().catch(reportError);
      },
      { timeout: 2000 },
    );
  }

  private ensureLayer(): HTMLDivElement {
    this.ensure();
    return this.layer as HTMLDivElement;
  }

  closeDialog(): void {
    if (!this.dialogOpen) return;
    this.dialogOpen = false;
    this.reactRoot?.hide();
    if (this.layer) this.layer.hidden = true;
  }

  toast(message: string): void {
    this.ensure();
    const box = this.toastBox;
    if (!box) return;
    box.textContent = message;
    box.hidden = false;
    this.reposition();
    clearTimeout(this.toastTimer);
    this.toastTimer = window.setTimeout(() => {
      box.hidden = true;
    }, 6000);
  }

  private reposition(): void {
    const anchor = this.anchor;
    if (!anchor?.isConnected) {
      if (this.button) this.button.hidden = true;
      return;
    }
    const rect = anchor.getBoundingClientRect();
    if (this.button && !this.button.hidden) {
      const outside = rect.right + 6 + BUTTON_SIZE <= window.innerWidth;
      this.button.style.left = `${outside ? rect.right + 6 : rect.right - BUTTON_SIZE - 4}px`;
      this.button.style.top = `${Math.max(4, rect.top + Math.min(4, rect.height / 2 - BUTTON_SIZE / 2))}px`;
    }
    if (this.layer && this.dialogOpen) placeNear(this.layer, rect, DIALOG_WIDTH, DIALOG_HEIGHT);
    if (this.toastBox && !this.toastBox.hidden) placeNear(this.toastBox, rect, 360, 60, 'above');
  }
}
