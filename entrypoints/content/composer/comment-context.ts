/** The comment a reply box answers: found through the site adapter, the page markers, or nearby markup. */

import { genericAdapter, type SiteAdapter } from '@/lib/sites';
import { parentAcrossShadow } from '@/lib/sites/dom';

export interface AnsweredComment {
  element: Element;
  text: string;
  author: string | null;
  permalink: string | null;
  /** When the comment was posted (epoch ms), if the page says. */
  at: number | null;
  /** Clause ids from the highlights' `data-tact-rules` marker; null when the comment was not judged yet. */
  markedRules: string[] | null;
}

/** A reply box sits inside its comment, or just after it: look this many ancestors up, no further. */
const MAX_LEVELS = 6;
const MARKED = '[data-tact-risk]';

function precedes(a: Node, b: Node): boolean {
  return Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
}

/**
 * `node`, or the shadow host holding it, that lives in the same tree as `scope`: nodes of different trees
 * have no document order in Firefox (compareDocumentPosition answers "disconnected").
 */
export function inTreeOf(node: Node, scope: Node): Node {
  let at = node;
  const root = scope.getRootNode();
  while (at.getRootNode() !== root) {
    const host = (at.getRootNode() as ShadowRoot).host;
    if (!host) break;
    at = host;
  }
  return at;
}

/** The closest comment before the reply box inside one of its near ancestors. */
function precedingComment(target: Element, adapter: SiteAdapter): Element | null {
  let scope: Node | null = parentAcrossShadow(target);
  for (let level = 0; scope && level < MAX_LEVELS; level++, scope = parentAcrossShadow(scope)) {
    if (scope.nodeType !== 1) continue;
    const element = scope as Element;
    const composer = inTreeOf(target, element);
    const found = [...element.querySelectorAll(MARKED), ...adapter.findComments(element)];
    if (found.length === 0) found.push(...genericAdapter.findComments(element));
    const candidates = found.filter(
      (el) => el !== element && !el.contains(composer) && precedes(el, composer),
    );
    if (candidates.length > 0) {
      candidates.sort((a, b) => (precedes(a, b) ? -1 : 1));
      return candidates[candidates.length - 1] ?? null;
    }
  }
  return null;
}

function containingMarked(composer: Element): Element | null {
  for (let at: Node | null = composer; at; at = parentAcrossShadow(at)) {
    if (at.nodeType === 1 && (at as Element).matches(MARKED)) return at as Element;
  }
  return null;
}

export function findAnsweredComment(composer: Element, adapter: SiteAdapter): AnsweredComment | null {
  const element =
    adapter.commentOfComposer(composer) ?? containingMarked(composer) ?? precedingComment(composer, adapter);
  return element ? readAnsweredComment(element, adapter) : null;
}

export function readAnsweredComment(element: Element, adapter: SiteAdapter): AnsweredComment {
  const read = adapter.readComment(element) ?? genericAdapter.readComment(element);
  const rules = element.getAttribute('data-tact-rules');
  const risk = element.getAttribute('data-tact-risk');
  return {
    element,
    text: read?.text ?? element.textContent?.trim() ?? '',
    author: read?.author ?? element.getAttribute('data-author') ?? null,
    permalink: read?.permalink ?? element.getAttribute('data-permalink') ?? null,
    at: read?.timestamp ?? null,
    markedRules: rules ? rules.split(/\s+/).filter(Boolean) : risk === 'none' ? [] : null,
  };
}
