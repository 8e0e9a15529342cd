import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerRichText } from '@lexical/rich-text';
import { $getRoot, createEditor } from 'lexical';
import { mountPage } from './page';

const page = mountPage('Lexical');
const host = document.createElement('div');
host.contentEditable = 'true';
host.setAttribute('role', 'textbox');
host.setAttribute('aria-label', 'Write a comment…');
page.slot.append(host);

const editor = createEditor({
  namespace: 'reply',
  onError: (error) => {
    throw error;
  },
});
editor.setRootElement(host);
registerRichText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);
const read = () => editor.getEditorState().read(() => $getRoot().getTextContent());
const model = page.setModel(read);
editor.registerUpdateListener(() => model.changed());
