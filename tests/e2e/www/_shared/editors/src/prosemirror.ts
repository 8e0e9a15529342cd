import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { mountPage } from './page';

const page = mountPage('ProseMirror');
let state = EditorState.create({ schema, plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo })] });
const model = page.setModel(() => state.doc.textBetween(0, state.doc.content.size, '\n'));
const view = new EditorView(page.slot, {
  state,
  dispatchTransaction(transaction) {
    state = view.state.apply(transaction);
    view.updateState(state);
    model.changed();
  },
});
view.dom.setAttribute('aria-label', 'Reply');
