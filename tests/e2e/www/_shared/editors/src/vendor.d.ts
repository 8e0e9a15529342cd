/** The little of draft-js and Quill 1 the test pages use (neither ships type declarations). */
declare module 'draft-js' {
  import type { ComponentType } from 'react';
  export class EditorState {
    static createEmpty(): EditorState;
    getCurrentContent(): { getPlainText(delimiter?: string): string };
  }
  export const Editor: ComponentType<{
    editorState: EditorState;
    onChange(state: EditorState): void;
    placeholder?: string;
    ariaLabel?: string;
  }>;
}

declare module 'quill1' {
  export default class Quill {
    constructor(container: Element, options?: { placeholder?: string });
    getText(): string;
    on(event: 'text-change', handler: () => void): void;
  }
}
