import { Editor, EditorState } from 'draft-js';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { mountPage } from './page';

const page = mountPage('Draft.js');
let current = EditorState.createEmpty();
const model = page.setModel(() => current.getCurrentContent().getPlainText('\n'));

function ReplyBox() {
  const [state, setState] = useState(() => current);
  current = state;
  // After every render: the model may have changed.
  useEffect(() => model.changed());
  return (
    <div className="draft-host" data-testid="tweetTextarea_0">
      <Editor editorState={state} onChange={setState} placeholder="Post your reply" ariaLabel="Post text" />
    </div>
  );
}

createRoot(page.slot).render(<ReplyBox />);
