import { defineAdapter } from '../define-adapter';
import { LINKEDIN_SELECTORS } from './selectors';

const ORIGIN = 'https://www.linkedin.com';

/** The comment's or post's URN, from `data-id`, `data-urn` or the newest UI's `componentkey`. */
export function linkedinUrn(container: Element): string | null {
  const key = container.getAttribute('componentkey');
  const fromKey = key?.startsWith('replaceableComment_') ? key.slice('replaceableComment_'.length) : null;
  return container.getAttribute('data-id') ?? container.getAttribute('data-urn') ?? fromKey;
}

/**
 * LinkedIn shows no permalink per comment: it is built from the URNs, as the site's own "Copy link"
 * does. `urn:li:comment:(activity:1,2)` lives on the post `urn:li:activity:1`.
 */
export function linkedinPermalink(urn: string): string | null {
  if (urn.startsWith('urn:li:activity:')) return `${ORIGIN}/feed/update/${urn}/`;
  const parent = urn.match(/^urn:li:comment:\((\w+:\d+),\d+\)$/)?.[1];
  if (!parent) return null;
  return `${ORIGIN}/feed/update/urn:li:${parent}/?commentUrn=${encodeURIComponent(urn)}`;
}

export const linkedinAdapter = defineAdapter('linkedin', LINKEDIN_SELECTORS, {
  permalinkOf(container) {
    const urn = linkedinUrn(container);
    return urn ? linkedinPermalink(urn) : null;
  },
  idOf(container) {
    return linkedinUrn(container);
  },
});
