import { useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, type Descendant, Node } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, Slate, withReact } from 'slate-react';
import { mountPage } from './page';

const page = mountPage('Slate');
const initial: Descendant[] = [{ type: 'paragraph', children: [{ text: '' }] } as Descendant];
let value: Descendant[] = initial;
const model = page.setModel(() => value.map((node) => Node.string(node)).join('\n'));

function ReplyBox() {
  const editor = useMemo(() => withHistory(withReact(createEditor())), []);
  const [, setTick] = useState(0);
  return (
    <Slate
      editor={editor}
      initialValue={initial}
      onChange={(next) => {
        value = next;
        model.changed();
        setTick((t) => t + 1);
      }}
    >
      <Editable placeholder="Reply" aria-label="Reply" />
    </Slate>
  );
}

createRoot(page.slot).render(<ReplyBox />);
