/**
 * Firefox's accessibility locator (BiDi `::-p-aria`) does not look inside shadow roots, where Tact's overlay
 * lives (DESIGN.md contract 3). This finds elements by role and name inside open shadow roots, from the
 * page: explicit roles, and the implicit roles of the elements an overlay uses.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import type { RoleQuery } from './types';

interface NameQuery {
  exact?: string;
  source?: string;
  flags?: string;
}

function findInShadowRoots(role: string, query: NameQuery): Element[] {
  const implicitRole = (el: Element): string | null => {
    const tag = el.tagName.toLowerCase();
    if (tag === 'button') return 'button';
    if (tag === 'a' && el.hasAttribute('href')) return 'link';
    if (tag === 'textarea') return 'textbox';
    if (tag === 'input') {
      const type = (el as HTMLInputElement).type;
      if (type === 'search') return 'searchbox';
      if (type === 'checkbox') return 'checkbox';
      if (type === 'button' || type === 'submit') return 'button';
      return 'textbox';
    }
    if (/^h[1-6]$/.test(tag)) return 'heading';
    if (tag === 'li') return 'listitem';
    if (tag === 'ul' || tag === 'ol') return 'list';
    if (tag === 'section' && el.hasAttribute('aria-label')) return 'region';
    return null;
  };
  const nameOf = (el: Element): string => {
    const root = el.getRootNode() as Document | ShadowRoot;
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) {
      return labelledBy
        .split(/\s+/)
        .map((id) => root.getElementById?.(id)?.textContent ?? '')
        .join(' ')
        .trim();
    }
    const label = el.getAttribute('aria-label');
    if (label) return label.trim();
    return (el.textContent || el.getAttribute('title') || el.getAttribute('placeholder') || '')
      .replace(/\s+/g, ' ')
      .trim();
  };
  const pattern = query.source !== undefined ? new RegExp(query.source, query.flags) : null;
  const found: Element[] = [];
  const visit = (scope: ParentNode, inShadow: boolean) => {
    for (const el of scope.querySelectorAll('*')) {
      if (inShadow && (el.getAttribute('role') ?? implicitRole(el)) === role) {
        const name = nameOf(el);
        if (pattern ? pattern.test(name) : query.exact === undefined || name === query.exact) found.push(el);
      }
      if (el.shadowRoot) visit(el.shadowRoot, true);
    }
  };
  visit(document, false);
  return found;
}

export async function findByRoleInShadowRoots(
  page: Page,
  role: string,
  query: RoleQuery,
): Promise<ElementHandle<Element>[]> {
  const name: NameQuery =
    query.name instanceof RegExp
      ? { source: query.name.source, flags: query.name.flags }
      : query.name === undefined
        ? {}
        : { exact: query.name.trim() };
  const array = await page.evaluateHandle(findInShadowRoots, role, name);
  const handles: ElementHandle<Element>[] = [];
  for (const property of (await array.getProperties()).values()) {
    const element = property.asElement();
    if (element) handles.push(element as ElementHandle<Element>);
    else await property.dispose();
  }
  await array.dispose();
  return handles;
}
