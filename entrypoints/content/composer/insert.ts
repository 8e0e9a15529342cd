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

/** How long an editor that accepted the event may take to show the text before the next technique. */
const HANDLED_WAIT_MS = 250;

export type InsertResult =
  | { ok: true; technique: Technique; ms: number }
  | { ok: false; reason: 'unchanged' | 'garbled' | 'duplicated'; ms: number };

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Editors commit their model asynchronously (Lexical a tick later, React on a later render): the content
 * is read after two animation frames, and, when the editor took the event over, until it changes or the
 * deadline passes. The timer bounds each frame wait: animation frames stall in hidden tabs.
 */
async function settled(root: HTMLElement, before: string, handled: boolean): Promise<string> {
  const deadline = performance.now() + (handled ? HANDLED_WAIT_MS : 0);
  for (let frame = 0; ; frame++) {
    await Promise.race([nextFrame(), pause(60)]);
    const now = editorText(root);
    if (frame >= 1 && (now !== before || performance.now() >= deadline)) return now;
  }
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

/** null: not applicable here; true: the editor (or browser) took the insertion on. */
function apply(
  technique: Technique,
  root: HTMLElement,
  text: string,
  bridge: PageWorldBridge,
): boolean | null {
  switch (technique) {
    case 'execCommand':
      return document.execCommand('insertText', false, text) ? true : null;
    case 'valueSetter':
      if (!isTextField(root)) return null;
      setFieldValue(root, text);
      return true;
    case 'paste':
    case 'beforeinput': {
      const result = bridge.dispatch(root, technique, text);
      return result === 'unavailable' ? null : result === 'handled';
    }
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
    const handled = apply(technique, root, text, bridge);
    if (handled === null) continue;
    const outcome = judgeInsertion(before, await settled(root, before, handled), text);
    if (outcome === 'inserted') return { ok: true, technique, ms: elapsed() };
    reason = outcome;
    if (outcome !== 'unchanged') break;
  }
  return { ok: false, reason, ms: elapsed() };
}
