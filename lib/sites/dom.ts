/** DOM helpers shared by the site adapters: shadow-root piercing, ownership of nested items, keys. */

/** The parent of a node, stepping out of a shadow root to its host. */
export function parentAcrossShadow(node: Node): Node | null {
  const parent = node.parentNode;
  if (parent && parent.nodeType === 11 && (parent as ShadowRoot).host) return (parent as ShadowRoot).host;
  return parent;
}

/** Like Element.closest, but climbs out of shadow roots. */
export function closestAcrossShadow(node: Node, selector: string): Element | null {
  let at: Node | null = node;
  while (at) {
    // Native `closest` for each tree: one call instead of a `matches` per ancestor (this runs for every
    // node a feed adds).
    const element: Element | null = at.nodeType === 1 ? (at as Element) : at.parentElement;
    const found = element?.closest(selector);
    if (found) return found;
    const root: Node = (element ?? at).getRootNode();
    at = root.nodeType === 11 ? ((root as ShadowRoot).host ?? null) : null;
  }
  return null;
}

/** Open shadow roots under `root` (Reddit's faceplate-* elements keep their inputs in one). */
export function openShadowRoots(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const walk = (scope: ParentNode) => {
    for (const el of scope.querySelectorAll('*')) {
      if (el.shadowRoot) {
        found.push(el.shadowRoot);
        walk(el.shadowRoot);
      }
    }
  };
  walk(root);
  return found;
}

/** querySelectorAll that also looks inside open shadow roots, root itself included when it matches. */
export function queryAllDeep(root: ParentNode, selector: string): Element[] {
  const found: Element[] = [];
  if (root.nodeType === 1 && (root as Element).matches(selector)) found.push(root as Element);
  found.push(...root.querySelectorAll(selector));
  for (const shadow of openShadowRoots(root)) found.push(...shadow.querySelectorAll(selector));
  return found;
}

/** `root` and its descendants matching `selector`, in document order. */
export function queryAllInclusive(root: ParentNode, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector));
  if (root.nodeType === 1 && (root as Element).matches(selector)) found.unshift(root as Element);
  return found;
}

/** Drops elements that sit inside another element of the list (keeps the outermost). */
export function outermostOnly(elements: readonly Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}

/** FNV-1a, 32 bits, as base 36: a short stable key for comments without permalink or id. */
export function hashKey(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** Absolute URL of an href, or null when there is none. */
export function absoluteUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).toString();
  } catch {
    return null;
  }
}

/** Epoch ms from a `datetime`-like attribute value (ISO date or epoch seconds/ms). */
export function parseTimestamp(value: string | null | undefined): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d{9,13}$/.test(trimmed)) {
    const n = Number(trimmed);
    return trimmed.length <= 10 ? n * 1000 : n;
  }
  const parsed = Date.parse(trimmed);
  return Number.isNaN(parsed) ? null : parsed;
}

/** Visible text of an element, whitespace collapsed. */
export function cleanText(el: Element | null | undefined): string | null {
  const text = el?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

/**
 * Deep query with a `>>>` combinator that enters shadow roots: `faceplate-textarea-input >>> textarea`
 * finds the textarea Reddit keeps inside that element's shadow root. Each part is matched deep.
 */
export function queryPierce(root: ParentNode, selector: string): Element[] {
  const [first = '', ...rest] = selector.split('>>>').map((part) => part.trim());
  let found = queryAllDeep(root, first);
  for (const part of rest) {
    found = found.flatMap((host) => (host.shadowRoot ? queryAllDeep(host.shadowRoot, part) : []));
  }
  return found;
}

/** Matches of several pierce selectors, in the order given, without duplicates. */
export function queryPierceAll(root: ParentNode, selectors: readonly string[]): Element[] {
  const found: Element[] = [];
  for (const selector of selectors) {
    for (const el of queryPierce(root, selector)) if (!found.includes(el)) found.push(el);
  }
  return found;
}
