import type { Platform } from '../platforms';
import {
  absoluteUrl,
  cleanText,
  closestAcrossShadow,
  hashKey,
  parseTimestamp,
  queryAllInclusive,
  queryPierceAll,
} from './dom';
import { guarded } from './health';
import { plainTextOf, plainTextProbe, readText } from './text-map';
import type { BadgeSlot, CommentRead, SiteAdapter } from './types';

/** Selectors of one kind of item (comment, reply, post) of a platform. */
export interface ItemSelectors {
  container: string;
  /** Element(s) holding the text, read in order; `:scope` is the container itself. */
  text: string;
  /** Text matches to drop (Instagram's user names share the text's `span[dir=auto]`). */
  notText?: string;
  /** `first`: only the first own match (X's quoted tweets carry a second text). Default `all`. */
  textMode?: 'first' | 'all';
  /** Elements naming the author; the first with text wins. */
  author?: string;
  /** Attribute of the container naming the author (Reddit). */
  authorAttribute?: string;
  /** A link (or an element inside one) whose href is the permalink. */
  permalink?: string;
  /** Attribute of the container holding the permalink (Reddit). */
  permalinkAttribute?: string;
  /** Element carrying the time in `datetime` or `ts`. */
  time?: string;
  /** Attribute of the container identifying the comment (`thingid`, `data-id`). */
  idAttribute?: string;
}

/** Everything a platform's selector file declares. Composer selectors may use `>>>` to enter shadow roots. */
export interface SiteSelectors {
  items: readonly ItemSelectors[];
  /** Reply boxes: editors and textareas. */
  composer: readonly string[];
  /** Elements to click to open a collapsed reply box (YouTube's placeholder, Reddit's collapsed input). */
  composerOpener?: readonly string[];
  sendButton: readonly string[];
  /** Ancestors of a reply box that also hold its send button, nearest first. */
  composerScope: string;
}

export interface AdapterHooks {
  /** A permalink built from attributes when the page shows no link (LinkedIn URNs). */
  permalinkOf?(container: Element): string | null;
  /** A stable id read from the permalink or attributes (YouTube's `lc=` parameter). */
  idOf?(container: Element, permalink: string | null): string | null;
  badgeSlot?(container: Element, read: CommentRead): BadgeSlot;
}

/** Used when a platform's own selectors find no reply box: any editable box. */
export const GENERIC_COMPOSER = [
  'textarea',
  '[contenteditable="true"]',
  '[contenteditable=""]',
  '[role="textbox"]',
] as const;
const GENERIC_SEND = ['button[type="submit"]'] as const;
const EDITOR = '[contenteditable="true"], [contenteditable=""], textarea';

/** The default place of a badge: right after the comment's text, in the same slot when it is slotted. */
export function badgeAfterText(container: Element, read: CommentRead): BadgeSlot {
  const anchor = read.textElement === container ? null : read.textElement;
  if (!anchor?.parentElement) return { parent: container, before: null };
  const slot = anchor.getAttribute('slot');
  return { parent: anchor.parentElement, before: anchor.nextSibling, ...(slot ? { slot } : {}) };
}

/** The last compound of a complex selector: `article ul > li` → `li` (combinators inside [] kept). */
export function lastCompound(complex: string): string {
  const selector = complex.trim();
  let depth = 0;
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i];
    if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (depth === 0 && (c === ' ' || c === '>' || c === '+' || c === '~')) start = i + 1;
  }
  return selector.slice(start).trim();
}

const nullValue = (): null => null;

/** `read`, run on the first call only; later calls return its result. */
function once<T>(read: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = read();
      done = true;
    }
    return value;
  };
}

/**
 * The absolute URL of a link. Site-relative paths (nearly all permalinks) are joined by hand: `new URL`
 * and the `href` property cost tens of microseconds each from a content script, for every comment.
 */
function hrefOf(el: Element): string | null {
  const href = el.closest('a[href]')?.getAttribute('href');
  if (!href) return null;
  if (href.startsWith('/') && !href.startsWith('//')) return `${location.origin}${href}`;
  if (href.startsWith('https://')) return href;
  return absoluteUrl(href, document.baseURI);
}

