import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { mountPage } from './page';

// Like Instagram: a React-controlled textarea whose state is the model.
const page = mountPage('React textarea');
const latest = { value: '' };
const model = page.setModel(() => latest.value);

function ReplyBox() {
  const [value, setValue] = useState('');
  latest.value = value;
  // After every render: the model may have changed.
  useEffect(() => model.changed());
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
