import type { Platform } from '../platforms';
import type { TextMap } from './text-map';

/** One comment (or post) as read from the page. */
export interface CommentRead {
  /**
   * The comment's identity: permalink, id attribute, or a hash of author + text. Lists recycle their
   * nodes (X, TikTok, YouTube), so work is keyed on this, never on the element.
   */
  key: string;
  /** The text exactly as the risk engine sees it; verdict spans are offsets into it. */
  text: string;
  /** Maps offsets of `text` back to the page's text nodes, for the highlights. */
  textMap: TextMap;
  /** The element holding the text; the badge goes right after it. */
  textElement: Element;
  author: string | null;
  permalink: string | null;
  /** Epoch milliseconds, when the page says. */
  timestamp: number | null;
}

/** Where a badge is inserted: before `before` inside `parent` (null: at the end). */
export interface BadgeSlot {
  parent: Element;
  before: Node | null;
  /** Light-DOM children of a custom element are shown only through a named slot (Reddit). */
  slot?: string;
}

/** What Tact knows of a platform's markup. Every method is safe: it never throws into the page. */
export interface SiteAdapter {
  readonly platform: Platform;
  /** Comment and post containers under `root` (root included), outermost first. */
  findComments(root: ParentNode): Element[];
  /** The comment container holding `node`, crossing shadow-root boundaries. */
  containerOf(node: Node): Element | null;
  /** null when the element holds no readable comment. */
  readComment(container: Element): CommentRead | null;
  /** Where to put the badge of a comment read from `container`. */
  badgeSlot(container: Element, read: CommentRead): BadgeSlot;
  /** Reply boxes (editors and textareas) under `root`, open shadow roots pierced. */
  findComposers(root: ParentNode): HTMLElement[];
  /** Elements to click to open a collapsed reply box (YouTube's placeholder, Reddit's collapsed input). */
  findComposerOpeners(root: ParentNode): HTMLElement[];
  /** The site's Send button of a reply box, if it can be found. */
  sendButton(composer: Element): HTMLElement | null;
  /** The comment a reply box answers, when the page ties them together. */
  commentOfComposer(composer: Element): Element | null;
}
