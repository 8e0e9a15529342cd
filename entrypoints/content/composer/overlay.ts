/**
 * Tact's elements beside a reply box: `tact-picker` (the "Insert template" button, the dialog and notices)
 * and `tact-guard` (the pre-send warnings). Each is a custom element with an open shadow root, created on
 * first use, positioned over the page (position: fixed) so the site's layout is never touched.
 */
import { OVERLAY_CSS } from './styles';

/** Our keys, clicks and input must not reach the site's shortcuts and click-outside handlers. */
const ISOLATED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'input',
  'beforeinput',
  'paste',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'click',
  'wheel',
] as const;

export interface OverlayElement {
  host: HTMLElement;
  root: ShadowRoot;
}

export function createOverlayElement(tag: 'tact-picker' | 'tact-guard', signal: AbortSignal): OverlayElement {
  const host = document.createElement(tag);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = OVERLAY_CSS;
  root.append(style);
  for (const type of ISOLATED_EVENTS)
    host.addEventListener(type, (event) => event.stopPropagation(), { signal });
  document.documentElement.append(host);
  signal.addEventListener('abort', () => host.remove(), { once: true });
  return { host, root };
}

export function isInsideOverlay(node: EventTarget | null): boolean {
  return node instanceof Element && /^TACT-/.test(node.tagName);
}

/** Where a layer goes relative to the reply box: on the preferred side when it fits, otherwise the other. */
export function placeNear(
  layer: HTMLElement,
  anchor: DOMRect,
  width: number,
  height: number,
  prefer: 'below' | 'above' = 'below',
): void {
  const left = Math.max(8, Math.min(anchor.left, window.innerWidth - width - 8));
  layer.style.left = `${left}px`;
  const fitsBelow = anchor.bottom + 6 + height <= window.innerHeight;
  const fitsAbove = anchor.top - 6 - height >= 0;
  const below = prefer === 'below' ? fitsBelow || !fitsAbove : !fitsAbove && fitsBelow;
  if (below) {
    layer.style.top = `${Math.min(anchor.bottom + 6, Math.max(8, window.innerHeight - height - 8))}px`;
    layer.style.bottom = '';
  } else {
    layer.style.top = '';
    layer.style.bottom = `${window.innerHeight - anchor.top + 6}px`;
  }
}
