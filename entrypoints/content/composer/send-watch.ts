/**
 * Sees the CM send a reply: a click on the site's send control of the reply box in use (the adapter's
 * selector, else a submit button of the same form, else a nearby button labelled send/reply/post…), or
 * Enter where Enter sends (Facebook). Listens in the capture phase, before the site clears the box.
 */
import type { Platform } from '@/lib/platforms';
import type { SiteAdapter } from '@/lib/sites';
import { closestAcrossShadow, parentAcrossShadow } from '@/lib/sites/dom';
import { isInsideOverlay } from './overlay';

const CONTROL = 'button, [role="button"], input[type="submit"]';
const SEND_LABEL =
  /^(send|reply|post|comment|publish|tweet|submit|respond|publier|répondre|repondre|envoyer|commenter|poster)\b/i;
/** Platforms where Enter in the reply box sends it. */
const ENTER_SENDS: ReadonlySet<Platform> = new Set(['facebook']);
/** A nearby send button shares an ancestor this close to the reply box. */
const NEAR_LEVELS = 5;

function labelOf(control: Element): string {
  return (
    control.getAttribute('aria-label') ||
    control.textContent ||
    control.getAttribute('value') ||
    ''
  ).trim();
}

function isDisabled(control: Element): boolean {
  return control.matches(':disabled') || control.getAttribute('aria-disabled') === 'true';
}

function isNear(control: Element, composer: Element): boolean {
  let scope: Node | null = composer;
  for (let level = 0; scope && level <= NEAR_LEVELS; level++, scope = parentAcrossShadow(scope)) {
    if (scope.contains(control)) return true;
  }
  return false;
}

export function isSendControl(control: Element, composer: Element, adapter: SiteAdapter): boolean {
  const own = adapter.sendButton(composer);
  if (own && (own === control || own.contains(control) || control.contains(own))) return true;
  const form = closestAcrossShadow(composer, 'form');
  const submits =
    control.matches('[type="submit"]') || (control instanceof HTMLButtonElement && control.type === 'submit');
  if (form?.contains(control) && submits) return true;
  return SEND_LABEL.test(labelOf(control)) && isNear(control, composer);
}

export interface SendWatch {
  platform: Platform;
  adapter: SiteAdapter;
  /** The reply box the CM is working in (the last one focused). */
  currentComposer(): HTMLElement | null;
  /** The reply box an event happened in, if any. */
  composerOf(target: EventTarget | null): HTMLElement | null;
  onSend(composer: HTMLElement): void;
}

export function watchSends(watch: SendWatch, signal: AbortSignal): void {
  document.addEventListener(
    'click',
    (event) => {
      const path = event.composedPath();
      if (path.some(isInsideOverlay)) return;
      const control = path.find((node): node is Element => node instanceof Element && node.matches(CONTROL));
      const composer = watch.currentComposer();
      if (!control || !composer?.isConnected || isDisabled(control)) return;
      if (isSendControl(control, composer, watch.adapter)) watch.onSend(composer);
    },
    { capture: true, signal },
  );
  if (!ENTER_SENDS.has(watch.platform)) return;
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
      const composer = watch.composerOf(event.composedPath()[0] ?? null);
      if (composer) watch.onSend(composer);
    },
    { capture: true, signal },
  );
}
