/**
 * The real editor pages (built by `node tests/e2e/editors/build.mjs`), served under a platform hostname, and
 * the CSS selector of each one's reply box (the harness pierces open shadow roots). Shared by the e2e tests
 * and `npm run bench:picker`.
 */
export const EDITOR_BASE = 'https://www.reddit.com/_shared/editors/dist';

export const EDITORS = [
  { name: 'textarea-react', box: 'textarea' },
  { name: 'textarea-shadow', box: 'reply-textarea textarea' },
  { name: 'contenteditable', box: '#contenteditable-root' },
  { name: 'draft', box: '.public-DraftEditor-content' },
  { name: 'lexical', box: '[data-lexical-editor]' },
  { name: 'quill2', box: '.ql-editor' },
  { name: 'quill1', box: '.ql-editor' },
  { name: 'prosemirror', box: '.ProseMirror' },
  { name: 'slate', box: '[data-slate-editor]' },
] as const;
