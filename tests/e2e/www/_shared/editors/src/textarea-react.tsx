import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { mountPage } from './page';

const page = mountPage('React textarea');
let notify = () => {};
const latest = { value: '' };
const model = page.setModel(() => latest.value);
notify = model.changed;

function ReplyBox() {
  const [value, setValue] = useState('');
  const ref = useRef(value);
  ref.current = value;
  latest.value = value;
  useEffect(() => notify(), [value]);
  return (
    <textarea
      aria-label="Add a comment…"
      placeholder="Add a comment…"
      value={value}
      onChange={(event) => setValue(event.target.value)}
    />
  );
}

createRoot(page.slot).render(<ReplyBox />);
