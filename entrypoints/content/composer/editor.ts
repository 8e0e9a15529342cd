/** What kind of editor a reply box is, where its editable root is, and how to read and place its caret. */
import type { EditorKind } from '@/lib/insertion/techniques';

export type TextField = HTMLTextAreaElement | HTMLInputElement;

const EDITABLE = '[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';

/** Editor libraries mark their root: the first match, nearest first, names the editor. */
const KIND_MARKERS: ReadonlyArray<[EditorKind, string]> = [
  ['draft', '.public-DraftEditor-content, .DraftEditor-root'],
  ['lexical', '[data-lexical-editor]'],
  ['quill', '.ql-editor'],
  ['prosemirror', '.ProseMirror'],
  ['slate', '[data-slate-editor]'],
];

export function isTextField(el: Element): el is TextField {
  if (el instanceof HTMLTextAreaElement) return true;
  return el instanceof HTMLInputElement && /^(text|search|)$/.test(el.type);
}

/** The element that takes the text: a text field, or the outermost editable element of a rich editor. */
export function editableRootOf(el: Element | null): HTMLElement | null {
  if (!el) return null;
  if (isTextField(el)) return el;
  let editable = el.closest<HTMLElement>(EDITABLE);
  if (!editable) {
    // [role=textbox] wrappers hold the editable element inside them.
    if (el.matches('[role="textbox"]')) editable = el.querySelector<HTMLElement>(`${EDITABLE}, textarea`);
    if (editable && isTextField(editable)) return editable;
  }
  while (editable?.parentElement?.closest(EDITABLE)) {
    editable = editable.parentElement.closest<HTMLElement>(EDITABLE);
  }
  return editable;
}

export function editorKindOf(root: HTMLElement): EditorKind {
  if (isTextField(root)) return 'textarea';
  for (const [kind, selector] of KIND_MARKERS) {
    if (root.matches(selector) || root.closest(selector) || root.querySelector(selector)) return kind;
  }
  return 'contenteditable';
}

/** The text the editor shows, with its line breaks (what the CM would send). */
export function editorText(root: HTMLElement): string {
  // innerText keeps the line breaks between the editor's blocks.
  return isTextField(root) ? root.value : root.innerText;
}

/** Where the caret was: restored after the picker gave focus back. */
export type SavedCaret =
  | { kind: 'field'; start: number; end: number }
  | { kind: 'range'; range: Range }
  | null;

/** The selection of the document or of the shadow root holding the editor. */
function selectionFor(root: HTMLElement): Selection | null {
  const scope = root.getRootNode() as ShadowRoot & { getSelection?: () => Selection | null };
  return typeof scope.getSelection === 'function' ? scope.getSelection() : window.getSelection();
}

export function saveCaret(root: HTMLElement): SavedCaret {
  if (isTextField(root)) {
    return {
      kind: 'field',
      start: root.selectionStart ?? root.value.length,
      end: root.selectionEnd ?? root.value.length,
    };
  }
  const selection = selectionFor(root);
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return root.contains(range.commonAncestorContainer) ? { kind: 'range', range: range.cloneRange() } : null;
}

/** Focuses the editor with the caret where it was, or at the end of its text. */
export function restoreCaret(root: HTMLElement, caret: SavedCaret): void {
  root.focus({ preventScroll: true });
  if (isTextField(root)) {
    const end = root.value.length;
    const saved = caret?.kind === 'field' ? caret : { start: end, end };
    root.setSelectionRange(Math.min(saved.start, end), Math.min(saved.end, end));
    return;
  }
  const selection = selectionFor(root);
  if (!selection) return;
  const current = selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  if (
    caret?.kind === 'range' &&
    caret.range.startContainer.isConnected &&
    root.contains(caret.range.startContainer)
  ) {
    selection.removeAllRanges();
    selection.addRange(caret.range);
  } else if (!current || !root.contains(current.commonAncestorContainer)) {
    const range = document.createRange();
    range.selectNodeContents(root);
    range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
  }
}

/** The element holding focus, looking inside open shadow roots (Reddit's faceplate inputs). */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
