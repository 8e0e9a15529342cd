import { defineAdapter, GENERIC_COMPOSER, type SiteSelectors } from './define-adapter';
import { hashKey } from './dom';
import { readText } from './text-map';
import type { CommentRead } from './types';

/**
 * What any page offers without knowing its markup: ARIA and HTML comment semantics, and any editable
 * box. A platform adapter whose selectors stop matching falls back to this (see ./index.ts).
 */
export const GENERIC_SELECTORS: SiteSelectors = {
  items: [
    {
      container: '[role="comment"], [role="article"], article, [itemtype$="/Comment"]',
      text: ':scope',
      author: '[rel="author"], [itemprop="author"]',
      permalink: 'a[rel="bookmark"], time',
      time: 'time[datetime]',
    },
  ],
  composer: GENERIC_COMPOSER,
  sendButton: ['button[type="submit"]'],
  composerScope: 'form, [role="dialog"], [role="region"]',
};

export const genericAdapter = defineAdapter('other', GENERIC_SELECTORS);

/**
 * Reads a whole container as one comment, leaving out the replies nested in it. Used when a platform's
 * text selector stops matching: the text then carries some chrome (names, "Reply"), which is better than
 * judging nothing.
 */
export function readWholeContainer(
  platform: string,
  container: Element,
  nestedContainers: string,
): CommentRead | null {
  const textMap = readText([container], (el) => el !== container && el.matches(nestedContainers));
  if (textMap.text.trim().length === 0) return null;
  return {
    key: `${platform}:h:${hashKey(textMap.text)}`,
    text: textMap.text,
    textMap,
    textElement: container,
    author: null,
    permalink: null,
    timestamp: null,
  };
}
