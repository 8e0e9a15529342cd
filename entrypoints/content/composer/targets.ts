/** The reply box of a given comment, and the variable values of a reply to it. */
import type { PageContext } from '@/lib/messaging/protocol';
import type { Platform } from '@/lib/platforms';
import type { SiteAdapter } from '@/lib/sites';
import { parentAcrossShadow } from '@/lib/sites/dom';
import { type TemplateValues, templateValues } from '@/lib/templates/render';
import { type AnsweredComment, inTreeOf } from './comment-context';
import { editableRootOf } from './editor';

/** A comment's reply box is inside it or follows it closely. */
const MAX_LEVELS = 4;
/** How long a collapsed reply box may take to open after a click on its opener. */
const OPEN_TIMEOUT_MS = 3000;

function follows(comment: Element, el: Element): boolean {
  const anchor = inTreeOf(el, comment);
  return (
    Boolean(comment.compareDocumentPosition(anchor) & Node.DOCUMENT_POSITION_FOLLOWING) ||
    comment.contains(anchor)
  );
}

function findComposerOf(comment: Element, adapter: SiteAdapter): HTMLElement | null {
  let scope: Node | null = comment;
  for (let level = 0; scope && level <= MAX_LEVELS; level++, scope = parentAcrossShadow(scope)) {
    if (scope.nodeType !== 1) continue;
    const composer = adapter.findComposers(scope as Element).find((el) => follows(comment, el));
    const root = editableRootOf(composer ?? null);
    if (root) return root;
  }
  return null;
}

export async function composerFor(
  comment: Element,
  adapter: SiteAdapter,
  signal: AbortSignal,
): Promise<HTMLElement | null> {
  const present = findComposerOf(comment, adapter);
  if (present) return present;
  const opener = adapter.findComposerOpeners(comment)[0];
  if (!opener) return null;
  opener.click();
  return new Promise((resolve) => {
    const done = (found: HTMLElement | null) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(found);
    };
    const observer = new MutationObserver(() => {
      const found = findComposerOf(comment, adapter);
      if (found) done(found);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    const timer = setTimeout(() => done(null), OPEN_TIMEOUT_MS);
    signal.addEventListener('abort', () => done(null), { once: true });
  });
}

export function valuesFor(
  context: PageContext | null,
  answered: AnsweredComment | null,
  platform: Platform,
): TemplateValues {
  const brand = context?.brand ?? null;
  return templateValues({
    authorName: answered?.author,
    brandName: brand?.name,
    signature: context?.settings.signature || brand?.signature,
    platform,
    language: brand?.language ?? context?.uiLanguage ?? 'en',
    now: Date.now(),
  });
}
