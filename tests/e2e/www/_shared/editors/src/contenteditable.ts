import { mountPage } from './page';

const page = mountPage('Plain contenteditable');
const box = document.createElement('div');
box.id = 'contenteditable-root';
box.contentEditable = 'true';
box.setAttribute('aria-label', 'Add a reply…');
page.slot.append(box);
// Like YouTube: the page's model is what its input listener last read.
let value = '';
const model = page.setModel(() => value);
box.addEventListener('input', () => {
  // the page reads lines as YouTube does.
  value = box.innerText.replace(/\n$/, '');
  model.changed();
});
