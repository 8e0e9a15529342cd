/**
 * The insertion engine. Hand-written on purpose: no maintained library inserts text into the sites' own
 * editors (Draft.js, Lexical, Quill, ProseMirror, Slate, React-controlled fields) through the paths each
 * accepts, and verifies the result against the editor's state before trying another path. Each technique
 * is tried only while the editor's content is untouched, so a template can never land twice.
 */
import { judgeInsertion, TECHNIQUES, type Technique } from '@/lib/insertion/techniques';
import {
  editorKindOf,
  editorText,
  isTextField,
  restoreCaret,
  type SavedCaret,
  type TextField,
} from './editor';
import type { PageWorldBridge } from './main-world';

export type InsertResult =
  | { ok: true; technique: Technique; ms: number }
  | { ok: false; reason: 'unchanged' | 'garbled' | 'duplicated'; ms: number };

/** Editors commit their model asynchronously (Lexical a tick later, React on the next render). */
function afterTwoFrames(): Promise<void> {
  return new Promise((resolve) => {
    // rAF stalls in hidden tabs; the timer bounds the wait.
    const timer = setTimeout(resolve, 120);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
}

/** React and similar frameworks watch the value through the prototype setter plus an `input` event. */
function setFieldValue(field: TextField, text: string): void {
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? field.value.length;
  const next = field.value.slice(0, start) + text + field.value.slice(end);
  const prototype =
    field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, next);
  field.setSelectionRange(start + text.length, start + text.length);
  field.dispatchEvent(
    new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }),
  );
}

function apply(technique: Technique, root: HTMLElement, text: string, bridge: PageWorldBridge): boolean {
  switch (technique) {
    case 'execCommand':
      return document.execCommand('insertText', false, text);
    case 'valueSetter':
      if (!isTextField(root)) return false;
      setFieldValue(root, text);
      return true;
    case 'paste':
    case 'beforeinput':
      return bridge.dispatch(root, technique, text);
  }
}

export async function insertIntoEditor(
  root: HTMLElement,
  text: string,
  caret: SavedCaret,
  bridge: PageWorldBridge,
): Promise<InsertResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const techniques = TECHNIQUES[editorKindOf(root)];
  let reason: 'unchanged' | 'garbled' | 'duplicated' = 'unchanged';
  for (const technique of techniques) {
    restoreCaret(root, caret);
    const before = editorText(root);
    if (!apply(technique, root, text, bridge)) continue;
    await afterTwoFrames();
    const outcome = judgeInsertion(before, editorText(root), text);
    if (outcome === 'inserted') return { ok: true, technique, ms: elapsed() };
    reason = outcome;
    if (outcome !== 'unchanged') break;
  }
  return { ok: false, reason, ms: elapsed() };
}
