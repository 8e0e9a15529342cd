/**
 * Reads a comment's text from the page and maps offsets in it back to the page's text nodes, so the
 * risk engine's spans can be painted with ranges without touching the site's nodes.
 */

/** The text of a comment and, for each text node that contributed, where its characters start. */
export interface TextMap {
  text: string;
  nodes: Text[];
  /** starts[i] is the offset in `text` of nodes[i]'s first character; gaps are separators we added. */
  starts: number[];
}

/** A span of the text, expressed as two (node, offset) points of the page. */
export interface NodeSpan {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SVG', 'svg', 'TEXTAREA']);
const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR']);

/** Elements under which `readText` does more than concatenate text nodes. */
const SHAPING =
  'br, div, p, li, blockquote, pre, h1, h2, h3, h4, h5, h6, tr, script, style, noscript, template, button, svg, textarea, tact-badge, tact-picker';

/**
 * The selector for `plainTextOf`: elements that shape the text, plus `pruned`, the elements `skip` prunes.
 * Built once per adapter: a selector string built per call would be parsed per call.
 */
export function plainTextProbe(pruned: string): string {
  return `${SHAPING}, ${pruned}`;
}

/**
 * The text `readText([root], skip)` would return, read in one native call when `root` holds nothing that
 * shapes the text (line breaks, blocks, skipped or pruned elements): the usual comment, a few spans of text.
 * null when it does hold some (then `readText` is needed). `probe` comes from `plainTextProbe`.
 */
export function plainTextOf(root: Element, probe: string): string | null {
  if (root.querySelector(probe) !== null) return null;
  return root.textContent ?? '';
}

/**
 * Concatenates the visible text under `roots`. Line breaks and block boundaries become "\n" so that words
 * of two lines never merge; those separators belong to no node. `skip` prunes subtrees (nested replies).
 */
export function readText(roots: readonly Element[], skip: (el: Element) => boolean): TextMap {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  // A separator is written only when more text follows, so the text never ends with one of ours.
  let pendingSeparator = false;
  const separate = () => {
    pendingSeparator = text.length > 0;
  };
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data.length === 0) continue;
        if (pendingSeparator) {
          if (!text.endsWith('\n')) text += '\n';
          pendingSeparator = false;
        }
        nodes.push(child as Text);
        starts.push(text.length);
        text += data;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName;
        if (tag === 'BR') {
          separate();
          continue;
        }
        if (SKIPPED_TAGS.has(tag) || tag.startsWith('TACT-') || skip(el)) continue;
        const block = BLOCK_TAGS.has(tag);
        if (block) separate();
        visit(el);
        if (block) separate();
      }
    }
  };
  for (const root of roots) {
    separate();
    visit(root);
  }
  return { text, nodes, starts };
}

/** Index of the last node starting at or before `offset` (binary search over `starts`). */
function nodeIndexAt(map: TextMap, offset: number): number {
  let low = 0;
  let high = map.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((map.starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The page points of [start, end) in the map's text. A bound that falls on a separator of ours snaps to
 * the nearest real character inside the span. null when the span covers no page text or the nodes
 * changed since the text was read.
 */
export function spanToNodes(map: TextMap, start: number, end: number): NodeSpan | null {
  if (map.nodes.length === 0 || end <= start) return null;
  let first = nodeIndexAt(map, start);
  let startOffset = start - (map.starts[first] ?? 0);
  const firstNode = map.nodes[first];
  if (!firstNode) return null;
  if (startOffset >= firstNode.data.length) {
    first += 1;
    startOffset = 0;
  }
  const last = nodeIndexAt(map, end - 1);
  let endOffset = end - (map.starts[last] ?? 0);
  const lastNode = map.nodes[last];
  if (!lastNode) return null;
  if (endOffset > lastNode.data.length) endOffset = lastNode.data.length;
  if (first > last) return null;
  const startNode = map.nodes[first];
  const endNode = map.nodes[last];
  if (!startNode || !endNode) return null;
  if (startOffset > startNode.data.length || endOffset > endNode.data.length) return null;
  if (startNode === endNode && endOffset <= startOffset) return null;
  return { startNode, startOffset, endNode, endOffset };
}
