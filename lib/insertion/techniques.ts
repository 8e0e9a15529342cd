/**
 * Which insertion techniques to try, in order, for each kind of editor, and how to judge the result.
 * The order comes from measurements against the real editor libraries (shared/PLATFORM.md, "Text
 * insertion into real editors"); the first technique of each list is the one that works there, the
 * rest are fallbacks tried only when the editor's content did not change at all.
 */
export const EDITOR_KINDS = [
  'textarea',
  'draft',
  'lexical',
  'quill',
  'prosemirror',
  'slate',
  'contenteditable',
] as const;
export type EditorKind = (typeof EDITOR_KINDS)[number];

/**
 * - `execCommand`: `document.execCommand('insertText')`, the browser's own typing path (undo kept).
 * - `paste`: a paste event carrying a DataTransfer, dispatched from the page's world.
 * - `beforeinput`: `beforeinput` insertReplacementText carrying a DataTransfer, from the page's world.
 * - `valueSetter`: the native value setter then an `input` event (React-controlled fields; undo lost).
 */
export type Technique = 'execCommand' | 'paste' | 'beforeinput' | 'valueSetter';

export const TECHNIQUES: Readonly<Record<EditorKind, readonly Technique[]>> = {
  textarea: ['execCommand', 'valueSetter'],
  // execCommand crashes React on an empty live Draft.js editor and keeps only the last line; it comes last,
  // reached only when paste had no effect at all, i.e. when no live Draft.js drives the box.
  draft: ['paste', 'execCommand'],
  // execCommand loses paragraphs in Lexical: last resort too.
  lexical: ['paste', 'beforeinput', 'execCommand'],
  // Quill 1 (LinkedIn) ignores synthetic paste; Quill 2 takes both.
  quill: ['execCommand', 'paste'],
  prosemirror: ['paste', 'execCommand'],
  // execCommand changes Slate's DOM but not its model: never used.
  slate: ['paste', 'beforeinput'],
  contenteditable: ['execCommand'],
};

/** Editors' DOM splits lines into blocks and may use non-breaking spaces: compare words, not layout. */
export function normalizeForCompare(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

export function countOccurrences(haystack: string, needle: string): number {
  const h = normalizeForCompare(haystack);
  const n = normalizeForCompare(needle);
  if (!n) return 0;
  let count = 0;
  let at = h.indexOf(n);
  while (at >= 0) {
    count++;
    at = h.indexOf(n, at + n.length);
  }
  return count;
}

/**
 * - `inserted`: the text is there exactly once more than before.
 * - `unchanged`: nothing happened; the next technique may be tried safely.
 * - `duplicated`: the text landed more than once.
 * - `garbled`: the content changed but does not hold the text; trying again could insert twice.
 */
export type InsertionOutcome = 'inserted' | 'unchanged' | 'duplicated' | 'garbled';

export function judgeInsertion(before: string, after: string, text: string): InsertionOutcome {
  const added = countOccurrences(after, text) - countOccurrences(before, text);
  if (added === 1) return 'inserted';
  if (added > 1) return 'duplicated';
  return normalizeForCompare(before) === normalizeForCompare(after) ? 'unchanged' : 'garbled';
}