/** Builds a site adapter from a selector file; ./index.ts adds the fallback to generic detection. */
export function defineAdapter(
  platform: Platform,
  selectors: SiteSelectors,
  hooks: AdapterHooks = {},
): SiteAdapter {
  const allContainers = selectors.items.map((item) => item.container).join(', ');
  // A superset of the containers that needs no ancestor outside the container to match: whether a
  // container may hold nested ones is then a scoped query, whatever engine runs it.
  const nestedProbe = selectors.items
    .flatMap((item) => item.container.split(',').map(lastCompound))
    .join(', ');
  const itemOf = (container: Element) => selectors.items.find((item) => container.matches(item.container));
  const isNested = (container: Element) => (el: Element) =>
    el !== container && (el.matches(allContainers) || el.matches(EDITOR));

  /**
   * Whether `el` belongs to this container: not to a reply nested in it, nor to a reply box in it. One
   * native `closest` that stops at the first container or reply box above `el`: it must be this container.
   */
  const containerOrEditor = `${allContainers}, ${EDITOR}`;
  const isOwn = (container: Element, el: Element): boolean => el.closest(containerOrEditor) === container;

  /**
   * Matches that belong to this container. Ownership is checked upwards from each match (native `closest`,
   * a few levels) rather than by searching the container for nested comments: this runs for every comment.
   */
  const ownMatches = (container: Element, selector: string, not?: string): Element[] => {
    if (selector === ':scope') return [container];
    const matches = Array.from(container.querySelectorAll(selector)).filter(
      (el) => isOwn(container, el) && !(not && el.matches(not)),
    );
    return matches.length < 2
      ? matches
      : matches.filter((el) => !matches.some((other) => other !== el && other.contains(el)));
  };
  /**
   * The first of `ownMatches`. The page's first match is it when it is the container's own (an own match
   * holding it would come first in document order): one native query for the usual comment.
   */
  const firstOwnMatch = (container: Element, selector: string, not?: string): Element | undefined => {
    if (selector === ':scope') return container;
    const first = container.querySelector(selector);
    if (first === null) return undefined;
    if (isOwn(container, first) && !(not && first.matches(not))) return first;
    return ownMatches(container, selector, not)[0];
  };
  const eitherProbe = `${nestedProbe}, ${EDITOR}`;
  const plainProbe = plainTextProbe(eitherProbe);

  const permalinkOf = (container: Element, item: ItemSelectors): string | null => {
    if (item.permalinkAttribute) {
      const value = absoluteUrl(container.getAttribute(item.permalinkAttribute), document.baseURI);
      if (value) return value;
    }
    if (item.permalink) {
      for (const el of ownMatches(container, item.permalink)) {
        const value = hrefOf(el);
        if (value) return value;
      }
    }
    return hooks.permalinkOf?.(container) ?? null;
  };

  const timestampOf = (container: Element, item: ItemSelectors): number | null => {
    if (!item.time) return null;
    const el = firstOwnMatch(container, item.time);
    return parseTimestamp(el?.getAttribute('datetime') ?? el?.getAttribute('ts') ?? null);
  };

  const authorOf = (container: Element, item: ItemSelectors): string | null => {
    const fromAttribute = item.authorAttribute ? container.getAttribute(item.authorAttribute) : null;
    if (fromAttribute) return fromAttribute;
    if (!item.author) return null;
    for (const el of ownMatches(container, item.author)) {
      const text = cleanText(el);
      if (text) return text;
    }
    return null;
  };

  return {
    platform,
    findComments(root) {
      return queryAllInclusive(root, allContainers);
    },
    containerOf(node) {
      return closestAcrossShadow(node, allContainers);
    },
    readComment(container) {
      const item = itemOf(container);
      if (!item) return null;
      const textElements =
        item.textMode === 'first'
          ? [firstOwnMatch(container, item.text, item.notText)].filter((el) => el !== undefined)
          : ownMatches(container, item.text, item.notText);
      const last = textElements[textElements.length - 1];
      if (!last) return null;
      // One element of plain text (the usual comment) is read in one native call; the map from offsets
      // to the page's text nodes, needed to paint risky words only, is then built on demand.
      const plain = textElements.length === 1 ? plainTextOf(last, plainProbe) : null;
      const textMap = once(() => readText(textElements, isNested(container)));
      const text = plain ?? textMap().text;
      if (text.trim().length === 0) return null;
      // Identity, author, permalink and time are read on demand: the scanner needs them only for the few
      // risky comments, and reading them costs more than reading the text. They are read after readComment
      // returned (outside the fallback's guard): a failure reads as unknown.
      const safely = <T>(what: string, read: () => T | null) =>
        once(() => guarded(platform, what, read, nullValue));
      const author = safely('author', () => authorOf(container, item));
      const permalink = safely('permalink', () => permalinkOf(container, item));
      const timestamp = safely('time', () => timestampOf(container, item));
      const identity = () =>
        hooks.idOf?.(container, permalink()) ??
        (item.idAttribute ? container.getAttribute(item.idAttribute) : null) ??
        permalink() ??
        `h:${hashKey(`${author() ?? ''}\u0000${text}`)}`;
      const key = once(
        () => `${platform}:${guarded(platform, 'identity', identity, () => `h:${hashKey(text)}`)}`,
      );
      return {
        get key() {
          return key();
        },
        text,
        get textMap() {
          return textMap();
        },
        textElement: last,
        get author() {
          return author();
        },
        get permalink() {
          return permalink();
        },
        get timestamp() {
          return timestamp();
        },
      };
    },
    badgeSlot(container, read) {
      return hooks.badgeSlot ? hooks.badgeSlot(container, read) : badgeAfterText(container, read);
    },
    findComposers(root) {
      const found = queryPierceAll(root, selectors.composer);
      return (found.length > 0 ? found : queryPierceAll(root, GENERIC_COMPOSER)) as HTMLElement[];
    },
    findComposerOpeners(root) {
      return queryPierceAll(root, selectors.composerOpener ?? []) as HTMLElement[];
    },
    sendButton(composer) {
      let scope = closestAcrossShadow(composer, selectors.composerScope);
      while (scope) {
        const button = queryPierceAll(scope, selectors.sendButton)[0];
        if (button) return button as HTMLElement;
        scope = scope.parentNode ? closestAcrossShadow(scope.parentNode, selectors.composerScope) : null;
      }
      const form = closestAcrossShadow(composer, 'form');
      return form ? ((queryPierceAll(form, GENERIC_SEND)[0] as HTMLElement | undefined) ?? null) : null;
    },
    commentOfComposer(composer) {
      return closestAcrossShadow(composer, allContainers);
    },
  };
}
